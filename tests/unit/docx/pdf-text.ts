import { readFile } from 'node:fs/promises';

interface PdfTextItem {
  str?: string;
  hasEOL?: boolean;
}

/** The text of a PDF, page by page, through pdf.js (no poppler needed). */
export async function pdfPages(path: string): Promise<string[]> {
  const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as {
    getDocument(src: Record<string, unknown>): { promise: Promise<{ numPages: number; getPage(n: number): Promise<{ getTextContent(): Promise<{ items: PdfTextItem[] }> }>; destroy(): Promise<void> }> };
  };
  const doc = await pdfjs.getDocument({ data: new Uint8Array(await readFile(path)), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: string[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const content = await (await doc.getPage(p)).getTextContent();
      pages.push(content.items.map((i) => (i.str ?? '') + (i.hasEOL ? '\n' : '')).join(''));
    }
  } finally {
    await doc.destroy();
  }
  return pages;
}
