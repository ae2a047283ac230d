import type { CheckStatus } from '../model';

/** Precision and recall of each status over labelled contracts: how far the check can be trusted. */
export interface StatusScore {
  status: CheckStatus;
  truth: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
}

export interface Accuracy {
  scores: StatusScore[];
  /** Pairs where the check said `met` and the truth was `missing` or `conflict`: the costly mistake. */
  falseMet: number;
  agreement: number;
  total: number;
}

export function statusAccuracy(pairs: readonly { truth: CheckStatus; predicted: CheckStatus }[]): Accuracy {
  const statuses: CheckStatus[] = ['met', 'partial', 'missing', 'conflict'];
  const scores = statuses.map((status) => {
    const truth = pairs.filter((p) => p.truth === status).length;
    const predicted = pairs.filter((p) => p.predicted === status).length;
    const correct = pairs.filter((p) => p.truth === status && p.predicted === status).length;
    return { status, truth, predicted, correct, precision: predicted ? correct / predicted : 1, recall: truth ? correct / truth : 1 };
  });
  const falseMet = pairs.filter((p) => p.predicted === 'met' && (p.truth === 'missing' || p.truth === 'conflict')).length;
  const agreement = pairs.length ? pairs.filter((p) => p.truth === p.predicted).length / pairs.length : 1;
  return { scores, falseMet, agreement, total: pairs.length };
}
