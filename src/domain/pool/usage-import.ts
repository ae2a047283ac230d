import { MEASURES, type Measure, type UsageRow } from './distribute';

/**
 * The fields a usage row can carry. Supplier, material and period are required, and at least one
 * measure: a file with only minutes can be shared by minutes, and the keys it lacks are not offered.
 */
export const USAGE_FIELDS = ['supplier', 'material', 'period', 'active_users', 'sessions', 'minutes', 'licencePrice'] as const;
export type UsageField = (typeof USAGE_FIELDS)[number];
export const REQUIRED_USAGE_FIELDS: readonly UsageField[] = ['supplier', 'material', 'period'];

/** Field → column index in the file. */
export type ColumnMapping = Partial<Record<UsageField, number>>;

/** One record of the file with the line it starts on (1-based, the header being line 1). */
export interface UsageRecord {
  line: number;
  cells: string[];
}

export type UsageRowProblem =
  | { line: number; code: 'missing-value'; field: UsageField }
  | { line: number; code: 'not-a-number'; field: UsageField; value: string }
  | { line: number; code: 'negative'; field: UsageField; value: string }
  | { line: number; code: 'too-long'; field: UsageField }
  | { line: number; code: 'too-few-columns'; expected: number; found: number };

/** Header words in sv, da and en that name each field, normalised (lower case, letters and digits only). */
const SYNONYMS: Record<UsageField, string[]> = {
  supplier: ['supplier', 'vendor', 'publisher', 'leverantor', 'leverandor', 'forlag', 'forlag'],
  material: ['material', 'materiale', 'title', 'titel', 'product', 'produkt', 'laromedel', 'laremiddel'],
  period: ['period', 'periode', 'month', 'manad', 'maned', 'year', 'ar', 'aar'],
  active_users: ['activeusers', 'users', 'aktivaanvandare', 'anvandare', 'aktivebrugere', 'brugere', 'unikabrugere'],
  sessions: ['sessions', 'sessioner', 'logins', 'inloggningar', 'logins'],
  minutes: ['minutes', 'minuter', 'minutter', 'usetime', 'anvandningstid', 'brugstid'],
  licencePrice: ['licenceprice', 'licenseprice', 'licenspris', 'licensprisperanvandare', 'licensprisperbruger'],
};

function normaliseHeader(h: string): string {
  return h
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]/g, '');
}

/** A first guess at the mapping from the header; the user confirms or changes it in the preview. */
export function guessColumnMapping(header: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const normalised = header.map(normaliseHeader);
  for (const field of USAGE_FIELDS) {
    const names = [normaliseHeader(field), ...SYNONYMS[field]];
    const index = normalised.findIndex((h, i) => names.includes(h) && !Object.values(mapping).includes(i));
    if (index >= 0) mapping[field] = index;
  }
  return mapping;
}

export function missingFields(mapping: ColumnMapping): UsageField[] {
  return REQUIRED_USAGE_FIELDS.filter((f) => mapping[f] === undefined);
}

/** The measures the mapping reads; none means the file cannot be shared by any key. */
export function mappedMeasures(mapping: ColumnMapping): Measure[] {
  return MEASURES.filter((m) => mapping[m] !== undefined);
}

/**
 * A measure as exported by Nordic and English systems: digits with spaces (or no-break spaces)
 * between thousands, and a decimal point or a decimal comma. Anything else is not a number.
 */
export function parseMeasure(raw: string): number | null {
  const s = raw.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!/^-?\d+([.,]\d+)?$/.test(s)) return null;
  return Number(s.replace(',', '.'));
}

const TEXT_LIMITS: Partial<Record<UsageField, number>> = { supplier: 300, material: 300, period: 50 };

/**
 * Turns the file's records into usage rows by the mapping. Every record that cannot be read is
 * listed with its line and the reason; it is never silently dropped, and never half-read.
 */
export function mapUsageRecords(records: readonly UsageRecord[], mapping: ColumnMapping): { rows: UsageRow[]; problems: UsageRowProblem[] } {
  const rows: UsageRow[] = [];
  const problems: UsageRowProblem[] = [];
  // The optional licence price may be missing at the end of a row; the required and measured columns may not.
  const needed = Math.max(...[...REQUIRED_USAGE_FIELDS, ...mappedMeasures(mapping)].map((f) => mapping[f] ?? 0)) + 1;
  for (const { line, cells } of records) {
    const rowProblems: UsageRowProblem[] = [];
    if (cells.length < needed) {
      problems.push({ line, code: 'too-few-columns', expected: needed, found: cells.length });
      continue;
    }
    const text = (field: UsageField): string | undefined => {
      const index = mapping[field];
      return index === undefined ? undefined : (cells[index] ?? '').trim();
    };
    const row: Partial<UsageRow> = {};
    for (const field of ['supplier', 'material', 'period'] as const) {
      const value = text(field) ?? '';
      if (value === '' && field !== 'material') rowProblems.push({ line, code: 'missing-value', field });
      else if (value.length > TEXT_LIMITS[field]!) rowProblems.push({ line, code: 'too-long', field });
      else row[field] = value;
    }
    for (const field of ['active_users', 'sessions', 'minutes', 'licencePrice'] as const) {
      const value = text(field);
      if (value === undefined || (value === '' && field === 'licencePrice')) continue;
      if (value === '') {
        rowProblems.push({ line, code: 'missing-value', field });
        continue;
      }
      const n = parseMeasure(value);
      if (n === null) rowProblems.push({ line, code: 'not-a-number', field, value: value.slice(0, 60) });
      else if (n < 0) rowProblems.push({ line, code: 'negative', field, value });
      else row[field] = n;
    }
    if (rowProblems.length) problems.push(...rowProblems);
    else rows.push(row as UsageRow);
  }
  return { rows, problems };
}
