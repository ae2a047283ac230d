import type { Before, EvaluationModel, Project } from '../model';
import type { Specification } from './assemble';

/**
 * What the specification's introduction says, decided from the project: the purpose (who and
 * what), the background from the before phase, the procedure, and the evaluation model with how
 * should-requirements count. The Word writer only words it.
 */
export interface SpecificationIntroduction {
  organisation?: string;
  title: string;
  pupils?: number;
  schools?: number;
  users: NonNullable<Before['users']>;
  areaIds: string[];
  problem?: string;
  existingSystems?: string;
  timeline: { key: 'tenderPublished' | 'awardDecision' | 'contractStart' | 'goLive'; date: string }[];
  contractYears?: number;
  personalData: boolean;
  dpiaNeeded: boolean;
  procedure?: NonNullable<Before['procedure']>;
  evaluation: EvaluationModel;
  counts: { total: number; must: number; should: number };
  /** Sum of the should-requirements' weights (price-quality) or values (added-value). */
  shouldWeightTotal: number;
  shouldValueTotal: number;
  /** Should-requirements with neither weight nor value, which the evaluation cannot score. */
  unweightedShould: number;
}

const TIMELINE_ORDER = ['tenderPublished', 'awardDecision', 'contractStart', 'goLive'] as const;

export function specificationIntroduction(project: Project, spec: Specification): SpecificationIntroduction {
  const b = project.before;
  const should = spec.requirements.filter((r) => r.requirement.kind === 'should');
  const usesValue = project.evaluation.model === 'added-value';
  return {
    organisation: project.organisation || undefined,
    title: project.title,
    pupils: b.pupils,
    schools: b.schools,
    users: b.users ?? [],
    areaIds: spec.sections.map((s) => s.areaId).filter((a) => a !== ''),
    problem: b.problem?.trim() || undefined,
    existingSystems: b.existingSystems?.trim() || undefined,
    timeline: TIMELINE_ORDER.flatMap((key) => (b.timeline?.[key] ? [{ key, date: b.timeline[key]! }] : [])),
    contractYears: b.contractYears,
    personalData: b.classification.personalData,
    dpiaNeeded: b.classification.dpiaNeeded ?? false,
    procedure: b.procedure,
    evaluation: project.evaluation,
    counts: { total: spec.requirements.length, must: spec.requirements.length - should.length, should: should.length },
    shouldWeightTotal: should.reduce((s, r) => s + (r.requirement.weight ?? 0), 0),
    shouldValueTotal: should.reduce((s, r) => s + (r.requirement.selected.value ?? 0), 0),
    unweightedShould: should.filter((r) => (usesValue ? r.requirement.selected.value === undefined : r.requirement.weight === undefined)).length,
  };
}
