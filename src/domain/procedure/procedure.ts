import type { Before, Money, Project } from '../model';

export type Procedure = NonNullable<Before['procedure']>;

export interface Threshold {
  id: string;
  country: string;
  amount: number;
  currency: Money['currency'];
  validFrom: string;
  /** The last day it applies; EU thresholds are revised every two years. */
  validTo?: string;
  source: string;
  appliesTo: string;
}

export interface ProcurementRules {
  thresholds: Threshold[];
  procedures: Record<Project['country'], { below: Procedure[]; above: Procedure[]; threshold: string; directAwardLimit?: string }>;
}

export interface ProcedureGuidance {
  /** The threshold the value is compared with: the country's, or the EU's in the value's currency. */
  threshold: Threshold;
  /** The threshold compared with applied only until an earlier day: its newer value is not known here. */
  thresholdExpired: boolean;
  directAwardLimit?: Threshold;
  /** undefined when the value is unknown or in another currency than the threshold. */
  aboveThreshold?: boolean;
  withinDirectAward?: boolean;
  suitable: Procedure[];
}

/**
 * Which procedures suit a purchase of this estimated value (over the whole contract term) in this
 * country, on a given day (ISO date). The value is compared with the country's threshold, or with
 * the EU threshold of the same kind when it is stated in that currency; values in another currency
 * are not converted: the guidance then says so instead of guessing an exchange rate. Of thresholds
 * of one kind, the one in force that day is preferred; one that has run out is still used, and
 * flagged, since its successor is not yet entered.
 */
export function procedureGuidance(rules: ProcurementRules, country: Project['country'], estimatedValue: Money | undefined, today: string): ProcedureGuidance {
  const set = rules.procedures[country];
  const byId = (id?: string) => rules.thresholds.find((t) => t.id === id);
  const primary = byId(set.threshold)!;
  const ofKind = rules.thresholds.filter((t) => t.appliesTo === primary.appliesTo && (t.country === 'eu' || t.country === country));
  const inCurrency = estimatedValue ? ofKind.filter((t) => t.currency === estimatedValue.currency).sort((a, b) => byRelevance(a, b, today)) : [];
  const threshold = inCurrency[0] ?? primary;
  const directAwardLimit = byId(set.directAwardLimit);
  const comparable = estimatedValue && estimatedValue.currency === threshold.currency;
  const aboveThreshold = comparable ? estimatedValue.amount >= threshold.amount : undefined;
  const withinDirectAward =
    estimatedValue && directAwardLimit && estimatedValue.currency === directAwardLimit.currency ? estimatedValue.amount <= directAwardLimit.amount : undefined;
  let suitable: Procedure[] = aboveThreshold === undefined ? [...new Set([...set.below, ...set.above])] : aboveThreshold ? set.above : set.below;
  if (withinDirectAward === false) suitable = suitable.filter((p) => p !== 'direct-award');
  return { threshold, thresholdExpired: isExpired(threshold, today), directAwardLimit, aboveThreshold, withinDirectAward, suitable };
}

/** Whether a threshold no longer applies on the day (ISO dates compare as strings). */
export function isExpired(threshold: Threshold, today: string): boolean {
  return threshold.validTo !== undefined && threshold.validTo < today;
}

/** In force before run out, then the newest. */
function byRelevance(a: Threshold, b: Threshold, today: string): number {
  const expired = Number(isExpired(a, today)) - Number(isExpired(b, today));
  return expired || b.validFrom.localeCompare(a.validFrom);
}

/** The thresholds that matter for a country, newest first. */
export function thresholdsFor(rules: ProcurementRules, country: Project['country']): Threshold[] {
  const local = country === 'other' ? [] : rules.thresholds.filter((t) => t.country === country);
  return [...local, ...rules.thresholds.filter((t) => t.country === 'eu')];
}
