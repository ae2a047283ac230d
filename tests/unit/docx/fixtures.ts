import type { TFunction } from 'i18next';
import type { Language } from '../../../src/domain/model';
import { cliI18n } from '../../../src/cli/node-i18n';

export { miniCatalogue, miniPack, miniProject } from '../../support/fixtures';

const translators = new Map<Language, TFunction>();
/** Translation fixed to a document language, from the same catalogue files the app ships. */
export async function documentText(lang: Language): Promise<TFunction> {
  let t = translators.get(lang);
  if (!t) translators.set(lang, (t = (await cliI18n(lang)).getFixedT(lang)));
  return t;
}
