import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scaleSupplierUsage } from '../../../src/domain/pool/compare';
import { distributePool, measuresIn } from '../../../src/domain/pool/distribute';
import { guessColumnMapping, mappedMeasures, mapUsageRecords, missingFields, parseMeasure } from '../../../src/domain/pool/usage-import';
import { validateProject } from '../../../src/io/validators/generated/validators.js';
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

  it('names the required columns the header lacks: supplier, material and period, not the measures', () => {
    expect(missingFields(guessColumnMapping(['supplier', 'period', 'minutes']))).toEqual(['material']);
    expect(missingFields(guessColumnMapping(['supplier', 'material', 'period', 'minutes']))).toEqual([]);
  });

  it('needs at least one measure, and reads a file that has only one', () => {
    expect(mappedMeasures(guessColumnMapping(['supplier', 'material', 'period']))).toEqual([]);
    const mapping = guessColumnMapping(['leverantör', 'läromedel', 'period', 'minuter']);
    expect(mappedMeasures(mapping)).toEqual(['minutes']);
    const { rows, problems } = mapUsageRecords(
      [
        { line: 2, cells: ['Gleerups', 'Matte', '2026-01', '120'] },
        { line: 3, cells: ['Liber', 'Svenska', '2026-01', ''] },
        { line: 4, cells: ['Liber', 'Svenska', '2026-01'] },
      ],
      mapping,
    );
    // The rows carry only the measure the file has; no invented zeros for the others.
    expect(rows).toEqual([{ supplier: 'Gleerups', material: 'Matte', period: '2026-01', minutes: 120 }]);
    expect(problems).toEqual([
      { line: 3, code: 'missing-value', field: 'minutes' },
      { line: 4, code: 'too-few-columns', expected: 4, found: 3 },
    ]);
    expect([...measuresIn(rows)]).toEqual(['minutes']);
  });

  it('shares a minutes-only file by minutes, and a what-if scales only the measures present', () => {
    const rows = [
      { supplier: 'A', material: 'a', period: 'p', minutes: 30 },
      { supplier: 'B', material: 'b', period: 'p', minutes: 10 },
    ];
    const d = distributePool({ amountPerPupil: 1, pupils: 100, feePercent: 0, key: 'minutes' }, rows);
    expect(d.totals.map((x) => [x.supplier, x.minor])).toEqual([
      ['A', 7500],
      ['B', 2500],
    ]);
    // A mix weighting absent measures too falls back to the measure there is.
    const mix = distributePool({ amountPerPupil: 1, pupils: 100, feePercent: 0, key: 'mix', mix: { active_users: 1, sessions: 1, minutes: 1 } }, rows);
    expect(mix.totals.map((x) => x.minor)).toEqual([7500, 2500]);
    expect(scaleSupplierUsage(rows, 'B', 2)[1]).toEqual({ supplier: 'B', material: 'b', period: 'p', minutes: 20 });
  });

  it('keeps saved usage rows without some measures valid in a project file', () => {
    const project = JSON.parse(readFileSync(new URL('../../fixtures/projects/mini-project.json', import.meta.url), 'utf8'));
    project.project.poolScenarios = [
      { id: 's', name: 'Minutes only', amountPerPupil: 1, pupils: 10, feePercent: 0, key: 'minutes', usage: [{ supplier: 'A', material: 'a', period: 'p', minutes: 3 }] },
    ];
    expect(validateProject(project), JSON.stringify(validateProject.errors?.slice(0, 2))).toBe(true);
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
