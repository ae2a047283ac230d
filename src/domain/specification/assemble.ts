import type { Catalogue } from '../catalogue/catalogue';
import type { Language, Project, SelectedRequirement } from '../model';
import { resolveRequirement, type ResolvedRequirement } from '../requirement/resolve';

/** A requirement with its stable number in the specification, e.g. K-3.2. */
export interface NumberedRequirement {
  number: string;
  requirement: ResolvedRequirement;
}

export interface SpecificationSection {
  /** An area id, or '' for requirements with no known area. */
  areaId: string;
  index: number;
  categories: { category: string; requirements: NumberedRequirement[] }[];
}

export interface Specification {
  sections: SpecificationSection[];
  /** Every requirement in document order. */
  requirements: NumberedRequirement[];
}

/** Category order in the document: what the service does first, the agreement last. */
export const CATEGORY_ORDER = [
  'functional',
  'pedagogy',
  'interoperability',
  'identity',
  'accessibility',
  'ai',
  'privacy',
  'security',
  'service-level',
  'support',
  'commercial',
  'legal',
  'exit',
] as const;

function categoryRank(c: string): number {
  const i = (CATEGORY_ORDER as readonly string[]).indexOf(c);
  return i < 0 ? CATEGORY_ORDER.length : i;
}

/**
 * The area a requirement is listed under: the group the team chose when it is one of the
 * requirement's areas (a group naming another area is ignored, so an old or hand-edited file
 * cannot move a requirement somewhere it does not belong), else the first of its areas the
 * project chose, else its first known area; '' when it has none.
 */
export function listedArea(sel: Pick<SelectedRequirement, 'group'>, r: Pick<ResolvedRequirement, 'areas'>, chosen: ReadonlySet<string>, catalogue: Catalogue): string {
  if (sel.group && r.areas.includes(sel.group) && catalogue.areas.has(sel.group)) return sel.group;
  return r.areas.find((a) => chosen.has(a)) ?? r.areas.find((a) => catalogue.areas.has(a)) ?? '';
}

/**
 * Groups the project's requirements by area, then category, in catalogue order, and numbers
 * them K-<section>.<n>. A requirement sits under its listed area (see listedArea), so numbering
 * is stable while the project's choices stay the same. The project's own order decides the order
 * inside a category.
 */
export function assembleSpecification(
  project: Project,
  catalogue: Catalogue,
  lang: Language = project.language,
  resolve: (sel: SelectedRequirement) => ResolvedRequirement = (sel) => resolveRequirement(sel, catalogue, lang),
): Specification {
  const chosen = new Set(project.before.areas);
  const areaOrder = [...catalogue.areas.keys()];
  const byArea = new Map<string, ResolvedRequirement[]>();
  for (const sel of project.requirements) {
    const r = resolve(sel);
    const areaId = listedArea(sel, r, chosen, catalogue);
    const list = byArea.get(areaId) ?? [];
    list.push(r);
    byArea.set(areaId, list);
  }
  const areaIds = [...byArea.keys()].sort((a, b) => {
    const ia = a === '' ? Infinity : areaOrder.indexOf(a);
    const ib = b === '' ? Infinity : areaOrder.indexOf(b);
    return ia - ib;
  });
  const sections: SpecificationSection[] = [];
  const all: NumberedRequirement[] = [];
  areaIds.forEach((areaId, i) => {
    const index = i + 1;
    const reqs = byArea.get(areaId) ?? [];
    const categories = [...new Set(reqs.map((r) => r.category))].sort((a, b) => categoryRank(a) - categoryRank(b));
    let n = 0;
    const section: SpecificationSection = {
      areaId,
      index,
      categories: categories.map((category) => ({
        category,
        requirements: reqs
          .filter((r) => r.category === category)
          .map((requirement) => {
            const numbered = { number: `K-${index}.${++n}`, requirement };
            all.push(numbered);
            return numbered;
          }),
      })),
    };
    sections.push(section);
  });
  return { sections, requirements: all };
}

/** A requirement's visible neighbours: the requirements just before and after it in its area and category. */
export interface Neighbours {
  prev?: string;
  next?: string;
}

/**
 * Each requirement's neighbours inside its displayed group (area, then category). Moving a
 * requirement up or down swaps it with one of these; past a group's ends there is nothing to
 * swap with, because the document order across groups is decided by area and category.
 */
export function neighbours(spec: Specification): Map<string, Neighbours> {
  const out = new Map<string, Neighbours>();
  for (const section of spec.sections) {
    for (const { requirements } of section.categories) {
      requirements.forEach((n, i) => {
        const entry: Neighbours = {};
        if (i > 0) entry.prev = requirements[i - 1]!.requirement.uid;
        if (i < requirements.length - 1) entry.next = requirements[i + 1]!.requirement.uid;
        out.set(n.requirement.uid, entry);
      });
    }
  }
  return out;
}
