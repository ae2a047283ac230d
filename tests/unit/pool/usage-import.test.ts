import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessColumnMapping, mapUsageRecords, missingFields, parseMeasure } from '../../../src/domain/pool/usage-import';
import { readUsageCsv } from '../../../src/io/usage/read-usage-csv';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/usage/${name}`, import.meta.url), 'utf8');

describe('usage CSV', () => {
  it('maps columns by header in any order, ignoring other columns', () => {
    const table = readUsageCsv(fixture('year-2026.csv'));
    const mapping = guessColumnMapping(table.header);
    expect(mapping).toEqual({ period: 0, supplier: 1, material: 2, active_users: 3, sessions: 4, minutes: 5, licencePrice: 6 });
    const { rows, problems } = mapUsageRecords(table.records, mapping);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(108);
    expect(rows[0]).toEqual({ period: '2026-01', supplier: 'Gleerups', material: 'Matematik 1-3', active_users: 371, sessions: 1484, minutes: 26712, licencePrice: 9.5 });
    expect(new Set(rows.map((r) => r.supplier))).toEqual(new Set(['Gleerups', 'Liber Digital', 'Natur & Kultur', 'Alinea']));
  });

  it('lists each bad row with its line number and reason instead of dropping it', () => {
    const table = readUsageCsv(fixture('bad-rows.csv'));
    const mapping = guessColumnMapping(table.header);
    expect(missingFields(mapping)).toEqual([]);
    const { rows, problems } = mapUsageRecords(table.records, mapping);
    expect(rows.map((r) => [r.supplier, r.minutes])).toEqual([
      ['Gleerups', 7200],
      ['Natur & Kultur', 2250.5],
    ]);
    expect(rows[1].material).toBe('Matte\nDirekt');
    expect(problems).toEqual([
      { line: 3, code: 'negative', field: 'active_users', value: '-4' },
      { line: 4, code: 'missing-value', field: 'supplier' },
      { line: 5, code: 'not-a-number', field: 'active_users', value: 'tio' },
      { line: 8, code: 'too-few-columns', expected: 6, found: 2 },
      { line: 9, code: 'missing-value', field: 'minutes' },
    ]);
  });

  it('names the required columns the header lacks', () => {
    expect(missingFields(guessColumnMapping(['supplier', 'period', 'minutes']))).toEqual(['material', 'active_users', 'sessions']);
  });

  it('reads Nordic and English number formats and nothing else', () => {
    expect(parseMeasure('1 234')).toBe(1234);
    expect(parseMeasure('1\u00a0234,5')).toBe(1234.5);
    expect(parseMeasure('12.75')).toBe(12.75);
    expect(parseMeasure('1e3')).toBeNull();
    expect(parseMeasure('')).toBeNull();
    expect(parseMeasure('12 kr')).toBeNull();
  });
});
