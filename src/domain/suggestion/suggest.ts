import type { Catalogue } from '../catalogue/catalogue';
import type { Before, Project, RequirementTemplate } from '../model';
import { requirementFromTemplate } from '../project/requirements';

/** Why the wizard suggests a template: stable codes with arguments the UI translates. */
export type SuggestionReason =
  | { code: 'area'; areaId: string }
  | { code: 'crossCutting'; areaId: string }
  | { code: 'standard'; standardId: string }
  | { code: 'personalData' }
  | { code: 'confidentiality'; level: number }
  | { code: 'integrity'; level: number }
  | { code: 'availability'; level: number }
  | { code: 'dpia' };

export interface Suggestion {
  templateId: string;
  reasons: SuggestionReason[];
}

/** Classification level from which advanced requirements are worth their cost (0 none … 4 very serious). */
export const ADVANCED_FROM_LEVEL = 3;

type Dimension = 'confidentiality' | 'integrity' | 'availability';
const DIMENSIONS: readonly { dim: Dimension; min: 'minConfidentiality' | 'minIntegrity' | 'minAvailability' }[] = [
  { dim: 'confidentiality', min: 'minConfidentiality' },
  { dim: 'integrity', min: 'minIntegrity' },
  { dim: 'availability', min: 'minAvailability' },
];

/**
 * Which classification dimensions can call for an advanced template that names no level of its
 * own. Functional, pedagogical, commercial and legal depth is a choice, not a consequence of how
 * sensitive the data is, so those advanced templates are left for the team to add from the library.
 */
const DIMENSIONS_FOR_CATEGORY: Partial<Record<RequirementTemplate['category'], readonly Dimension[]>> = {
  privacy: ['confidentiality'],
  security: ['confidentiality', 'integrity', 'availability'],
  identity: ['confidentiality', 'integrity'],
  'service-level': ['availability'],
  support: ['availability'],
  exit: ['integrity'],
};

/**
 * The templates the wizard proposes for what the team decided before the purchase, in catalogue
 * order. A focused specification, not the whole library (suppliers stop bidding on bloated ones):
 *  - the basic templates of the chosen areas, and those for the chosen integrations;
 *  - of the cross-cutting areas (security, the agreement) only the baseline every purchase needs,
 *    plus what the classification calls for;
 *  - advanced templates only when the classification reaches {@link ADVANCED_FROM_LEVEL} in a
 *    dimension that bears on them, or a chosen integration names them;
 *  - spearhead and `never` templates never: the team adds those by hand.
 */
export function suggestRequirements(before: Before, catalogue: Catalogue): Suggestion[] {
  const out: Suggestion[] = [];
  for (const { template } of catalogue.templates.values()) {
    const reasons = reasonsFor(template, before, catalogue);
    if (reasons) out.push({ templateId: template.id, reasons });
  }
  return out;
}

function reasonsFor(t: RequirementTemplate, before: Before, catalogue: Catalogue): SuggestionReason[] | null {
  const when = t.suggestWhen ?? {};
  if (when.never || t.level === 'spearhead') return null;
  const cls = before.classification;
  const chosenAreas = new Set(before.areas);
  const chosenStandards = new Set(before.standards);

  const chosen: SuggestionReason[] = [];
  const crossCutting: SuggestionReason[] = [];
  for (const areaId of t.areas) {
    // A cross-cutting area is always in scope and never chosen: a project file or `new --area` that
    // lists it must not pull in every template of information security or agreement management.
    if (catalogue.areas.get(areaId)?.crossCutting) crossCutting.push({ code: 'crossCutting', areaId });
    else if (chosenAreas.has(areaId)) chosen.push({ code: 'area', areaId });
  }
  const standardReasons: SuggestionReason[] = [];
  const forIntegration = (when.standards?.length ?? 0) > 0;
  if (forIntegration) {
    const matched = when.standards!.filter((s) => chosenStandards.has(s));
    if (matched.length === 0) return null;
    for (const standardId of matched) standardReasons.push({ code: 'standard', standardId });
  } else {
    // Not a condition, but worth telling the team that the template answers a chosen integration.
    for (const standardId of t.standards) if (chosenStandards.has(standardId)) standardReasons.push({ code: 'standard', standardId });
    if (chosen.length === 0 && crossCutting.length === 0) return null;
  }

  const conditions: SuggestionReason[] = [];
  // A level or an impact assessment asked for this template specifically; personal data alone
  // does not, as nearly every school service handles some.
  let calledFor = false;
  if (when.personalData !== undefined) {
    if (cls.personalData !== when.personalData) return null;
    if (when.personalData) conditions.push({ code: 'personalData' });
  }
  if (when.dpia !== undefined) {
    if ((cls.dpiaNeeded ?? false) !== when.dpia) return null;
    if (when.dpia) {
      conditions.push({ code: 'dpia' });
      calledFor = true;
    }
  }
  const ownDimensions: Dimension[] = [];
  for (const { dim, min } of DIMENSIONS) {
    const threshold = when[min];
    if (threshold === undefined) continue;
    if (cls[dim] < threshold) return null;
    conditions.push({ code: dim, level: cls[dim] });
    ownDimensions.push(dim);
    calledFor = true;
  }

  if (t.level === 'advanced' && !forIntegration) {
    const bearing = ownDimensions.length > 0 ? ownDimensions : (DIMENSIONS_FOR_CATEGORY[t.category] ?? []);
    const high = bearing.filter((dim) => cls[dim] >= ADVANCED_FROM_LEVEL);
    if (high.length === 0) return null;
    for (const dim of high) if (!ownDimensions.includes(dim)) conditions.push({ code: dim, level: cls[dim] });
    calledFor = true;
  }

  // In scope only through a cross-cutting area: the baseline, or what the answers called for.
  const onlyCrossCutting = chosen.length === 0 && standardReasons.length === 0;
  if (onlyCrossCutting && !when.baseline && !calledFor) return null;
  return [...chosen, ...crossCutting, ...standardReasons, ...conditions];
}

/** The reason as stored on a SelectedRequirement, e.g. `area:learning-platform`, `confidentiality:3`. */
export function reasonToString(r: SuggestionReason): string {
  switch (r.code) {
    case 'area':
    case 'crossCutting':
      return `${r.code}:${r.areaId}`;
    case 'standard':
      return `standard:${r.standardId}`;
    case 'confidentiality':
    case 'integrity':
    case 'availability':
      return `${r.code}:${r.level}`;
    default:
      return r.code;
  }
}

/** Reads a stored reason back; unknown strings (e.g. from a newer version) give null. */
export function reasonFromString(s: string): SuggestionReason | null {
  const [code, arg] = s.split(':', 2) as [string, string | undefined];
  switch (code) {
    case 'area':
    case 'crossCutting':
      return arg ? { code, areaId: arg } : null;
    case 'standard':
      return arg ? { code, standardId: arg } : null;
    case 'confidentiality':
    case 'integrity':
    case 'availability': {
      const level = Number(arg);
      return Number.isInteger(level) ? { code, level } : null;
    }
    case 'personalData':
    case 'dpia':
      return arg === undefined ? { code } : null;
    default:
      return null;
  }
}

export interface AppliedSuggestions {
  project: Project;
  /** Template ids that were added. */
  added: string[];
  /** Uids of requirements the wizard added earlier that the current answers no longer suggest. */
  stale: string[];
}

/**
 * Requirements the wizard added that its current answers would no longer suggest (areas or
 * classification changed). Only `addedBy: 'suggestion'`: what the team chose by hand is theirs.
 */
export function staleSuggestions(project: Project, suggestions: readonly Suggestion[]): string[] {
  const suggested = new Set(suggestions.map((s) => s.templateId));
  return project.requirements
    .filter((r) => r.addedBy === 'suggestion' && r.templateId !== undefined && !suggested.has(r.templateId))
    .map((r) => r.uid);
}

/** Adds the suggested templates the project does not yet hold, in suggestion order, at the end. */
export function applySuggestions(
  project: Project,
  suggestions: readonly Suggestion[],
  catalogue: Catalogue,
  newUid: () => string,
): AppliedSuggestions {
  const present = new Set(project.requirements.map((r) => r.templateId).filter((id): id is string => !!id));
  const added: string[] = [];
  const requirements = [...project.requirements];
  for (const s of suggestions) {
    if (present.has(s.templateId)) continue;
    const sel = requirementFromTemplate(catalogue, s.templateId, newUid(), {
      addedBy: 'suggestion',
      reason: s.reasons.map(reasonToString),
    });
    if (!sel) continue;
    requirements.push(sel);
    present.add(s.templateId);
    added.push(s.templateId);
  }
  const next = added.length > 0 ? { ...project, requirements } : project;
  return { project: next, added, stale: staleSuggestions(next, suggestions) };
}
