import { Unzip, UnzipInflate } from 'fflate';
import { decodeXmlText } from '../contract/docx-xml';
import type { FormTable } from '../../domain/evaluation/response-form';

export type ResponseFormReadError =
  | { code: 'too-large'; limitBytes: number }
  | { code: 'not-docx' }
  | { code: 'zip-bomb' }
  | { code: 'entity-tricks' }
  | { code: 'corrupt'; detail?: string };

export type ResponseFormReadResult = { ok: true; tables: FormTable[] } | { ok: false; error: ResponseFormReadError };

const LIMITS = { fileBytes: 25 * 1024 * 1024, expandedBytes: 60 * 1024 * 1024, entries: 2000 } as const;
const CHUNK = 64 * 1024;

/** Inflates word/document.xml only, counting the bytes as they come (a zip's declared sizes can lie). */
function documentXml(bytes: Uint8Array): string | ResponseFormReadError {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) return { code: 'not-docx' };
  const chunks: Uint8Array[] = [];
  let entries = 0;
  let expanded = 0;
  let bomb = false;
  let done = false;
  let broken: string | undefined;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    if (++entries > LIMITS.entries) bomb = true;
    if (file.name !== 'word/document.xml' || bomb) return;
    file.ondata = (err, data, final) => {
      if (err) return void (broken = err.message);
      expanded += data.byteLength;
      if (expanded > LIMITS.expandedBytes) {
        bomb = true;
        return void file.terminate();
      }
      chunks.push(data);
      if (final) done = true;
    };
    try {
      file.start();
    } catch (e) {
      broken = e instanceof Error ? e.message : String(e);
    }
  };
  try {
    for (let i = 0; i < bytes.byteLength && !bomb && !broken; i += CHUNK) unzip.push(bytes.subarray(i, Math.min(bytes.byteLength, i + CHUNK)), i + CHUNK >= bytes.byteLength);
  } catch (e) {
    return { code: 'corrupt', detail: e instanceof Error ? e.message : String(e) };
  }
  if (bomb) return { code: 'zip-bomb' };
  if (broken) return { code: 'corrupt', detail: broken };
  if (!done) return { code: 'not-docx' };
  const all = new Uint8Array(expanded);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(all);
}

/** Wingdings and Segoe symbols Word inserts for ticked boxes (Insert → Symbol). */
const SYMBOL_CHARS: Record<string, string> = { F0FE: '\u2612', F078: '\u2612', F0FC: '\u2713', F0FB: '\u2717', F06F: '\u2610', F0A8: '\u2610' };

const TAG = /<(\/?)([A-Za-z][\w.-]*:?[\w.-]*)([^>]*?)(\/?)>|([^<]+)/g;

/**
 * Tables of a WordprocessingML body as rows of cell texts. Paragraphs and line breaks in a cell
 * become newlines; a table nested in a cell contributes its text to that cell. Entities are
 * never expanded beyond the five XML ones and character references.
 */
export function tablesFromDocumentXml(xml: string): FormTable[] {
  const tables: FormTable[] = [];
  const stack: { rows: string[][] }[] = [];
  let cell: string[] | null = null;
  let cellDepth = 0;
  let inText = false;
  for (const m of xml.matchAll(TAG)) {
    const [, close, name, attrs, selfClose, text] = m;
    if (text !== undefined) {
      if (inText && cell) cell[cell.length - 1] += decodeXmlText(text);
      continue;
    }
    if (name === 'w:tbl') {
      if (!close) stack.push({ rows: [] });
      else {
        const t = stack.pop();
        if (t && stack.length === 0) tables.push({ rows: t.rows });
      }
    } else if (name === 'w:tr' && !close && stack.length === 1) stack[0].rows.push([]);
    else if (name === 'w:tc' && stack.length === 1) {
      if (!close) {
        cell = [''];
        cellDepth = 1;
      } else if (cell) {
        const row = stack[0].rows[stack[0].rows.length - 1];
        row?.push(cell.map((p) => p.trim()).filter(Boolean).join('\n'));
        cell = null;
        cellDepth = 0;
      }
    } else if (cell && cellDepth > 0) {
      if (name === 'w:t') inText = !close && !selfClose;
      else if (name === 'w:p' && close) cell.push('');
      else if ((name === 'w:br' || name === 'w:cr') && !close) cell[cell.length - 1] += '\n';
      else if (name === 'w:tab' && !close) cell[cell.length - 1] += '\t';
      else if (name === 'w:sym' && !close) {
        const ch = /w:char="([0-9A-Fa-f]{4})"/.exec(attrs)?.[1]?.toUpperCase();
        if (ch && SYMBOL_CHARS[ch]) cell[cell.length - 1] += SYMBOL_CHARS[ch];
      }
    }
  }
  return tables.map((t) => ({ rows: t.rows.map((r) => r.map((c) => c.split('\n').map((l) => l.trim()).filter(Boolean).join('\n'))) }));
}

/** Reads the tables of a filled-in response form (.docx). Refuses DOCTYPEs and zip bombs. */
export function readResponseForm(bytes: Uint8Array): ResponseFormReadResult {
  if (bytes.byteLength > LIMITS.fileBytes) return { ok: false, error: { code: 'too-large', limitBytes: LIMITS.fileBytes } };
  const xml = documentXml(bytes);
  if (typeof xml !== 'string') return { ok: false, error: xml };
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return { ok: false, error: { code: 'entity-tricks' } };
  return { ok: true, tables: tablesFromDocumentXml(xml) };
}
