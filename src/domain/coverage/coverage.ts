import type { Catalogue } from '../catalogue/catalogue';
import type { Project } from '../model';
import { resolveRequirements, type ResolvedRequirement } from '../requirement/resolve';

export interface AreaCoverage {
  areaId: string;
  /** Requirements that name this area. */
  count: number;
  chosen: boolean;
  crossCutting: boolean;
}

export interface StandardCoverage {
  standardId: string;
  /** Requirements that cite this standard. */
  count: number;
  chosen: boolean;
}

export interface SpecCoverage {
  /** Every area of the catalogue plus any unknown one the spec names, catalogue order first. */
  areas: AreaCoverage[];
  /** Standards cited by the spec or chosen by the team, catalogue order first. */
  standards: StandardCoverage[];
  /** Areas the team chose that no requirement covers. */
  emptyAreas: string[];
  /** Requirements with no area (custom without one, or a template missing from the catalogue). */
  withoutArea: number;
}

/** What the specification covers, counted per area and standard. */
export function specCoverage(project: Project, catalogue: Catalogue): SpecCoverage {
  const resolved = resolveRequirements(project.requirements, catalogue, project.language);
  const areaCounts = new Map<string, number>();
  const standardCounts = new Map<string, number>();
  let withoutArea = 0;
  for (const r of resolved) {
    if (r.areas.length === 0) withoutArea++;
    for (const a of new Set(r.areas)) areaCounts.set(a, (areaCounts.get(a) ?? 0) + 1);
    for (const s of new Set(r.standards)) standardCounts.set(s, (standardCounts.get(s) ?? 0) + 1);
  }
  const chosenAreas = new Set(project.before.areas);
  const chosenStandards = new Set(project.before.standards);

  const areaIds = unique([...catalogue.areas.keys(), ...areaCounts.keys(), ...project.before.areas]);
  const areas = areaIds.map((areaId) => ({
    areaId,
    count: areaCounts.get(areaId) ?? 0,
    chosen: chosenAreas.has(areaId),
    crossCutting: catalogue.areas.get(areaId)?.crossCutting ?? false,
  }));
  const standardIds = unique([...catalogue.standards.keys(), ...standardCounts.keys(), ...project.before.standards]).filter(
    (id) => standardCounts.has(id) || chosenStandards.has(id),
  );
  const standards = standardIds.map((standardId) => ({
    standardId,
    count: standardCounts.get(standardId) ?? 0,
    chosen: chosenStandards.has(standardId),
  }));
  return {
    areas,
    standards,
    emptyAreas: project.before.areas.filter((a) => !areaCounts.has(a)),
    withoutArea,
  };
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** Gaps buyers regret once the contract runs; stable codes the UI translates. */
export type CoverageWarning =
  | { code: 'coverage.noExit' }
  | { code: 'coverage.noDataProcessingTerms' }
  | { code: 'coverage.noAccessibility' }
  | { code: 'coverage.unverifiableMust'; uids: string[] }
  | { code: 'coverage.standardNotCited'; standardId: string }
  | { code: 'coverage.noBreachDeadline' };

export function coverageWarnings(project: Project, catalogue: Catalogue): CoverageWarning[] {
  const resolved = resolveRequirements(project.requirements, catalogue, project.language);
  const personalData = project.before.classification.personalData;
  const warnings: CoverageWarning[] = [];

  // Without a way out, the school is locked in and its data with it.
  if (!resolved.some((r) => r.category === 'exit')) warnings.push({ code: 'coverage.noExit' });
  if (personalData && !resolved.some(isDataProcessingTerm)) warnings.push({ code: 'coverage.noDataProcessingTerms' });
  if (personalData && !resolved.some(isBreachDeadline)) warnings.push({ code: 'coverage.noBreachDeadline' });
  if (!resolved.some((r) => r.category === 'accessibility')) warnings.push({ code: 'coverage.noAccessibility' });

  const unverifiable = resolved.filter((r) => r.kind === 'must' && r.verification.trim() === '').map((r) => r.uid);
  if (unverifiable.length > 0) warnings.push({ code: 'coverage.unverifiableMust', uids: unverifiable });

  const cited = new Set(resolved.flatMap((r) => r.standards));
  for (const standardId of project.before.standards) {
    if (!cited.has(standardId)) warnings.push({ code: 'coverage.standardNotCited', standardId });
  }
  return warnings;
}

/** Art. 28 terms: a privacy requirement that binds the supplier as processor. */
function isDataProcessingTerm(r: ResolvedRequirement): boolean {
  if (r.category !== 'privacy') return false;
  return r.standards.includes('gdpr-art-28') || r.template?.type === 'contract-condition';
}

const BREACH_WORDS = /personuppgiftsincident|incident|brud|breach/i;

/**
 * A requirement that fixes how fast the supplier reports a breach: a template about breach
 * notification (Art. 33 or named so) with a duration in it, or the team's own privacy requirement
 * about breaches that states a number.
 */
function isBreachDeadline(r: ResolvedRequirement): boolean {
  if (r.custom) return r.category === 'privacy' && BREACH_WORDS.test(r.text) && /\d/.test(r.text);
  const t = r.template;
  if (!t) return false;
  const aboutBreach = t.standards.includes('gdpr-art-33') || t.id.includes('breach');
  const hasDuration = t.contractEvidence?.value?.kind === 'duration' || t.parameters.some((p) => p.unit === 'hours' || p.unit === 'days');
  return aboutBreach && hasDuration;
}
