import { LANGUAGES } from '../model';
import type { Catalogue } from './catalogue';

export interface CatalogueCounts {
  packs: number;
  areas: number;
  standards: number;
  templates: number;
  templatesInAllLanguages: number;
  withContractEvidence: number;
  checklistItems: number;
  checklistByPhase: Record<'before' | 'during' | 'after', number>;
}

/** The content counts the library promises (printed by `catalog`, pinned by tests). */
export function catalogueCounts(catalogue: Catalogue): CatalogueCounts {
  const templates = [...catalogue.templates.values()].map((e) => e.template);
  const byPhase = { before: 0, during: 0, after: 0 };
  for (const c of catalogue.checklist) byPhase[c.phase]++;
  return {
    packs: catalogue.packs.length,
    areas: catalogue.areas.size,
    standards: catalogue.standards.size,
    templates: templates.length,
    templatesInAllLanguages: templates.filter((t) => LANGUAGES.every((l) => t.text[l] && t.title[l] && t.motive[l] && t.verification[l])).length,
    withContractEvidence: templates.filter((t) => t.contractEvidence).length,
    checklistItems: catalogue.checklist.length,
    checklistByPhase: byPhase,
  };
}
