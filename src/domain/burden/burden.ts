import type { Catalogue } from '../catalogue/catalogue';
import { kpisFrom } from '../contract-management/kpis';
import type { Project, Role } from '../model';
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
  /** Musts nobody will follow up, in groups by why (see NotFollowedUpGroup). */
  | { code: 'burden.notFollowedUp'; uids: string[]; groups: NotFollowedUpGroup[] }
  /** The same template more than once. */
  | { code: 'burden.duplicate'; templateId: string; uids: string[] }
  /** Two requirements whose texts say nearly the same. */
  | { code: 'burden.nearDuplicate'; uids: [string, string]; similarity: number }
  /** Requirements for areas the team did not choose. */
  | { code: 'burden.outsideAreas'; uids: string[] }
  /** Musts that would cost fewer bidders as a weighted should. */
  | { code: 'burden.mustCouldBeShould'; uids: string[] };

/**
 * Why a must is not followed up, and so what the team can do about it:
 *  - noOwner: it is checked during the contract and yields no KPI; the After checklist item that
 *    follows up its kind of requirement (itemId) has no named owner, and the team named nobody
 *    in that item's role under Before → Organisation;
 *  - itemNotApplicable: as noOwner, but the team marked that checklist item not applicable;
 *  - noPlan: checked during the contract, no KPI, and no After checklist item covers it;
 *  - conditionAtEvaluation: a contract condition checked only at evaluation (a contradiction:
 *    a contract condition is kept during the contract);
 *  - unverifiable: the team's own must, checked at evaluation, with no stated verification.
 */
export type NotFollowedUpGroup =
  | { reason: 'noOwner'; itemId: string; role: Role; uids: string[] }
  | { reason: 'itemNotApplicable'; itemId: string; uids: string[] }
  | { reason: 'noPlan' | 'conditionAtEvaluation' | 'unverifiable'; uids: string[] };

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
  const push = (code: 'burden.outsideAreas' | 'burden.mustCouldBeShould', uids: string[]) => {
    if (uids.length > 0) findings.push({ code, uids });
  };

  const groups = notFollowedUp(musts, project, catalogue);
  if (groups.length > 0) findings.push({ code: 'burden.notFollowedUp', uids: groups.flatMap((g) => g.uids), groups });
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

/*
 * The After checklist item that follows up each kind of requirement during the contract; any kind
 * not named here is a special contract condition, which the procurement officer follows up.
 */
const FOLLOW_UP_ITEM: Readonly<Record<string, string>> = {
  privacy: 'after.contract-management.assurance-report',
  security: 'after.contract-management.incidents',
  'service-level': 'after.contract-management.service-levels',
  support: 'after.contract-management.service-levels',
  commercial: 'after.contract-management.invoices',
  legal: 'after.contract-management.conditions',
  exit: 'after.exit.data-return',
};
const CONDITIONS_ITEM = 'after.contract-management.conditions';

/** The Before organisation's role a checklist role is filled by; IT security has none there. */
const ROLE_FIELD: Partial<Record<Role, keyof NonNullable<Project['before']['roles']>>> = {
  owner: 'owner',
  'it-pedagogue': 'itPedagogue',
  'procurement-officer': 'procurementOfficer',
  'data-protection-officer': 'dataProtectionOfficer',
  'school-leader': 'schoolLeader',
};

/** Whether a checklist role can be named under Before → Organisation (IT security cannot). */
export function followUpRoleInBefore(role: Role): boolean {
  return ROLE_FIELD[role] !== undefined;
}

/**
 * "Do not ask for what you will not follow up." A must checked during the contract is followed
 * up when the After phase plans it: a KPI is derived from it, or the After checklist item for its
 * kind of requirement has someone to do it (the item's own owner, or the person named in its role
 * under Before → Organisation) and is not marked not applicable. Also a contradiction (a contract
 * condition checked only at evaluation) and the team's own must that nobody can verify.
 */
function notFollowedUp(musts: readonly ResolvedRequirement[], project: Project, catalogue: Catalogue): NotFollowedUpGroup[] {
  const withKpi = new Set(kpisFrom(project, catalogue, project.language).map((k) => k.uid));
  const afterItems = new Map(catalogue.checklist.filter((c) => c.phase === 'after').map((c) => [c.id, c]));
  const byKey = new Map<string, NotFollowedUpGroup>();
  const add = (key: string, make: () => NotFollowedUpGroup, uid: string) => {
    let g = byKey.get(key);
    if (!g) byKey.set(key, (g = make()));
    g.uids.push(uid);
  };
  for (const r of musts) {
    if (r.custom && r.selected.custom?.checkedAt === 'evaluation') {
      if (r.verification.trim() === '') add('unverifiable', () => ({ reason: 'unverifiable', uids: [] }), r.uid);
      continue;
    }
    if (r.checkedAt === 'evaluation') {
      if (r.template?.type === 'contract-condition') add('conditionAtEvaluation', () => ({ reason: 'conditionAtEvaluation', uids: [] }), r.uid);
      continue;
    }
    if (withKpi.has(r.uid)) continue;
    const item = afterItems.get(FOLLOW_UP_ITEM[r.category] ?? CONDITIONS_ITEM) ?? afterItems.get(CONDITIONS_ITEM);
    if (!item) {
      add('noPlan', () => ({ reason: 'noPlan', uids: [] }), r.uid);
      continue;
    }
    const state = project.checklist[item.id];
    if (state?.status === 'not-applicable') {
      add(`na:${item.id}`, () => ({ reason: 'itemNotApplicable', itemId: item.id, uids: [] }), r.uid);
      continue;
    }
    const field = ROLE_FIELD[item.role];
    const named = (state?.owner ?? '').trim() !== '' || (field !== undefined && (project.before.roles?.[field] ?? '').trim() !== '');
    if (!named) add(`owner:${item.id}`, () => ({ reason: 'noOwner', itemId: item.id, role: item.role, uids: [] }), r.uid);
  }
  return [...byKey.values()];
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
