import type { Bid } from '../model';
import { evaluateBids, winners, type EvaluationResult } from './evaluate';
import type { EvaluatedRequirement, EvaluationSettings } from './model';

export type SensitivityParameter =
  | { kind: 'price-share' }
  | { kind: 'requirement-weight'; uid: string; number: string }
  | { kind: 'requirement-value'; uid: string; number: string };

export interface SensitivityCase {
  parameter: SensitivityParameter;
  /** The value as set, and as moved (price share in percent; weights and values as entered). */
  from: number;
  to: number;
  /** Bid ids in rank order, with their ranks, after the move. */
  ranking: { bidId: string; rank: number }[];
  rankingChanged: boolean;
  winnerChanged: boolean;
}

function rankingOf(result: EvaluationResult) {
  return result.outcomes.filter((o) => o.exclusion === null).map((o) => ({ bidId: o.bid.id, rank: o.rank }));
}

const sameRanking = (a: { bidId: string; rank: number }[], b: { bidId: string; rank: number }[]) =>
  a.length === b.length && a.every((x, i) => x.bidId === b[i].bidId && x.rank === b[i].rank);

const winnerIds = (r: EvaluationResult) => winners(r).map((o) => o.bid.id).sort().join(',');

/**
 * How the ranking would change if each weight moved: the price share ± `shareStep` percentage
 * points (price-quality), each evaluated requirement's weight and each added value × (1 ± `factor`).
 * Lowest price has nothing to move.
 */
export function sensitivity(
  bids: readonly Bid[],
  requirements: readonly EvaluatedRequirement[],
  settings: EvaluationSettings,
  options: { shareStep?: number; factor?: number } = {},
): SensitivityCase[] {
  const shareStep = options.shareStep ?? 10;
  const factor = options.factor ?? 0.5;
  const base = evaluateBids(bids, requirements, settings);
  const baseRanking = rankingOf(base);
  const baseWinner = winnerIds(base);
  const cases: SensitivityCase[] = [];
  const record = (parameter: SensitivityParameter, from: number, to: number, result: EvaluationResult) => {
    const ranking = rankingOf(result);
    cases.push({ parameter, from, to, ranking, rankingChanged: !sameRanking(ranking, baseRanking), winnerChanged: winnerIds(result) !== baseWinner });
  };

  if (settings.model === 'price-quality') {
    const total = settings.priceWeight + settings.qualityWeight || 100;
    const share = (settings.priceWeight / total) * 100;
    for (const to of [share - shareStep, share + shareStep]) {
      const moved = Math.min(100, Math.max(0, to));
      if (moved === share) continue;
      record({ kind: 'price-share' }, share, moved, evaluateBids(bids, requirements, { ...settings, priceWeight: moved, qualityWeight: 100 - moved }));
    }
    for (const r of requirements.filter((x) => x.kind === 'should' && x.weight > 0)) {
      for (const to of [r.weight * (1 - factor), r.weight * (1 + factor)]) {
        const moved = requirements.map((x) => (x.uid === r.uid ? { ...x, weight: to } : x));
        record({ kind: 'requirement-weight', uid: r.uid, number: r.number }, r.weight, to, evaluateBids(bids, moved, settings));
      }
    }
  }
  if (settings.model === 'added-value') {
    for (const r of requirements.filter((x) => x.kind === 'should' && x.value > 0)) {
      for (const to of [r.value * (1 - factor), r.value * (1 + factor)]) {
        const moved = requirements.map((x) => (x.uid === r.uid ? { ...x, value: to } : x));
        record({ kind: 'requirement-value', uid: r.uid, number: r.number }, r.value, to, evaluateBids(bids, moved, settings));
      }
    }
  }
  return cases;
}

/**
 * Price-quality: which bid wins at every whole-percent price share from 0 to 100, as ranges.
 * Shows where the award would flip, and how far the announced weights are from that point.
 */
export function winnersByPriceShare(bids: readonly Bid[], requirements: readonly EvaluatedRequirement[], settings: EvaluationSettings): { from: number; to: number; bidIds: string[] }[] {
  const ranges: { from: number; to: number; bidIds: string[] }[] = [];
  for (let share = 0; share <= 100; share++) {
    const ids = winners(evaluateBids(bids, requirements, { ...settings, priceWeight: share, qualityWeight: 100 - share })).map((o) => o.bid.id).sort();
    const last = ranges[ranges.length - 1];
    if (last && last.bidIds.join(',') === ids.join(',')) last.to = share;
    else ranges.push({ from: share, to: share, bidIds: ids });
  }
  return ranges;
}
