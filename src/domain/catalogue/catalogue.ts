import type { Area, ChecklistItem, RequirementTemplate, Standard, TemplatePackFile } from '../model';
import { lintTemplate, type TemplateProblem } from './template-lint';

/** A template together with the pack it came from ("copy wisely": show where it came from). */
export interface CatalogueTemplate {
  template: RequirementTemplate;
  packId: string;
}

export interface Catalogue {
  packs: readonly TemplatePackFile[];
  areas: ReadonlyMap<string, Area>;
  standards: ReadonlyMap<string, Standard>;
  templates: ReadonlyMap<string, CatalogueTemplate>;
  checklist: readonly (ChecklistItem & { packId: string })[];
}

export type CatalogueProblem =
  | { code: 'catalogue.idClash'; kind: 'area' | 'standard' | 'template' | 'checklist'; id: string; packs: [string, string] }
  | { code: 'catalogue.packClash'; id: string }
  | { code: 'catalogue.unknownArea'; ownerId: string; id: string }
  | { code: 'catalogue.unknownStandard'; ownerId: string; id: string }
  | { code: 'catalogue.unknownTemplate'; ownerId: string; id: string }
  | { code: 'catalogue.templateProblem'; problem: TemplateProblem };

/**
 * Combines packs into one catalogue and reports every clash and dangling reference. Packs may use
 * areas and standards defined by another pack, so references are checked here, not per pack.
 */
export function buildCatalogue(packs: readonly TemplatePackFile[]): { catalogue: Catalogue; problems: CatalogueProblem[] } {
  const problems: CatalogueProblem[] = [];
  const areas = new Map<string, Area>();
  const standards = new Map<string, Standard>();
  const templates = new Map<string, CatalogueTemplate>();
  const checklist: (ChecklistItem & { packId: string })[] = [];
  const owners = new Map<string, string>();
  const packIds = new Set<string>();

  const claim = (kind: 'area' | 'standard' | 'template' | 'checklist', id: string, packId: string): boolean => {
    const key = `${kind}:${id}`;
    const prior = owners.get(key);
    if (prior !== undefined) {
      problems.push({ code: 'catalogue.idClash', kind, id, packs: [prior, packId] });
      return false;
    }
    owners.set(key, packId);
    return true;
  };

  for (const pack of packs) {
    const packId = pack.pack.id;
    if (packIds.has(packId)) problems.push({ code: 'catalogue.packClash', id: packId });
    packIds.add(packId);
    for (const a of pack.areas) if (claim('area', a.id, packId)) areas.set(a.id, a);
    for (const s of pack.standards) if (claim('standard', s.id, packId)) standards.set(s.id, s);
    for (const t of pack.templates) if (claim('template', t.id, packId)) templates.set(t.id, { template: t, packId });
    for (const c of pack.checklist) if (claim('checklist', c.id, packId)) checklist.push({ ...c, packId });
  }

  for (const s of standards.values()) {
    for (const a of s.areas) if (!areas.has(a)) problems.push({ code: 'catalogue.unknownArea', ownerId: s.id, id: a });
  }
  for (const { template: t } of templates.values()) {
    for (const a of t.areas) if (!areas.has(a)) problems.push({ code: 'catalogue.unknownArea', ownerId: t.id, id: a });
    for (const s of t.standards) {
      if (!standards.has(s)) problems.push({ code: 'catalogue.unknownStandard', ownerId: t.id, id: s });
    }
    for (const s of t.suggestWhen?.standards ?? []) {
      if (!standards.has(s)) problems.push({ code: 'catalogue.unknownStandard', ownerId: t.id, id: s });
    }
    for (const problem of lintTemplate(t)) problems.push({ code: 'catalogue.templateProblem', problem });
  }
  for (const c of checklist) {
    for (const id of c.templates ?? []) {
      if (!templates.has(id)) problems.push({ code: 'catalogue.unknownTemplate', ownerId: c.id, id });
    }
  }
  return { catalogue: { packs, areas, standards, templates, checklist }, problems };
}
