import type { Bid, EvaluationModel, Project } from '../model';
import type { Specification } from '../specification/assemble';

export type Answer = Bid['answers'][string]['answer'];
export type PriceFormula = NonNullable<EvaluationModel['priceFormula']>;

/** A requirement as the evaluation sees it: its stable number, kind, weight and added value. */
export interface EvaluatedRequirement {
  uid: string;
  number: string;
  title: string;
  kind: 'must' | 'should';
  /** Weight in the quality score; a should-requirement without one counts 1, weight 0 leaves it out. */
  weight: number;
  /** Added-value model: the deduction from the price when the requirement is fulfilled. */
  value: number;
}

/** The evaluation model with its defaults filled in, so the protocol can state every number used. */
export interface EvaluationSettings {
  model: EvaluationModel['model'];
  priceWeight: number;
  qualityWeight: number;
  maxPoints: number;
  priceFormula: PriceFormula;
  currency: NonNullable<EvaluationModel['currency']>;
}

export function evaluationSettings(model: EvaluationModel, fallbackCurrency: EvaluationSettings['currency'] = 'SEK'): EvaluationSettings {
  return {
    model: model.model,
    priceWeight: model.priceWeight ?? 50,
    qualityWeight: model.qualityWeight ?? 50,
    maxPoints: model.maxPoints ?? 10,
    priceFormula: model.priceFormula ?? 'lowest-over-price',
    currency: model.currency ?? fallbackCurrency,
  };
}

/** The project's requirements in document order, numbered as in the specification and response form. */
export function evaluatedRequirements(project: Project, specification: Specification): EvaluatedRequirement[] {
  const selected = new Map(project.requirements.map((r) => [r.uid, r]));
  return specification.requirements.map(({ number, requirement }) => {
    const sel = selected.get(requirement.uid);
    return {
      uid: requirement.uid,
      number,
      title: requirement.title,
      kind: requirement.kind,
      weight: sel?.weight ?? (requirement.kind === 'should' ? 1 : 0),
      value: sel?.value ?? 0,
    };
  });
}
