import { strToU8, unzipSync, zipSync } from 'fflate';
import type { DocText } from '../../../src/io/docx';

/**
 * Fills in an exported response form as a bidder does in Word: row by row, the option at
 * `choice[i]` (0 fulfilled, 1 partly, 2 not) has its ☐ overtyped with ☒.
 */
export function tick(xml: string, options: [string, string, string], choice: number[]): string {
  let row = 0;
  return xml.replace(new RegExp(`\u2610 (${options.map((o) => o.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})<`, 'g'), (m, word: string) => {
    const index = options.indexOf(word);
    const ticked = index === choice[row] ? `\u2612 ${word}<` : m;
    if (index === 2) row++;
    return ticked;
  });
}

/** The .docx with the answers ticked, in the document's language `t`. */
export function fillResponseForm(docx: Uint8Array, t: DocText, choice: number[]): Uint8Array {
  const zip = unzipSync(docx);
  const options = (['fulfilled', 'partly', 'not'] as const).map((a) => t(`export:annex.answerOption.${a}`)) as [string, string, string];
  zip['word/document.xml'] = strToU8(tick(new TextDecoder().decode(zip['word/document.xml']), options, choice));
  return zipSync(zip);
}
