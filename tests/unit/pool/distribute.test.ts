import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boundedQuotas, distributePool, type PoolTerms, type UsageRow } from '../../../src/domain/pool/distribute';
import { largestRemainder, percentOf } from '../../../src/domain/pool/minor-units';

const row = (supplier: string, period: string, active_users: number, sessions = 0, minutes = 0): UsageRow => ({
  supplier,
  material: `${supplier} material`,
  period,
  active_users,
  sessions,
  minutes,
});

const terms = (t: Partial<PoolTerms> = {}): PoolTerms => ({ amountPerPupil: 10, pupils: 10, feePercent: 0, key: 'active_users', ...t });

const paid = (d: ReturnType<typeof distributePool>) => Object.fromEntries(d.totals.map((t) => [t.supplier, t.minor]));

describe('largest remainder', () => {
  it('gives the leftover units to the largest remainders and sums exactly', () => {
    // 100 split 1:1:1 → 33.33 each; one unit left goes to the first name on a tie.
    expect(largestRemainder(100, [
      { amount: 100 / 3, tieKey: 1, name: 'B' },
      { amount: 100 / 3, tieKey: 1, name: 'A' },
      { amount: 100 / 3, tieKey: 1, name: 'C' },
    ])).toEqual([33, 34, 33]);
  });

  it('prefers the larger remainder over the name', () => {
    expect(largestRemainder(10, [
      { amount: 3.2, tieKey: 0, name: 'A' },
      { amount: 6.8, tieKey: 0, name: 'B' },
    ])).toEqual([3, 7]);
  });
});

describe('fee', () => {
  it('rounds half up on exact decimal percentages', () => {
    expect(percentOf(100_000, 2)).toBe(2_000);
    // 1.15 % of 10.00 kr is 11.5 öre: half up is 12 (floating point would say 11.4999…).
    expect(percentOf(1_000, 1.15)).toBe(12);
    expect(percentOf(999, 0)).toBe(0);
  });
});

describe('distributePool', () => {
  it('splits a pool less the fee by active users, to the öre', () => {
    // 10 kr × 100 pupils = 1 000 kr = 100 000 öre; 2 % fee = 2 000; 98 000 shared 1:1:1.
    const d = distributePool(terms({ pupils: 100, feePercent: 2 }), [row('A', 'p1', 5), row('B', 'p1', 5), row('C', 'p1', 5)]);
    expect(d.poolMinor).toBe(100_000);
    expect(d.feeMinor).toBe(2_000);
    // 98 000 / 3 = 32 666.67: two units left over, to A and B (equal remainders, names first).
    expect(paid(d)).toEqual({ A: 32_667, B: 32_667, C: 32_666 });
    expect(d.paidMinor).toBe(98_000);
  });

  it('uses the chosen key', () => {
    const usage = [row('A', 'p1', 1, 3, 10), row('B', 'p1', 1, 1, 30)];
    expect(paid(distributePool(terms({ key: 'active_users' }), usage))).toEqual({ A: 5_000, B: 5_000 });
    expect(paid(distributePool(terms({ key: 'sessions' }), usage))).toEqual({ A: 7_500, B: 2_500 });
    expect(paid(distributePool(terms({ key: 'minutes' }), usage))).toEqual({ A: 2_500, B: 7_500 });
  });

  it('mixes shares, not raw numbers, by the weights', () => {
    // Users 1:1 → 50/50; sessions 3:1 → 75/25; equal weights → 62.5 % / 37.5 %.
    const usage = [row('A', 'p1', 1, 3), row('B', 'p1', 1, 1)];
    const d = distributePool(terms({ key: 'mix', mix: { active_users: 1, sessions: 1 } }), usage);
    expect(paid(d)).toEqual({ A: 6_250, B: 3_750 });
  });

  it('refuses a mix with no weight', () => {
    const d = distributePool(terms({ key: 'mix', mix: { minutes: 0 } }), [row('A', 'p1', 1)]);
    expect(d.problems).toEqual([{ code: 'mix-without-weights' }]);
    expect(d.totals).toEqual([]);
  });

  it('caps a supplier and redistributes the excess to the others', () => {
    // 100 kr; A has 8 of 10 users → 80 kr, capped at 50; the other 50 kr go 1:1 to B and C.
    const d = distributePool(terms({ capPerSupplier: 50 }), [row('A', 'p1', 8), row('B', 'p1', 1), row('C', 'p1', 1)]);
    expect(paid(d)).toEqual({ A: 5_000, B: 2_500, C: 2_500 });
    expect(d.periods[0].suppliers.find((s) => s.supplier === 'A')?.atCap).toBe(true);
  });

  it('redistributes caps iteratively when the excess pushes another supplier over', () => {
    // 100 kr, cap 35: A 60 → 35; the 65 left split 3:1 → B 48.75 > 35 → 35; C gets the last 30.
    const d = distributePool(terms({ capPerSupplier: 35 }), [row('A', 'p1', 60), row('B', 'p1', 30), row('C', 'p1', 10)]);
    expect(paid(d)).toEqual({ A: 3_500, B: 3_500, C: 3_000 });
  });

  it('tops up suppliers to the minimum guarantee, paid by the others', () => {
    // 100 kr, 8:1:1 → 80/10/10; minimum 20 lifts B and C; A keeps the remaining 60.
    const d = distributePool(terms({ minimumPerSupplier: 20 }), [row('A', 'p1', 8), row('B', 'p1', 1), row('C', 'p1', 1)]);
    expect(paid(d)).toEqual({ A: 6_000, B: 2_000, C: 2_000 });
    expect(d.periods[0].suppliers.filter((s) => s.atMinimum).map((s) => s.supplier)).toEqual(['B', 'C']);
  });

  it('applies cap and minimum together', () => {
    const d = distributePool(terms({ minimumPerSupplier: 20, capPerSupplier: 50 }), [row('A', 'p1', 8), row('B', 'p1', 1), row('C', 'p1', 1)]);
    expect(paid(d)).toEqual({ A: 5_000, B: 2_500, C: 2_500 });
  });

  it('leaves what no one may take unallocated when every supplier is at the cap', () => {
    const d = distributePool(terms({ capPerSupplier: 30 }), [row('A', 'p1', 1), row('B', 'p1', 3)]);
    expect(paid(d)).toEqual({ A: 3_000, B: 3_000 });
    expect(d.unallocatedMinor).toBe(4_000);
    expect(d.paidMinor + d.unallocatedMinor + d.feeMinor).toBe(d.poolMinor);
    expect(d.problems).toContainEqual({ code: 'caps-leave-rest', period: 'p1', unallocatedMinor: 4_000 });
  });

  it('pays nothing for a period without usage and says so', () => {
    const d = distributePool(terms(), [row('A', 'p1', 2), row('B', 'p1', 2), row('A', 'p2', 0), row('B', 'p2', 0)]);
    expect(d.periods.map((p) => p.paidMinor)).toEqual([10_000, 0]);
    expect(d.unallocatedMinor).toBe(10_000);
    expect(d.problems).toContainEqual({ code: 'nothing-used', period: 'p2' });
  });

  it('pays only the minimums in a period without usage, and says the period had none', () => {
    const d = distributePool(terms({ minimumPerSupplier: 10 }), [row('A', 'p1', 0), row('B', 'p1', 0)]);
    expect(paid(d)).toEqual({ A: 1_000, B: 1_000 });
    expect(d.unallocatedMinor).toBe(8_000);
    expect(d.problems).toEqual([{ code: 'nothing-used', period: 'p1' }]);
  });

  it('pays a supplier with no usage nothing, unless it has a minimum', () => {
    const usage = [row('A', 'p1', 4), row('Z', 'p1', 0)];
    expect(paid(distributePool(terms(), usage))).toEqual({ A: 10_000, Z: 0 });
    expect(paid(distributePool(terms({ minimumPerSupplier: 5 }), usage))).toEqual({ A: 9_500, Z: 500 });
  });

  it('shares equally when the minimums cannot all be paid', () => {
    const d = distributePool(terms({ minimumPerSupplier: 60 }), [row('A', 'p1', 1), row('B', 'p1', 9)]);
    expect(paid(d)).toEqual({ A: 5_000, B: 5_000 });
    expect(d.problems).toContainEqual({ code: 'minimums-exceed-pool', period: 'p1' });
  });

  it('runs one pool per period and sums the periods', () => {
    const d = distributePool(terms(), [row('A', '2026-02', 1), row('B', '2026-02', 3), row('A', '2026-01', 1)]);
    expect(d.periods.map((p) => p.period)).toEqual(['2026-01', '2026-02']);
    expect(d.poolMinor).toBe(20_000);
    expect(paid(d)).toEqual({ A: 10_000 + 2_500, B: 7_500 });
  });

  it('never loses or creates a minor unit, whatever the usage, fee, cap and minimum', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ s: fc.integer({ min: 0, max: 6 }), p: fc.integer({ min: 0, max: 3 }), u: fc.nat(1000), se: fc.nat(5000), mi: fc.double({ min: 0, max: 1e5, noNaN: true }) }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 20000 }),
        fc.double({ min: 0, max: 30, noNaN: true }),
        fc.option(fc.integer({ min: 0, max: 500 })),
        fc.option(fc.integer({ min: 0, max: 100_000 })),
        fc.constantFrom('active_users', 'sessions', 'minutes', 'mix') as fc.Arbitrary<PoolTerms['key']>,
        (rows, amountCents, pupils, fee, min, cap, key) => {
          const usage = rows.map((r) => ({ supplier: `S${r.s}`, material: 'm', period: `p${r.p}`, active_users: r.u, sessions: r.se, minutes: r.mi }));
          const d = distributePool(
            { amountPerPupil: amountCents / 100, pupils, feePercent: fee, key, mix: { active_users: 1, sessions: 2, minutes: 0.5 }, minimumPerSupplier: min ?? undefined, capPerSupplier: cap ?? undefined },
            usage,
          );
          for (const p of d.periods) {
            const sum = p.suppliers.reduce((s, x) => s + x.minor, 0);
            expect(sum).toBe(p.paidMinor);
            expect(p.paidMinor + p.unallocatedMinor).toBe(p.distributableMinor);
            for (const s of p.suppliers) {
              expect(Number.isInteger(s.minor)).toBe(true);
              if (cap != null && (min == null || cap >= min)) expect(s.minor).toBeLessThanOrEqual(cap * 100);
            }
          }
          expect(d.paidMinor + d.unallocatedMinor + d.feeMinor).toBe(d.poolMinor);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('boundedQuotas', () => {
  it('is the clamp of a proportional split that spends the total', () => {
    const { quotas, unallocated } = boundedQuotas(100, [5, 3, 1, 1], 12, 40);
    // λ with A capped at 40 and C, D lifted to 12: B gets the rest, 36.
    expect(quotas).toEqual([40, 36, 12, 12]);
    expect(unallocated).toBe(0);
  });
});
