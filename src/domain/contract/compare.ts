import type { ContractValue, ExtractedValue } from './values';
import { placeWithin } from './places';

export type Compare = 'at-most' | 'at-least' | 'one-of' | 'equals';

export interface Comparison {
  outcome: 'satisfied' | 'violated' | 'mixed' | 'no-deadline' | 'absent';
  /** The value the outcome rests on: the worst one found, so a pass is never overstated. */
  found?: ExtractedValue;
}

/**
 * Compares the values a clause states with the required one. With several values the worst
 * decides ("within 24 hours … a full report within 72 hours" against 24 is mixed, not met).
 */
export function compareValues(found: readonly ExtractedValue[], required: ContractValue, compare: Compare): Comparison {
  if (required.kind === 'place') {
    const want = required.places?.[0] ?? 'eu-eea';
    // A transfer on the buyer's instructions states no place: it neither fulfils nor breaks the requirement.
    const places = found.filter((f) => f.value.kind === 'place' && !(f.value.places ?? []).every((p) => p === 'controlled-transfer'));
    const outside = places.find((f) => (f.value.places ?? []).some((p) => !placeWithin(p, want)));
    if (outside) return { outcome: 'violated', found: outside };
    return places.length ? { outcome: 'satisfied', found: places[0] } : { outcome: 'absent' };
  }
  const numeric = found.filter((f) => f.value.kind === required.kind && f.value.amount !== undefined && (required.kind !== 'amount' || f.value.unit === required.unit));
  if (numeric.length === 0) {
    const undue = found.find((f) => f.value.kind === 'undue-delay');
    if (undue && required.kind === 'duration') return { outcome: 'no-deadline', found: undue };
    return { outcome: 'absent' };
  }
  const want = required.amount ?? 0;
  const ok = (v: number) => (compare === 'at-most' ? v <= want : compare === 'at-least' ? v >= want : Math.abs(v - want) < 1e-9);
  const good = numeric.filter((f) => ok(f.value.amount!));
  const bad = numeric.filter((f) => !ok(f.value.amount!));
  const worst = [...bad].sort((a, b) => (compare === 'at-least' ? a.value.amount! - b.value.amount! : b.value.amount! - a.value.amount!))[0];
  if (compare === 'equals') return good.length ? { outcome: 'satisfied', found: good[0] } : { outcome: 'violated', found: numeric[0] };
  if (bad.length === 0) {
    const decisive = [...good].sort((a, b) => (compare === 'at-least' ? a.value.amount! - b.value.amount! : b.value.amount! - a.value.amount!))[0];
    return { outcome: 'satisfied', found: decisive };
  }
  return good.length ? { outcome: 'mixed', found: worst } : { outcome: 'violated', found: worst };
}
