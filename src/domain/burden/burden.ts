import type { Catalogue } from '../catalogue/catalogue';
import type { Project } from '../model';
import { resolveRequirements, type ResolvedRequirement } from '../requirement/resolve';
import { nearDuplicatePairs, NEAR_DUPLICATE_THRESHOLD } from './near-duplicates';

/*
 * Must-requirement counts that start to cost bids. REFERENCE.md: one Swedish school-IT tender
 * carried 499 must-requirements, many copied without relevance, and in a 2021 survey of 954
 * suppliers 84.9 % had at some point refrained from bidding because of irrelevant requirements.
 * 40 is where a spec stops being readable in one sitting; 100 is a fifth of that 499-must tender.
 */
export const MUST_COUNT_WARN = 40;
export const MUST_COUNT_HIGH = 100;

export type BurdenLevel = 'ok' | 'warn' | 'high';

export type BurdenFinding =
  /** A must nobody will follow up: a contract condition only checked at evaluation, or the team's own must with no way to check it. */
  | { code: 'burden.notFollowedUp'; uids: string[] }
  /** The same template more than once. */
  | { code: 'burden.duplicate'; templateId: string; uids: string[] }
  /** Two requirements whose texts say nearly the same. */
  | { code: 'burden.nearDuplicate'; uids: [string, string]; similarity: number }
  /** Requirements for areas the team did not choose. */
  | { code: 'burden.outsideAreas'; uids: string[] }
  /** Musts that would cost fewer bidders as a weighted should. */
  | { code: 'burden.mustCouldBeShould'; uids: string[] };

export interface BurdenReport {
  mustCount: number;
  level: BurdenLevel;
  findings: BurdenFinding[];
}

export function burdenLevel(mustCount: number): BurdenLevel {
  return mustCount >= MUST_COUNT_HIGH ? 'high' : mustCount >= MUST_COUNT_WARN ? 'warn' : 'ok';
}

/** What the specification asks of a bidder, and where it asks more than it will use. */
export function bidderBurden(project: Project, catalogue: Catalogue, threshold = NEAR_DUPLICATE_THRESHOLD): BurdenReport {
  const resolved = resolveRequirements(project.requirements, catalogue, project.language);
  const musts = resolved.filter((r) => r.kind === 'must');
  const findings: BurdenFinding[] = [];
  const push = (code: 'burden.notFollowedUp' | 'burden.outsideAreas' | 'burden.mustCouldBeShould', uids: string[]) => {
    if (uids.length > 0) findings.push({ code, uids });
  };

  push('burden.notFollowedUp', musts.filter(notFollowedUp).map((r) => r.uid));
  findings.push(...duplicates(resolved));
  const templateOf = new Map(resolved.map((r) => [r.uid, r.selected.templateId]));
  const sameTemplate = (a: string, b: string) => templateOf.get(a) !== undefined && templateOf.get(a) === templateOf.get(b);
  const texts = resolved.filter((r) => r.text.trim() !== '').map((r) => ({ id: r.uid, text: r.text }));
  for (const pair of nearDuplicatePairs(texts, threshold)) {
    if (!sameTemplate(pair.a, pair.b)) findings.push({ code: 'burden.nearDuplicate', uids: [pair.a, pair.b], similarity: pair.similarity });
  }
  push('burden.outsideAreas', outsideChosenAreas(resolved, project, catalogue));
  push('burden.mustCouldBeShould', musts.filter((r) => couldBeShould(r, catalogue)).map((r) => r.uid));
  return { mustCount: musts.length, level: burdenLevel(musts.length), findings };
}

/**
 * "Do not ask for what you will not follow up." A contract condition is kept during the contract,
 * so checking it only at evaluation is a contradiction; the team's own must checked only at
 * evaluation with no stated verification is checked by nobody.
 */
function notFollowedUp(r: ResolvedRequirement): boolean {
  if (r.custom) return r.selected.custom?.checkedAt === 'evaluation' && r.verification.trim() === '';
  return r.template?.type === 'contract-condition' && r.checkedAt === 'evaluation';
}

function duplicates(resolved: readonly ResolvedRequirement[]): BurdenFinding[] {
  const byTemplate = new Map<string, string[]>();
  for (const r of resolved) {
    const id = r.selected.templateId;
    if (r.custom || !id) continue;
    const list = byTemplate.get(id);
    if (list) list.push(r.uid);
    else byTemplate.set(id, [r.uid]);
  }
  return [...byTemplate]
    .filter(([, uids]) => uids.length > 1)
    .map(([templateId, uids]) => ({ code: 'burden.duplicate' as const, templateId, uids }));
}

/**
 * Requirements that name areas, none of them chosen or cross-cutting. One that cites a chosen
 * standard is in scope anyway: the wizard suggests those for the integration, whatever the area.
 */
function outsideChosenAreas(resolved: readonly ResolvedRequirement[], project: Project, catalogue: Catalogue): string[] {
  const chosen = new Set(project.before.areas);
  const standards = new Set(project.before.standards);
  const inScope = (a: string) => chosen.has(a) || catalogue.areas.get(a)?.crossCutting === true;
  return resolved
    .filter((r) => r.areas.length > 0 && !r.areas.some(inScope) && !r.standards.some((s) => standards.has(s)))
    .map((r) => r.uid);
}

const WISH_CATEGORIES = new Set(['functional', 'pedagogy']);
const LAW_CATEGORIES = new Set(['privacy', 'legal']);
const LAW_STANDARD_CATEGORIES = new Set(['legal', 'data-protection']);

/**
 * A must that excludes a bid which misses it only slightly: evaluated features, advanced or
 * spearhead levels, and functional or pedagogical wishes. Never one the law requires anyway.
 */
function couldBeShould(r: ResolvedRequirement, catalogue: Catalogue): boolean {
  if (legallyRequired(r, catalogue)) return false;
  const t = r.template;
  if (t && (t.type === 'award' || t.level === 'advanced' || t.level === 'spearhead')) return true;
  return WISH_CATEGORIES.has(r.category);
}

function legallyRequired(r: ResolvedRequirement, catalogue: Catalogue): boolean {
  if (LAW_CATEGORIES.has(r.category)) return true;
  return r.standards.some((s) => LAW_STANDARD_CATEGORIES.has(catalogue.standards.get(s)?.category ?? ''));
}
