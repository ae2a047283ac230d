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
 * Groups the project's requirements by area, then category, in catalogue order, and numbers
 * them K-<section>.<n>. A requirement sits under the first of its areas the project chose (else
 * its first area), so numbering is stable while the project's choices stay the same. The project's
 * own order decides the order inside a category.
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
    const areaId = r.areas.find((a) => chosen.has(a)) ?? r.areas.find((a) => catalogue.areas.has(a)) ?? '';
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
