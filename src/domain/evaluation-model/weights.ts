import type { Project, SelectedRequirement } from '../model';

/** Problems with the evaluation model that would make the award unfair or impossible to compute. */
export type WeightProblem =
  /** Price and quality weights must add up to 100. */
  | { code: 'weights.priceQualitySum'; sum: number }
  /** Price-quality: should-requirements without a (positive) weight score nothing. */
  | { code: 'weights.shouldWithoutWeight'; uids: string[] }
  /** Price-quality: quality weighs something but no should-requirement carries it. */
  | { code: 'weights.qualityWithoutShoulds'; qualityWeight: number }
  /** Price-quality: the should weights are shares of the quality part; told when they do not sum to 100. */
  | { code: 'weights.normalised'; sum: number }
  /** Added value: should-requirements need a price deduction. */
  | { code: 'weights.shouldWithoutValue'; uids: string[] }
  /** Lowest price: should-requirements are never evaluated. */
  | { code: 'weights.shouldNotEvaluated'; uids: string[] }
  /** A negative weight or deduction. */
  | { code: 'weights.negative'; uids: string[] };

export interface QualityShare {
  uid: string;
  weight: number;
  /** Share of the quality part, 0–1. */
  share: number;
  /** Share of the whole evaluation, in percent points (share × quality weight). */
  percentOfTotal: number;
}

export interface QualityShares {
  /** The sum of the should-requirements' weights as entered. */
  sum: number;
  shares: QualityShare[];
}

const shoulds = (p: Project): SelectedRequirement[] => p.requirements.filter((r) => r.kind === 'should');
const positive = (n: number | undefined): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0;

/**
 * How each should-requirement weighs: weights are relative, so they are normalised to shares of
 * the quality part. The team may enter 3/2/1 or 50/30/20; both mean the same.
 */
export function qualityShares(project: Project): QualityShares {
  const weighted = shoulds(project).filter((r) => positive(r.weight));
  const sum = weighted.reduce((acc, r) => acc + (r.weight ?? 0), 0);
  const quality = project.evaluation.qualityWeight ?? 0;
  return {
    sum,
    shares: weighted.map((r) => {
      const weight = r.weight ?? 0;
      const share = sum > 0 ? weight / sum : 0;
      return { uid: r.uid, weight, share, percentOfTotal: share * quality };
    }),
  };
}

export function checkWeights(project: Project): WeightProblem[] {
  const ev = project.evaluation;
  const problems: WeightProblem[] = [];
  const should = shoulds(project);
  const negative = project.requirements
    .filter((r) => (typeof r.weight === 'number' && r.weight < 0) || (typeof r.value === 'number' && r.value < 0))
    .map((r) => r.uid);
  if (negative.length > 0) problems.push({ code: 'weights.negative', uids: negative });

  switch (ev.model) {
    case 'price-quality': {
      const sum = (ev.priceWeight ?? 0) + (ev.qualityWeight ?? 0);
      if (sum !== 100) problems.push({ code: 'weights.priceQualitySum', sum });
      const unweighted = should.filter((r) => !positive(r.weight)).map((r) => r.uid);
      if (unweighted.length > 0) problems.push({ code: 'weights.shouldWithoutWeight', uids: unweighted });
      const quality = ev.qualityWeight ?? 0;
      if (quality > 0 && should.length === 0) problems.push({ code: 'weights.qualityWithoutShoulds', qualityWeight: quality });
      const shares = qualityShares(project);
      if (shares.shares.length > 0 && shares.sum !== 100) problems.push({ code: 'weights.normalised', sum: shares.sum });
      break;
    }
    case 'added-value': {
      const without = should.filter((r) => !positive(r.value)).map((r) => r.uid);
      if (without.length > 0) problems.push({ code: 'weights.shouldWithoutValue', uids: without });
      break;
    }
    case 'lowest-price': {
      if (should.length > 0) problems.push({ code: 'weights.shouldNotEvaluated', uids: should.map((r) => r.uid) });
      break;
    }
  }
  return problems;
}
