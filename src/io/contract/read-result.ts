import type { ContractDocument } from '../../domain/contract/clause';

/**
 * What can go wrong reading a contract. Each error states its limit where there is one, so the
 * message can say "larger than 25 MB" rather than just "too large".
 */
export type ContractReadError =
  | { code: 'too-large'; limitBytes: number }
  | { code: 'too-many-pages'; limitPages: number }
  | { code: 'unsupported-format' }
  | { code: 'corrupt'; detail?: string }
  | { code: 'encrypted' }
  | { code: 'no-text-layer' }
  | { code: 'zip-bomb'; limitBytes: number; limitEntries: number }
  | { code: 'entity-tricks' }
  | { code: 'empty' }
  /** Reading and checking ran past the time limit: the file may be fine, just too much to check. */
  | { code: 'timeout'; limitSeconds: number };

export type ContractReadResult = { ok: true; document: ContractDocument } | { ok: false; error: ContractReadError };

export const LIMITS = {
  /** The file as uploaded. */
  fileBytes: 25 * 1024 * 1024,
  /** All XML a .docx expands to, counted as it inflates (declared sizes in a zip can lie). */
  docxExpandedBytes: 60 * 1024 * 1024,
  docxEntries: 2000,
  pdfPages: 2000,
  /** Text files and pasted text, in characters. */
  textChars: 10 * 1024 * 1024,
} as const;

export const fail = (error: ContractReadError): ContractReadResult => ({ ok: false, error });

/** The i18n key (namespace `contract`) and arguments that explain a read error, limits in MB. */
export function readErrorMessage(e: ContractReadError): { key: string; args: Record<string, string | number> } {
  const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));
  switch (e.code) {
    case 'too-large':
      return { key: 'readError.too-large', args: { limit: mb(e.limitBytes) } };
    case 'too-many-pages':
      return { key: 'readError.too-many-pages', args: { limit: e.limitPages } };
    case 'timeout':
      return { key: 'readError.timeout', args: { limit: e.limitSeconds } };
    case 'zip-bomb':
      return { key: 'readError.zip-bomb', args: { limit: mb(e.limitBytes), entries: e.limitEntries } };
    default:
      return { key: `readError.${e.code}`, args: {} };
  }
}
