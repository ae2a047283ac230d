import {
  CURRENT_FORMAT,
  isFileKind,
  type FileError,
  type FileKind,
  type ReadResult,
  type SchemaProblem,
} from '../../domain/files/envelope';
import { exceedsDepth } from '../../domain/files/depth';
import { migrate } from '../../domain/files/migrations';
import type { BackupFile, CheckReportFile, ProjectFile, TemplatePackFile } from '../../domain/model';
import {
  forbiddenByNot,
  validateBackup,
  validateCheckReport,
  validateProject,
  validateTemplatePack,
} from '../validators/generated/validators.js';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_DEPTH = 64;

type Validator = ((d: unknown) => boolean) & {
  errors?: { instancePath: string; schemaPath?: string; keyword: string; message?: string; params: object }[] | null;
};

const VALIDATORS: Record<FileKind, Validator> = {
  'kravkit.project': validateProject,
  'kravkit.template-pack': validateTemplatePack,
  'kravkit.check-report': validateCheckReport,
  'kravkit.backup': validateBackup,
};

export interface FileTypes {
  'kravkit.project': ProjectFile;
  'kravkit.template-pack': TemplatePackFile;
  'kravkit.check-report': CheckReportFile;
  'kravkit.backup': BackupFile;
}

export type AnyKravkitFile = { [K in FileKind]: { kind: K; file: FileTypes[K] } }[FileKind];

const fail = (error: FileError): { ok: false; error: FileError } => ({ ok: false, error });

/**
 * Every Kravkit file is read one way: parse → check the envelope → migrate → validate, giving a
 * typed value or a typed error. Never throws, whatever the input.
 */
export function readKravkitFile(text: string, expected?: readonly FileKind[]): ReadResult<AnyKravkitFile> {
  try {
    if (text.trim() === '') return fail({ code: 'file.empty' });
    if (text.length > MAX_FILE_BYTES) return fail({ code: 'file.tooLarge', limitBytes: MAX_FILE_BYTES });
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      return fail({ code: 'file.notJson', detail: e instanceof Error ? e.message : String(e) });
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return fail({ code: 'file.notAnObject' });
    if (exceedsDepth(data, MAX_DEPTH)) return fail({ code: 'file.tooDeep', limit: MAX_DEPTH });
    const record = data as Record<string, unknown>;
    const kind = record.kind;
    if (!isFileKind(kind)) return fail({ code: 'file.unknownKind', found: String(kind).slice(0, 100) });
    if (expected && !expected.includes(kind)) return fail({ code: 'file.wrongKind', expected: [...expected], found: kind });
    const version = record.formatVersion;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail({ code: 'file.badVersion' });
    const supported = CURRENT_FORMAT[kind];
    if (version > supported) return fail({ code: 'file.newerVersion', found: version, supported });
    let migrated = record;
    if (version < supported) {
      try {
        migrated = migrate(kind, record, version);
      } catch (e) {
        return fail({ code: 'file.migrationFailed', from: version, detail: e instanceof Error ? e.message : String(e) });
      }
    }
    const validate = VALIDATORS[kind];
    if (!validate(migrated)) return fail({ code: 'file.invalid', errors: schemaProblems(validate.errors) });
    return {
      ok: true,
      // The validator has just proved the shape the schema (and so the type) describes.
      value: { kind, file: migrated } as unknown as AnyKravkitFile,
      migratedFrom: version < supported ? version : undefined,
    };
  } catch (e) {
    // A validator or migration that trips on a hostile value must still not crash the caller.
    return fail({ code: 'file.notJson', detail: e instanceof Error ? e.message : String(e) });
  }
}

/** Reads a file that must be of one kind. */
export function readFileOfKind<K extends FileKind>(text: string, kind: K): ReadResult<FileTypes[K]> {
  const r = readKravkitFile(text, [kind]);
  return r.ok ? { ok: true, value: r.value.file as FileTypes[K], migratedFrom: r.migratedFrom } : r;
}

export function schemaProblems(errors: Validator['errors']): SchemaProblem[] {
  return (errors ?? [])
    // A bad property name is reported twice: by the rule it broke and by propertyNames, which names it once.
    .filter((e) => e.keyword === 'propertyNames' || !('propertyName' in e))
    .slice(0, 50)
    .map((e) => ({
      path: e.instancePath || '/',
      keyword: e.keyword,
      message: e.message ?? e.keyword,
      params: e.keyword === 'not' ? notParams(e.schemaPath ?? '') : (e.params as Record<string, unknown>),
    }));
}

/**
 * ajv gives a failed `not` no parameters; name the fields it forbids. ajv's schema path starts at
 * the definition it compiled separately ('#/oneOf/0/not'), so it is matched as the end of the
 * full path; an ending shared by `not`s forbidding different fields names none.
 */
function notParams(schemaPath: string): Record<string, unknown> {
  const tail = schemaPath.replace(/^[^#]*#/, '');
  const matches = new Set(
    Object.entries(forbiddenByNot)
      .filter(([key]) => key.endsWith(tail))
      .map(([, fields]) => fields.join('", "')),
  );
  return matches.size === 1 ? { property: [...matches][0] } : {};
}
