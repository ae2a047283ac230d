import type { Before, Money, Project } from '../model';

export type Procedure = NonNullable<Before['procedure']>;

export interface Threshold {
  id: string;
  country: string;
  amount: number;
  currency: Money['currency'];
  validFrom: string;
  source: string;
  appliesTo: string;
}

export interface ProcurementRules {
  thresholds: Threshold[];
  procedures: Record<Project['country'], { below: Procedure[]; above: Procedure[]; threshold: string; directAwardLimit?: string }>;
}

export interface ProcedureGuidance {
  threshold: Threshold;
  directAwardLimit?: Threshold;
  /** undefined when the value is unknown or in another currency than the threshold. */
  aboveThreshold?: boolean;
  withinDirectAward?: boolean;
  suitable: Procedure[];
}

/**
 * Which procedures suit a purchase of this estimated value (over the whole contract term) in this
 * country. Values in another currency than the threshold are not converted: the guidance then says
 * so instead of guessing an exchange rate.
 */
export function procedureGuidance(rules: ProcurementRules, country: Project['country'], estimatedValue?: Money): ProcedureGuidance {
  const set = rules.procedures[country];
  const byId = (id?: string) => rules.thresholds.find((t) => t.id === id);
  const threshold = byId(set.threshold)!;
  const directAwardLimit = byId(set.directAwardLimit);
  const comparable = estimatedValue && estimatedValue.currency === threshold.currency;
  const aboveThreshold = comparable ? estimatedValue.amount >= threshold.amount : undefined;
  const withinDirectAward =
    estimatedValue && directAwardLimit && estimatedValue.currency === directAwardLimit.currency ? estimatedValue.amount <= directAwardLimit.amount : undefined;
  let suitable: Procedure[] = aboveThreshold === undefined ? [...new Set([...set.below, ...set.above])] : aboveThreshold ? set.above : set.below;
  if (withinDirectAward === false) suitable = suitable.filter((p) => p !== 'direct-award');
  return { threshold, directAwardLimit, aboveThreshold, withinDirectAward, suitable };
}

/** The thresholds that matter for a country, newest first. */
export function thresholdsFor(rules: ProcurementRules, country: Project['country']): Threshold[] {
  const local = country === 'other' ? [] : rules.thresholds.filter((t) => t.country === country);
  return [...local, ...rules.thresholds.filter((t) => t.country === 'eu')];
}
