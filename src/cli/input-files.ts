import { readFile } from 'node:fs/promises';
import type { FileError, FileKind } from '../domain/files/envelope';
import { readFileOfKind } from '../io/files/read-file';
import { describeFileError } from '../i18n/file-errors';
import type { CliContext } from './context';

/** The text of a file named on the command line, or null after saying why it could not be read. */
export async function readTextArg(file: string, { t, err }: CliContext): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    err(t('cli:cannotRead', { file, reason: e instanceof Error ? e.message : String(e) }));
    return null;
  }
}

/** Prints why a Kravkit file was refused: a headline, then each error at its JSON path. */
export function reportFileError(file: string, error: FileError, { t, err }: CliContext): void {
  const { headline, details } = describeFileError(error, t);
  err(t('files:invalidFile', { file }));
  err(`  ${headline}`);
  for (const d of details) err(`  ${d}`);
}

/** A Kravkit file of one kind named on the command line, read the one way every import goes; null after reporting why not. */
export async function readKravkitArg<K extends FileKind>(file: string, kind: K, ctx: CliContext) {
  const text = await readTextArg(file, ctx);
  if (text === null) return null;
  const result = readFileOfKind(text, kind);
  if (!result.ok) {
    reportFileError(file, result.error, ctx);
    return null;
  }
  return result.value;
}
