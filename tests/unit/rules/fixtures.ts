import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCatalogue, type Catalogue } from '../../../src/domain/catalogue/catalogue';
import type { Project, TemplatePackFile } from '../../../src/domain/model';

const fixture = (rel: string): string => fileURLToPath(new URL(`../../fixtures/${rel}`, import.meta.url));

export function loadPack(name: string): TemplatePackFile {
  return JSON.parse(readFileSync(fixture(`packs/${name}.json`), 'utf8')) as TemplatePackFile;
}

export function catalogueOf(...names: string[]): Catalogue {
  return buildCatalogue(names.map(loadPack)).catalogue;
}

/** A fresh copy of the mini project each call, so tests cannot leak edits into each other. */
export function miniProject(): Project {
  const file = JSON.parse(readFileSync(fixture('projects/mini-project.json'), 'utf8')) as { project: Project };
  return file.project;
}

/** A project over the rules pack with the given answers and no requirements yet. */
export function rulesProject(before: Partial<Project['before']> = {}): Project {
  const p = miniProject();
  return {
    ...p,
    before: {
      ...p.before,
      areas: ['learning-platform'],
      standards: [],
      classification: { confidentiality: 2, integrity: 2, availability: 2, personalData: false },
      ...before,
    },
    requirements: [],
  };
}

export function counter(prefix = 'u'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}
