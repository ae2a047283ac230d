import type { ContractBlock } from '../../domain/contract/clause';
import { clauseStart, looksLikeHeading } from '../../domain/contract/segment';
import { LIMITS, fail, type ContractReadResult } from './read-result';

/** The part of pdf.js we use; the Node (legacy) and browser builds both provide it. */
export interface PdfJs {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }>; cleanup(): void }>;
  destroy(): Promise<void>;
}
interface TextItem {
  str: string;
  transform: number[];
  height: number;
  hasEOL?: boolean;
}

interface Line {
  text: string;
  y: number;
  height: number;
}

/**
 * .pdf: the text layer through pdf.js, with script evaluation off and no fonts loaded. Lines are
 * joined into paragraphs by their spacing, and a line that starts a clause starts a new block, so
 * the clause model sees the same structure as in a Word file. A PDF without text (a scan) is refused.
 */
export async function readPdfContract(pdfjs: PdfJs, name: string, bytes: Uint8Array): Promise<ContractReadResult> {
  if (bytes.byteLength > LIMITS.fileBytes) return fail({ code: 'too-large', limitBytes: LIMITS.fileBytes });
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (e) {
    const kind = (e as { name?: string })?.name;
    if (kind === 'PasswordException') return fail({ code: 'encrypted' });
    return fail({ code: 'corrupt', detail: e instanceof Error ? e.message.slice(0, 200) : undefined });
  }
  try {
    if (doc.numPages > LIMITS.pdfPages) return fail({ code: 'too-many-pages', limitPages: LIMITS.pdfPages });
    const blocks: ContractBlock[] = [];
    let chars = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const lines = pageLines(content.items as TextItem[]);
      chars += lines.reduce((n, l) => n + l.text.length, 0);
      for (const text of paragraphs(lines)) blocks.push({ text, page: p });
      page.cleanup();
    }
    if (chars < 20 * Math.max(1, Math.min(doc.numPages, 5))) return fail({ code: 'no-text-layer' });
    return { ok: true, document: { name, format: 'pdf', blocks, pages: doc.numPages } };
  } catch (e) {
    return fail({ code: 'corrupt', detail: e instanceof Error ? e.message.slice(0, 200) : undefined });
  } finally {
    await doc.destroy();
  }
}

function pageLines(items: TextItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  for (const it of items) {
    if (typeof it.str !== 'string') continue;
    const y = it.transform?.[5] ?? 0;
    const height = Math.abs(it.height || it.transform?.[3] || 10);
    if (!current || Math.abs(current.y - y) > height * 0.5) {
      if (current && current.text.trim()) lines.push(current);
      current = { text: '', y, height };
    }
    current.text += it.str;
    if (it.hasEOL) {
      if (current.text.trim()) lines.push(current);
      current = undefined;
    }
  }
  if (current && current.text.trim()) lines.push(current);
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() }));
}

function paragraphs(lines: Line[]): string[] {
  const out: string[] = [];
  let para = '';
  let prev: Line | undefined;
  // A heading is a short line; a full-width line that happens to lack a full stop is a wrapped sentence.
  const full = Math.max(...lines.map((l) => l.text.length), 1);
  for (const line of lines) {
    const gap = prev ? Math.abs(prev.y - line.y) : 0;
    const breakHere =
      !prev ||
      gap > prev.height * 1.8 ||
      clauseStart(line.text) !== undefined ||
      (looksLikeHeading(prev.text) && prev.text.length < full * 0.6) ||
      (/[.:;]$/.test(prev.text) && prev.text.length < full * 0.8);
    if (breakHere && para) {
      out.push(para);
      para = '';
    }
    para = para ? (para.endsWith('-') && /^\p{Ll}/u.test(line.text) ? para.slice(0, -1) + line.text : `${para} ${line.text}`) : line.text;
    prev = line;
  }
  if (para) out.push(para);
  return out;
}
