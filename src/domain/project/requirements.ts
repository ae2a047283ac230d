import type { Catalogue } from '../catalogue/catalogue';
import type { ParameterValue, Project, SelectedRequirement } from '../model';
import { effectiveValues } from '../requirement/parameters';

/*
 * Edits to the project's requirement list. Every function returns a new Project and leaves the
 * input untouched (the store keeps the old one for undo); `updatedAt` is left alone because the
 * store stamps time, which keeps these functions pure.
 */

export type CustomRequirement = NonNullable<SelectedRequirement['custom']>;
export type RequirementPatch = Partial<Omit<SelectedRequirement, 'uid'>>;

export interface AddTemplateOptions {
  addedBy?: SelectedRequirement['addedBy'];
  reason?: string[];
  /** Where to insert; the end of the list when left out. */
  index?: number;
}

/** A requirement from a catalogue template, with the template's default kind and parameter values. */
export function requirementFromTemplate(
  catalogue: Catalogue,
  templateId: string,
  uid: string,
  options: AddTemplateOptions = {},
): SelectedRequirement | null {
  const entry = catalogue.templates.get(templateId);
  if (!entry) return null;
  const t = entry.template;
  const sel: SelectedRequirement = {
    uid,
    templateId: t.id,
    templateVersion: t.version,
    packId: entry.packId,
    kind: t.kind,
    values: effectiveValues(t.parameters, {}),
    addedBy: options.addedBy ?? 'library',
  };
  if (options.reason && options.reason.length > 0) sel.reason = [...options.reason];
  return sel;
}

function withRequirements(project: Project, requirements: SelectedRequirement[]): Project {
  return { ...project, requirements };
}

function insertAt<T>(list: readonly T[], item: T, index: number | undefined): T[] {
  const out = [...list];
  const at = index === undefined ? out.length : Math.max(0, Math.min(out.length, index));
  out.splice(at, 0, item);
  return out;
}

/** Adds a template; an unknown template id leaves the project as it was. */
export function addTemplate(
  project: Project,
  catalogue: Catalogue,
  templateId: string,
  uid: string,
  options: AddTemplateOptions = {},
): Project {
  const sel = requirementFromTemplate(catalogue, templateId, uid, options);
  if (!sel) return project;
  return withRequirements(project, insertAt(project.requirements, sel, options.index));
}

/** Adds the team's own requirement (no template). */
export function addCustom(
  project: Project,
  custom: CustomRequirement,
  uid: string,
  kind: SelectedRequirement['kind'] = 'must',
  index?: number,
): Project {
  const sel: SelectedRequirement = { uid, custom: { ...custom }, kind, values: {}, addedBy: 'custom' };
  return withRequirements(project, insertAt(project.requirements, sel, index));
}

export function removeRequirement(project: Project, uid: string): Project {
  if (!project.requirements.some((r) => r.uid === uid)) return project;
  return withRequirements(
    project,
    project.requirements.filter((r) => r.uid !== uid),
  );
}

/** Moves a requirement to a position in the list (clamped to the list's bounds). */
export function moveRequirement(project: Project, uid: string, toIndex: number): Project {
  const from = project.requirements.findIndex((r) => r.uid === uid);
  if (from < 0) return project;
  const rest = project.requirements.filter((r) => r.uid !== uid);
  const moved = project.requirements[from] as SelectedRequirement;
  return withRequirements(project, insertAt(rest, moved, toIndex));
}

/**
 * Swaps two requirements' places in the saved order. Inside one displayed group the saved order is
 * the displayed order, so swapping a requirement with its visible neighbour moves it one step on
 * screen and leaves every other requirement where it was.
 */
export function swapRequirements(project: Project, uidA: string, uidB: string): Project {
  const a = project.requirements.findIndex((r) => r.uid === uidA);
  const b = project.requirements.findIndex((r) => r.uid === uidB);
  if (a < 0 || b < 0 || a === b) return project;
  const requirements = [...project.requirements];
  [requirements[a], requirements[b]] = [requirements[b]!, requirements[a]!];
  return withRequirements(project, requirements);
}

/** Lists a requirement under one of its areas (its group); undefined goes back to the default. */
export function setGroup(project: Project, uid: string, areaId: string | undefined): Project {
  return updateRequirement(project, uid, { group: areaId || undefined });
}

/** Applies a shallow patch; a key set to undefined removes that field. */
export function updateRequirement(project: Project, uid: string, patch: RequirementPatch): Project {
  let found = false;
  const requirements = project.requirements.map((r) => {
    if (r.uid !== uid) return r;
    found = true;
    const next: SelectedRequirement = { ...r, ...patch, uid: r.uid };
    for (const key of Object.keys(patch)) {
      if ((patch as Record<string, unknown>)[key] === undefined) delete (next as Record<string, unknown>)[key];
    }
    return next;
  });
  return found ? withRequirements(project, requirements) : project;
}

export function setParameter(project: Project, uid: string, name: string, value: ParameterValue): Project {
  const r = project.requirements.find((x) => x.uid === uid);
  if (!r) return project;
  return updateRequirement(project, uid, { values: { ...r.values, [name]: value } });
}
