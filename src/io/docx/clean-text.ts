/**
 * XML 1.0 forbids most C0 control characters and lone surrogates; one of them in document.xml
 * makes Word refuse the file ("unreadable content"). The docx library escapes & < > " ' but leaves
 * these, so every piece of user text passes through here first. Tabs and newlines become spaces:
 * a run is one line, and paragraphs are split by the builders, not by stray characters.
 */
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(text: string | undefined | null): string {
  if (!text) return '';
  return text.replace(ILLEGAL, '').replace(/[\t\r\n]+/g, ' ');
}

/** User text with paragraphs: split on blank or single newlines, cleaned, empties dropped. */
export function cleanParagraphs(text: string | undefined | null): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n/)
    .map((line) => cleanText(line).trim())
    .filter((line) => line.length > 0);
}
