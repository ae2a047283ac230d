import { readFileSync } from 'node:fs';
import type { TFunction } from 'i18next';
import { buildCatalogue, type Catalogue } from '../../../src/domain/catalogue/catalogue';
import type { Language, Project, TemplatePackFile } from '../../../src/domain/model';
import { cliI18n } from '../../../src/cli/node-i18n';

export const miniPack = JSON.parse(readFileSync('tests/fixtures/packs/mini-pack.json', 'utf8')) as TemplatePackFile;
export const miniProject = (JSON.parse(readFileSync('tests/fixtures/projects/mini-project.json', 'utf8')) as { project: Project }).project;
export const miniCatalogue: Catalogue = buildCatalogue([miniPack]).catalogue;

const translators = new Map<Language, TFunction>();
/** Translation fixed to a document language, from the same catalogue files the app ships. */
export async function documentText(lang: Language): Promise<TFunction> {
  let t = translators.get(lang);
  if (!t) translators.set(lang, (t = (await cliI18n(lang)).getFixedT(lang)));
  return t;
}
