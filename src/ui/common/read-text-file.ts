/** Largest file the app reads into memory at all; bigger ones are refused before reading. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type TextFileResult = { ok: true; text: string } | { ok: false; tooLarge: true; limitBytes: number };

export async function readTextFile(file: File): Promise<TextFileResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, tooLarge: true, limitBytes: MAX_IMPORT_BYTES };
  return { ok: true, text: await file.text() };
}
