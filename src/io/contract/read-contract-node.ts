import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { PdfJs } from './read-pdf';
import { readContractFile } from './read-contract';
import { fail, LIMITS, type ContractReadResult } from './read-result';

/** pdf.js's legacy build runs in Node; it sets up its own in-process worker. */
export const loadNodePdfJs = async (): Promise<PdfJs> => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;

export async function readContractPath(path: string): Promise<ContractReadResult> {
  const size = (await stat(path)).size;
  if (size > LIMITS.fileBytes) return fail({ code: 'too-large', limitBytes: LIMITS.fileBytes });
  return readContractFile(basename(path), new Uint8Array(await readFile(path)), loadNodePdfJs);
}
