import type { TFunction } from 'i18next';
import type { FileError, SchemaProblem } from '../domain/files/envelope';

/** One schema error as a reader would say it: the JSON path, then what is wrong there. */
export function describeSchemaProblem(p: SchemaProblem, t: TFunction): string {
  const params = p.params as Record<string, string | number>;
  // A `not` whose forbidden fields are unknown still gets a sentence, not empty quotes.
  const key = `files:schema.${p.keyword === 'not' && params.property === undefined ? 'notAny' : p.keyword}`;
  const text = t(key, { ...params, defaultValue: p.message });
  return `${p.path}: ${text}`;
}

/** A file error as translated lines: a headline, then details (each schema error with its path). */
export function describeFileError(error: FileError, t: TFunction): { headline: string; details: string[] } {
  switch (error.code) {
    case 'file.invalid':
      return { headline: t('files:error.invalid', { count: error.errors.length }), details: error.errors.map((p) => describeSchemaProblem(p, t)) };
    case 'file.catalogue':
      return { headline: t('files:error.catalogue'), details: error.problems };
    case 'file.tooLarge':
      return { headline: t('files:error.tooLarge', { limit: Math.round(error.limitBytes / 1024 / 1024) }), details: [] };
    case 'file.tooDeep':
      return { headline: t('files:error.tooDeep', { limit: error.limit }), details: [] };
    case 'file.newerVersion':
      return { headline: t('files:error.newerVersion', { found: error.found, supported: error.supported }), details: [] };
    case 'file.unknownKind':
      return { headline: t('files:error.unknownKind', { found: error.found }), details: [] };
    case 'file.wrongKind':
      return {
        headline: t('files:error.wrongKind', { found: t(`files:kind.${error.found}`), expected: error.expected.map((k) => t(`files:kind.${k}`)).join(', ') }),
        details: [],
      };
    case 'file.notJson':
      return { headline: t('files:error.notJson'), details: [error.detail.slice(0, 300)] };
    case 'file.migrationFailed':
      return { headline: t('files:error.migrationFailed', { from: error.from }), details: [error.detail.slice(0, 300)] };
    case 'file.empty':
    case 'file.notAnObject':
    case 'file.badVersion':
      return { headline: t(`files:error.${error.code.slice(5)}`), details: [] };
  }
}
