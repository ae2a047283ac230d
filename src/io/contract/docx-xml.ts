import type { ContractBlock } from '../../domain/contract/clause';

/**
 * A tiny tokenizer for WordprocessingML: paragraphs (`w:p`), their text runs (`w:t`), tabs and
 * breaks, the paragraph style and list numbering. It never expands entities beyond the five XML
 * ones and character references, and the caller refuses any DOCTYPE before it gets here.
 */

const TAG = /<(\/?)([A-Za-z][\w.-]*:?[\w.-]*)([^>]*?)(\/?)>|([^<]+)/g;
const ATTR_VAL = /\bw:val="([^"]*)"/;

export function decodeXmlText(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    switch (e) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
    }
    const code = e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** numId → level → format and text, e.g. { fmt: 'decimal', text: '%1.%2' }. */
export type Numbering = Map<string, Map<number, { fmt: string; text: string }>>;

export function parseNumbering(xml: string): Numbering {
  const abstract = new Map<string, Map<number, { fmt: string; text: string }>>();
  for (const a of xml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, { fmt: string; text: string }>();
    for (const l of a[2].matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      const fmt = /<w:numFmt\b[^>]*w:val="([^"]*)"/.exec(l[2])?.[1] ?? 'decimal';
      const text = /<w:lvlText\b[^>]*w:val="([^"]*)"/.exec(l[2])?.[1] ?? '';
      levels.set(Number(l[1]), { fmt, text });
    }
    abstract.set(a[1], levels);
  }
  const out: Numbering = new Map();
  for (const n of xml.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const abs = /<w:abstractNumId\b[^>]*w:val="(\d+)"/.exec(n[2])?.[1];
    const levels = abs ? abstract.get(abs) : undefined;
    if (levels) out.set(n[1], levels);
  }
  return out;
}

function formatCounter(n: number, fmt: string): string {
  if (fmt === 'lowerLetter') return String.fromCharCode(96 + ((n - 1) % 26) + 1);
  if (fmt === 'upperLetter') return String.fromCharCode(64 + ((n - 1) % 26) + 1);
  if (fmt === 'lowerRoman' || fmt === 'upperRoman') {
    const r = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'][n - 1] ?? String(n);
    return fmt === 'upperRoman' ? r.toUpperCase() : r;
  }
  return String(n);
}

const HEADING_STYLE = /^(heading|rubrik|overskrift|title|titel|otsikko)\s*\d*$/i;

/** document.xml → blocks, with Word's automatic list numbers written out ("7.1") as a reader sees them. */
export function documentBlocks(xml: string, numbering: Numbering): ContractBlock[] {
  const blocks: ContractBlock[] = [];
  const counters = new Map<string, number[]>();
  let inP = false;
  let inT = false;
  let text = '';
  let style = '';
  let numId = '';
  let ilvl = 0;
  for (const m of xml.matchAll(TAG)) {
    const [, close, name, attrs, selfClose, chars] = m;
    if (chars !== undefined) {
      if (inP && inT) text += decodeXmlText(chars);
      continue;
    }
    if (name === 'w:p') {
      if (!close && !selfClose) {
        inP = true;
        text = '';
        style = '';
        numId = '';
        ilvl = 0;
      } else if (close && inP) {
        inP = false;
        let prefix = '';
        const levels = numId ? numbering.get(numId) : undefined;
        const level = levels?.get(ilvl);
        if (level && level.fmt !== 'bullet' && level.fmt !== 'none') {
          const c = counters.get(numId) ?? [];
          c[ilvl] = (c[ilvl] ?? 0) + 1;
          c.length = ilvl + 1;
          for (let i = 0; i < ilvl; i++) c[i] ??= 1;
          counters.set(numId, c);
          prefix = level.text.replace(/%(\d)/g, (_, d: string) => formatCounter(c[Number(d) - 1] ?? 1, levels!.get(Number(d) - 1)?.fmt ?? 'decimal'));
        }
        const t = `${prefix ? prefix + ' ' : ''}${text}`.replace(/[ \t]+/g, ' ').trim();
        if (t) blocks.push(HEADING_STYLE.test(style) ? { text: t, heading: true } : { text: t });
      }
      continue;
    }
    if (!inP) continue;
    if (name === 'w:t') inT = !close && !selfClose;
    else if (!close && (name === 'w:tab' || name === 'w:ptab')) text += '\t';
    else if (!close && (name === 'w:br' || name === 'w:cr')) text += '\n';
    else if (!close && name === 'w:pStyle') style = ATTR_VAL.exec(attrs)?.[1] ?? '';
    else if (!close && name === 'w:numId') numId = ATTR_VAL.exec(attrs)?.[1] ?? '';
    else if (!close && name === 'w:ilvl') ilvl = Number(ATTR_VAL.exec(attrs)?.[1] ?? 0);
  }
  return blocks;
}
