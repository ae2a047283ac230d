import type { Bid } from '../model';
import type { Answer, EvaluatedRequirement, EvaluationSettings } from './model';
import { pricePoints, type PricePointsStep } from './price-points';

export type Exclusion =
  | { code: 'must-not-fulfilled'; requirements: { uid: string; number: string; title: string; answer: Answer | 'missing' }[] }
  | { code: 'currency'; currency: string; expected: string };

export interface QualityRow {
  uid: string;
  number: string;
  weight: number;
  points: number;
  /** True when the bid had no points and they came from the answer (fulfilled = max, partly = half, not = 0). */
  fromAnswer: boolean;
}

export interface QualityStep {
  rows: QualityRow[];
  weightSum: number;
  /** Σ weight × points. */
  weightedSum: number;
  /** weightedSum / weightSum, on the 0…max scale, rounded to 2 decimals as the protocol shows it. */
  score: number;
}

export interface Deduction {
  uid: string;
  number: string;
  value: number;
}

export interface BidOutcome {
  bid: Bid;
  exclusion: Exclusion | null;
  pricePoints?: PricePointsStep;
  quality?: QualityStep;
  /** Price-quality: (priceWeight × P + qualityWeight × Q) / (priceWeight + qualityWeight). */
  total?: number;
  deductions?: Deduction[];
  comparisonPrice?: number;
  /** The number ranked on, rounded as shown: points to 2 decimals (higher wins), prices to the öre (lower wins). */
  rankValue: number;
  rank: number;
  tied: boolean;
}

export interface EvaluationResult {
  settings: EvaluationSettings;
  /** Lowest price among qualified bids (what the price formula compares with). */
  lowestPrice: number | null;
  /** Qualified bids by rank, then excluded bids in the order entered. */
  outcomes: BidOutcome[];
}

/** Half away from zero at 2 decimals, nudged so 1.005 (stored as 1.00499…) rounds up as on paper. */
export const round2 = (x: number) => Math.round((x + Math.sign(x) * 1e-9) * 100) / 100;

/** Why a bid is excluded: a must-requirement not answered "fulfilled", or a price in another currency. */
export function exclusionOf(bid: Bid, requirements: readonly EvaluatedRequirement[], currency: string): Exclusion | null {
  const failed = requirements
    .filter((r) => r.kind === 'must' && bid.answers[r.uid]?.answer !== 'fulfilled')
    .map((r) => ({ uid: r.uid, number: r.number, title: r.title, answer: bid.answers[r.uid]?.answer ?? ('missing' as const) }));
  if (failed.length) return { code: 'must-not-fulfilled', requirements: failed };
  if (bid.currency !== currency) return { code: 'currency', currency: bid.currency, expected: currency };
  return null;
}

export function qualityOf(bid: Bid, requirements: readonly EvaluatedRequirement[], maxPoints: number): QualityStep {
  const rows: QualityRow[] = requirements
    .filter((r) => r.kind === 'should' && r.weight > 0)
    .map((r) => {
      const a = bid.answers[r.uid];
      const fromAnswer = a?.points === undefined;
      const points = !fromAnswer ? Math.min(a.points!, maxPoints) : a?.answer === 'fulfilled' ? maxPoints : a?.answer === 'partly' ? maxPoints / 2 : 0;
      return { uid: r.uid, number: r.number, weight: r.weight, points, fromAnswer };
    });
  const weightSum = rows.reduce((s, r) => s + r.weight, 0);
  const weightedSum = rows.reduce((s, r) => s + r.weight * r.points, 0);
  return { rows, weightSum, weightedSum, score: weightSum > 0 ? round2(weightedSum / weightSum) : 0 };
}

export function deductionsOf(bid: Bid, requirements: readonly EvaluatedRequirement[]): Deduction[] {
  return requirements
    .filter((r) => r.kind === 'should' && r.value > 0 && bid.answers[r.uid]?.answer === 'fulfilled')
    .map((r) => ({ uid: r.uid, number: r.number, value: r.value }));
}

/**
 * Evaluates the bids by the model the specification announced: excluded bids first set aside
 * with the reason, then the rest scored and ranked. Equal values (as rounded for display) share
 * a rank and are marked tied, so a tie is never broken silently.
 */
export function evaluateBids(bids: readonly Bid[], requirements: readonly EvaluatedRequirement[], settings: EvaluationSettings): EvaluationResult {
  const withExclusion = bids.map((bid) => ({ bid, exclusion: exclusionOf(bid, requirements, settings.currency) }));
  const qualified = withExclusion.filter((b) => b.exclusion === null).map((b) => b.bid);
  const lowestPrice = qualified.length ? Math.min(...qualified.map((b) => b.price)) : null;
  const higherWins = settings.model === 'price-quality';

  const scored: BidOutcome[] = qualified.map((bid) => {
    if (settings.model === 'lowest-price') return { bid, exclusion: null, rankValue: round2(bid.price), rank: 0, tied: false };
    if (settings.model === 'added-value') {
      const deductions = deductionsOf(bid, requirements);
      const comparisonPrice = bid.price - deductions.reduce((s, d) => s + d.value, 0);
      return { bid, exclusion: null, deductions, comparisonPrice, rankValue: round2(comparisonPrice), rank: 0, tied: false };
    }
    const pp = pricePoints(settings.priceFormula, bid.price, lowestPrice!, settings.maxPoints);
    const quality = qualityOf(bid, requirements, settings.maxPoints);
    const weights = settings.priceWeight + settings.qualityWeight;
    // Every step is rounded to 2 decimals as printed, so the protocol recomputes by hand to the same total.
    const total = weights > 0 ? round2((settings.priceWeight * pp.points + settings.qualityWeight * quality.score) / weights) : 0;
    return { bid, exclusion: null, pricePoints: pp, quality, total, rankValue: total, rank: 0, tied: false };
  });

  scored.sort((a, b) => (higherWins ? b.rankValue - a.rankValue : a.rankValue - b.rankValue) || a.bid.supplier.localeCompare(b.bid.supplier));
  scored.forEach((o, i) => {
    o.rank = i > 0 && scored[i - 1].rankValue === o.rankValue ? scored[i - 1].rank : i + 1;
  });
  for (const o of scored) o.tied = scored.some((p) => p !== o && p.rank === o.rank);

  const excluded: BidOutcome[] = withExclusion
    .filter((b) => b.exclusion !== null)
    .map((b) => ({ bid: b.bid, exclusion: b.exclusion, rankValue: NaN, rank: 0, tied: false }));
  return { settings, lowestPrice, outcomes: [...scored, ...excluded] };
}

/** The bids ranked first (more than one when tied). */
export function winners(result: EvaluationResult): BidOutcome[] {
  return result.outcomes.filter((o) => o.exclusion === null && o.rank === 1);
}
