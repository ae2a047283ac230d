import { strFromU8, unzipSync } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';

/** An exported .docx read back: its parts as XML text. */
export interface DocxParts {
  names: string[];
  document: string;
  styles: string;
  settings: string;
  core: string;
  headers: string[];
  footers: string[];
}

export function readDocx(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes);
  const text = (name: string) => (files[name] ? strFromU8(files[name]) : '');
  const names = Object.keys(files);
  return {
    names,
    document: text('word/document.xml'),
    styles: text('word/styles.xml'),
    settings: text('word/settings.xml'),
    core: text('docProps/core.xml'),
    headers: names.filter((n) => /^word\/header\d+\.xml$/.test(n)).map(text),
    footers: names.filter((n) => /^word\/footer\d+\.xml$/.test(n)).map(text),
  };
}

/** Every XML part of the package is well-formed: what Word checks before it offers a repair. */
export function malformedParts(bytes: Uint8Array): string[] {
  const files = unzipSync(bytes);
  return Object.entries(files)
    .filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
    .filter(([, data]) => XMLValidator.validate(strFromU8(data)) !== true)
    .map(([name]) => name);
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };
function decode(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos);|&#(\d+);|&#x([0-9a-fA-F]+);/g, (m, _n, dec, hex) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ENTITIES[m],
  );
}

export interface DocParagraph {
  style?: string;
  text: string;
  /** Index among the body's paragraphs, in document order. */
  index: number;
}

/** The paragraphs of document.xml in order, each with its style id and its text (breaks as \n). */
export function paragraphsOf(xml: string): DocParagraph[] {
  const out: DocParagraph[] = [];
  for (const m of xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)) {
    const body = m[1];
    const style = /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1];
    let text = '';
    for (const r of body.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:br\/>|<w:tab\/>/g)) {
      if (r[0] === '<w:br/>') text += '\n';
      else if (r[0] === '<w:tab/>') text += '\t';
      else text += decode(r[1]);
    }
    out.push({ style, text, index: out.length });
  }
  return out;
}

/** The whole visible text, one paragraph a line. */
export function textOf(xml: string): string {
  return paragraphsOf(xml)
    .map((p) => p.text)
    .join('\n');
}

export function count(haystack: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}
