import { APP_NAME, APP_VERSION, type AppStamp } from '../model';

/** The kinds of file Kravkit writes and reads. */
export type FileKind = 'kravkit.project' | 'kravkit.template-pack' | 'kravkit.check-report' | 'kravkit.backup';

/** The newest formatVersion this build writes, per kind. */
export const CURRENT_FORMAT: Record<FileKind, number> = {
  'kravkit.project': 1,
  'kravkit.template-pack': 1,
  'kravkit.check-report': 1,
  'kravkit.backup': 1,
};

export const APP_STAMP: AppStamp = { name: APP_NAME, version: APP_VERSION };

export function isFileKind(v: unknown): v is FileKind {
  return typeof v === 'string' && Object.hasOwn(CURRENT_FORMAT, v);
}

/** A problem reading a file, as a stable code the UI and CLI translate. */
export type FileError =
  | { code: 'file.empty' }
  | { code: 'file.tooLarge'; limitBytes: number }
  | { code: 'file.notJson'; detail: string }
  | { code: 'file.notAnObject' }
  | { code: 'file.tooDeep'; limit: number }
  | { code: 'file.unknownKind'; found: string }
  | { code: 'file.wrongKind'; expected: FileKind[]; found: FileKind }
  | { code: 'file.newerVersion'; found: number; supported: number }
  | { code: 'file.badVersion' }
  | { code: 'file.migrationFailed'; from: number; detail: string }
  | { code: 'file.invalid'; errors: SchemaProblem[] }
  | { code: 'file.catalogue'; problems: string[] };

/** One schema error: where (a JSON pointer) and what. */
export interface SchemaProblem {
  path: string;
  keyword: string;
  message: string;
  params: Record<string, unknown>;
}

export type ReadResult<T> = { ok: true; value: T; migratedFrom?: number } | { ok: false; error: FileError };
