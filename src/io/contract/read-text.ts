import type { ContractBlock } from '../../domain/contract/clause';
import { LIMITS, fail, type ContractReadResult } from './read-result';

/** .txt and .md: one block per line; Markdown `#` headings are kept as headings, emphasis marks dropped. */
export function readTextContract(name: string, text: string, format: 'txt' | 'md' | 'paste'): ContractReadResult {
  if (text.length > LIMITS.textChars) return fail({ code: 'too-large', limitBytes: LIMITS.textChars });
  // A text file with NUL bytes is a binary file with the wrong name.
  if (text.includes('\u0000')) return fail({ code: 'corrupt', detail: 'binary' });
  const blocks: ContractBlock[] = [];
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    let line = raw.trim();
    if (!line) continue;
    let heading = false;
    if (format === 'md') {
      const h = /^#{1,6}\s+(.*)$/.exec(line);
      if (h) {
        line = h[1];
        heading = true;
      }
      line = line.replace(/^[-*+]\s+/, '').replace(/(\*\*|__|\*|_|`)/g, '');
    }
    blocks.push(heading ? { text: line, heading } : { text: line });
  }
  if (blocks.length === 0) return fail({ code: 'empty' });
  return { ok: true, document: { name, format, blocks } };
}

export function readTextBytes(name: string, bytes: Uint8Array, format: 'txt' | 'md'): ContractReadResult {
  if (bytes.byteLength > LIMITS.fileBytes) return fail({ code: 'too-large', limitBytes: LIMITS.fileBytes });
  return readTextContract(name, new TextDecoder('utf-8').decode(bytes), format);
}
