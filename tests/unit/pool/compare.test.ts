import { describe, expect, it } from 'vitest';
import { distributePool, type UsageRow } from '../../../src/domain/pool/distribute';
import { compareScenarios, compareWithLicences, scaleSupplierUsage } from '../../../src/domain/pool/compare';
import { parseSchoolLines, pupilsOf } from '../../../src/domain/pool/schools';

const usage: UsageRow[] = [
  { supplier: 'A', material: 'a1', period: 'p1', active_users: 30, sessions: 0, minutes: 0, licencePrice: 12.5 },
  { supplier: 'A', material: 'a2', period: 'p1', active_users: 10, sessions: 0, minutes: 0 },
  { supplier: 'B', material: 'b1', period: 'p1', active_users: 60, sessions: 0, minutes: 0, licencePrice: 9 },
];
const terms = { amountPerPupil: 10, pupils: 100, feePercent: 0, key: 'active_users' as const };

describe('pool comparisons', () => {
  it('prices the same use as licences: active users × licence price, rows without a price counted', () => {
    const rows = compareWithLicences(distributePool(terms, usage), usage);
    // Pool 1 000 kr split 40:60. Licences: A 30 × 12.50 = 375 kr (+1 row unpriced), B 60 × 9 = 540 kr.
    expect(rows).toEqual([
      { supplier: 'A', payoutMinor: 40_000, licenceMinor: 37_500, rowsWithoutPrice: 1 },
      { supplier: 'B', payoutMinor: 60_000, licenceMinor: 54_000, rowsWithoutPrice: 0 },
    ]);
  });

  it('compares scenarios side by side against the first, e.g. one supplier’s usage doubling', () => {
    const base = distributePool(terms, usage);
    const doubled = distributePool(terms, scaleSupplierUsage(usage, 'A', 2));
    // A: 80 of 140 users → 571.43 kr; B: 60 of 140 → 428.57 kr.
    expect(compareScenarios([{ name: 'base', distribution: base }, { name: 'A doubles', distribution: doubled }])).toEqual([
      { supplier: 'A', minor: [40_000, 57_143], differenceMinor: [0, 17_143] },
      { supplier: 'B', minor: [60_000, 42_857], differenceMinor: [0, -17_143] },
    ]);
  });
});


describe('pupils per school', () => {
  it('reads "name; pupils" lines, sums them, and names the lines it cannot read', () => {
    const { schools, badLines } = parseSchoolLines('Norra skolan; 420\nSödra skolan\t1 180\n\nVästra, F–9, 655\nÖstra skolan; många');
    expect(schools).toEqual([
      { name: 'Norra skolan', pupils: 420 },
      { name: 'Södra skolan', pupils: 1180 },
      { name: 'Västra, F–9', pupils: 655 },
    ]);
    expect(pupilsOf(schools)).toBe(2255);
    expect(badLines).toEqual([5]);
  });
});
