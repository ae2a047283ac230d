import { readDocxContract } from './read-docx';
import { readPdfContract, type PdfJs } from './read-pdf';
import { fail, LIMITS, type ContractReadResult } from './read-result';
import { readTextBytes } from './read-text';

export type ContractFormat = 'docx' | 'pdf' | 'txt' | 'md';

/** The format by the file's first bytes, then its name: a renamed file is read for what it is. */
export function contractFormat(name: string, bytes: Uint8Array): ContractFormat | undefined {
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf';
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'docx') return 'docx';
  if (ext === 'pdf') return 'pdf';
  if (ext === 'txt' || ext === 'text') return 'txt';
  if (ext === 'md' || ext === 'markdown') return 'md';
  return undefined;
}

/** Reads any supported contract file; pdf.js is passed in (the Node and browser builds differ). */
export async function readContractFile(name: string, bytes: Uint8Array, loadPdfJs: () => Promise<PdfJs>): Promise<ContractReadResult> {
  if (bytes.byteLength > LIMITS.fileBytes) return fail({ code: 'too-large', limitBytes: LIMITS.fileBytes });
  switch (contractFormat(name, bytes)) {
    case 'docx':
      return readDocxContract(name, bytes);
    case 'pdf':
      return readPdfContract(await loadPdfJs(), name, bytes);
    case 'txt':
      return readTextBytes(name, bytes, 'txt');
    case 'md':
      return readTextBytes(name, bytes, 'md');
    default:
      return fail({ code: 'unsupported-format' });
  }
}
