import type { Catalogue } from '../../../src/domain/catalogue/catalogue';
import { toProjectFile } from '../../../src/domain/files/project-file';
import type { Language, ProjectFile, SelectedRequirement } from '../../../src/domain/model';
import { createProject } from '../../../src/domain/project/create';

/**
 * A project with `count` requirements drawn from the catalogue in turn (templates repeat when the
 * library has fewer), parameters at their defaults: the size a bloated real tender reaches.
 */
export function bigProject(catalogue: Catalogue, count: number, lang: Language = 'sv'): ProjectFile {
  const templates = [...catalogue.templates.values()];
  const now = new Date().toISOString();
  const project = createProject({ id: `bench-${count}`, title: `Prestandatest ${count} krav`, language: lang, now });
  const requirements: SelectedRequirement[] = Array.from({ length: count }, (_, i) => {
    const { template: t, packId } = templates[i % templates.length];
    return {
      uid: `r${i}`,
      templateId: t.id,
      templateVersion: t.version,
      packId,
      kind: t.kind,
      values: Object.fromEntries(t.parameters.map((p) => [p.name, p.default])),
      addedBy: 'library',
    };
  });
  return toProjectFile({ ...project, before: { ...project.before, areas: [...catalogue.areas.keys()] }, requirements }, now);
}
