import { describe, expect, it } from 'vitest';
import type { Bid } from '../../../src/domain/model';
import { evaluateBids, winners } from '../../../src/domain/evaluation/evaluate';
import { evaluationSettings, type EvaluatedRequirement } from '../../../src/domain/evaluation/model';
import { pricePoints } from '../../../src/domain/evaluation/price-points';
import { sensitivity, winnersByPriceShare } from '../../../src/domain/evaluation/sensitivity';

const requirements: EvaluatedRequirement[] = [
  { uid: 'r1', number: 'K-1.1', title: 'Incident notice', kind: 'must', weight: 0, value: 0 },
  { uid: 'r2', number: 'K-1.2', title: 'Deletion at end', kind: 'must', weight: 0, value: 0 },
  { uid: 'r3', number: 'K-1.3', title: 'LTI 1.3', kind: 'should', weight: 3, value: 50_000 },
  { uid: 'r4', number: 'K-1.4', title: 'Offline mode', kind: 'should', weight: 1, value: 20_000 },
];

const bid = (id: string, price: number, answers: Bid['answers'], currency: Bid['currency'] = 'SEK'): Bid => ({ id, supplier: `Supplier ${id}`, price, currency, answers });
const musts = { r1: { answer: 'fulfilled' as const }, r2: { answer: 'fulfilled' as const } };

const bids: Bid[] = [
  bid('A', 800_000, { ...musts, r3: { answer: 'fulfilled', points: 6 }, r4: { answer: 'fulfilled', points: 10 } }),
  bid('B', 1_000_000, { ...musts, r3: { answer: 'fulfilled', points: 10 }, r4: { answer: 'fulfilled', points: 10 } }),
  bid('C', 700_000, { r1: { answer: 'fulfilled' }, r2: { answer: 'partly' }, r3: { answer: 'fulfilled', points: 10 } }),
  bid('D', 900_000, { ...musts, r3: { answer: 'partly' }, r4: { answer: 'not' } }),
];

const ranked = (r: ReturnType<typeof evaluateBids>) => r.outcomes.filter((o) => !o.exclusion).map((o) => [o.bid.id, o.rank, o.rankValue]);

describe('price points', () => {
  it('lowest / price × max', () => {
    expect(pricePoints('lowest-over-price', 1_000_000, 800_000, 10).points).toBe(8);
    expect(pricePoints('lowest-over-price', 800_000, 800_000, 10).points).toBe(10);
  });
  it('linear deduction: max × (1 − (price − lowest) / lowest), never below zero', () => {
    expect(pricePoints('linear-deduction', 1_000_000, 800_000, 10).points).toBe(7.5);
    expect(pricePoints('linear-deduction', 1_700_000, 800_000, 10).points).toBe(0);
  });
});

describe('evaluateBids', () => {
  it('excludes a bid that fails a must-requirement and names the requirement', () => {
    const r = evaluateBids(bids, requirements, evaluationSettings({ model: 'lowest-price', currency: 'SEK' }));
    const c = r.outcomes.find((o) => o.bid.id === 'C')!;
    expect(c.exclusion).toEqual({ code: 'must-not-fulfilled', requirements: [{ uid: 'r2', number: 'K-1.2', title: 'Deletion at end', answer: 'partly' }] });
    // C is cheapest but excluded, so the lowest qualified price is A's.
    expect(r.lowestPrice).toBe(800_000);
  });

  it('counts an unanswered must-requirement as not fulfilled', () => {
    const r = evaluateBids([bid('E', 1, { r1: { answer: 'fulfilled' } })], requirements, evaluationSettings({ model: 'lowest-price', currency: 'SEK' }));
    expect(r.outcomes[0].exclusion).toMatchObject({ requirements: [{ number: 'K-1.2', answer: 'missing' }] });
  });

  it('excludes a price in another currency than the evaluation’s', () => {
    const r = evaluateBids([bid('F', 100, musts, 'EUR')], requirements, evaluationSettings({ model: 'lowest-price', currency: 'SEK' }));
    expect(r.outcomes[0].exclusion).toEqual({ code: 'currency', currency: 'EUR', expected: 'SEK' });
  });

  it('ranks by lowest price', () => {
    const r = evaluateBids(bids, requirements, evaluationSettings({ model: 'lowest-price', currency: 'SEK' }));
    expect(ranked(r)).toEqual([['A', 1, 800_000], ['D', 2, 900_000], ['B', 3, 1_000_000]]);
  });

  it('ranks by price-quality with lowest/price points, worked by hand', () => {
    const r = evaluateBids(bids, requirements, evaluationSettings({ model: 'price-quality', priceWeight: 40, qualityWeight: 60, maxPoints: 10, currency: 'SEK' }));
    // A: P 10, Q (3×6 + 1×10)/4 = 7, total (40×10 + 60×7)/100 = 8.20
    // B: P 8, Q 10, total 9.20; D: P 8.889, Q (3×5 + 1×0)/4 = 3.75 (points from answers), total 5.81
    expect(ranked(r)).toEqual([['B', 1, 9.2], ['A', 2, 8.2], ['D', 3, 5.81]]);
    const d = r.outcomes.find((o) => o.bid.id === 'D')!;
    expect(d.quality).toEqual({
      rows: [
        { uid: 'r3', number: 'K-1.3', weight: 3, points: 5, fromAnswer: true },
        { uid: 'r4', number: 'K-1.4', weight: 1, points: 0, fromAnswer: true },
      ],
      weightSum: 4,
      weightedSum: 15,
      score: 3.75,
    });
  });

  it('ranks by price-quality with linear deduction', () => {
    const r = evaluateBids(bids, requirements, evaluationSettings({ model: 'price-quality', priceWeight: 40, qualityWeight: 60, maxPoints: 10, priceFormula: 'linear-deduction', currency: 'SEK' }));
    expect(ranked(r)).toEqual([['B', 1, 9], ['A', 2, 8.2], ['D', 3, 5.75]]);
  });

  it('ranks by added value: price minus the value of each fulfilled should-requirement', () => {
    const r = evaluateBids(bids, requirements, evaluationSettings({ model: 'added-value', currency: 'SEK' }));
    // A 800 000 − 50 000 − 20 000; B 1 000 000 − 70 000; D has no fulfilled should (partly does not count).
    expect(ranked(r)).toEqual([['A', 1, 730_000], ['D', 2, 900_000], ['B', 3, 930_000]]);
    expect(r.outcomes.find((o) => o.bid.id === 'D')!.deductions).toEqual([]);
  });

  it('shows ties: equal values share a rank, the next rank is skipped', () => {
    const tied = [bid('X', 500, musts), bid('Y', 500, musts), bid('Z', 600, musts)];
    const r = evaluateBids(tied, requirements, evaluationSettings({ model: 'lowest-price', currency: 'SEK' }));
    expect(r.outcomes.map((o) => [o.bid.id, o.rank, o.tied])).toEqual([['X', 1, true], ['Y', 1, true], ['Z', 3, false]]);
    expect(winners(r).map((o) => o.bid.id)).toEqual(['X', 'Y']);
  });
});

describe('sensitivity', () => {
  const settings = evaluationSettings({ model: 'price-quality', priceWeight: 40, qualityWeight: 60, maxPoints: 10, currency: 'SEK' });

  it('finds the price share where the award flips', () => {
    // A = 10s + 7(1−s), B = 8s + 10(1−s): equal at s = 60 %.
    expect(winnersByPriceShare(bids, requirements, settings)).toEqual([
      { from: 0, to: 59, bidIds: ['B'] },
      { from: 60, to: 60, bidIds: ['A', 'B'] },
      { from: 61, to: 100, bidIds: ['A'] },
    ]);
  });

  it('moves each weight and reports whether the ranking or the winner changes', () => {
    const cases = sensitivity(bids, requirements, settings);
    const share = cases.filter((c) => c.parameter.kind === 'price-share');
    expect(share.map((c) => [c.from, c.to, c.winnerChanged])).toEqual([[40, 30, false], [40, 50, false]]);
    // Halving K-1.3's weight: A's Q = (1.5×6 + 10)/2.5 = 7.6 → 8.56; B 9.20 still wins.
    const k13 = cases.filter((c) => c.parameter.kind === 'requirement-weight' && c.parameter.number === 'K-1.3');
    expect(k13.map((c) => [c.to, c.winnerChanged])).toEqual([[1.5, false], [4.5, false]]);
  });

  it('moves added values for the added-value model', () => {
    const cases = sensitivity(bids, requirements, evaluationSettings({ model: 'added-value', currency: 'SEK' }));
    expect(cases.map((c) => [c.parameter.kind === 'requirement-value' && c.parameter.number, c.to, c.rankingChanged])).toEqual([
      ['K-1.3', 25_000, false],
      ['K-1.3', 75_000, false],
      ['K-1.4', 10_000, false],
      ['K-1.4', 30_000, false],
    ]);
    expect(sensitivity(bids, requirements, evaluationSettings({ model: 'lowest-price' }))).toEqual([]);
  });
});
