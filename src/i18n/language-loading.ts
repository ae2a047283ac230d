import type { i18n as I18n } from 'i18next';
import type { Language } from '../domain/model';
import { loadLanguageBundle } from './resources';

/** Switches the interface language, loading its catalogue first if this visit has not yet. */
export async function switchLanguage(i18n: I18n, lang: Language): Promise<void> {
  if (!i18n.hasResourceBundle(lang, 'common')) {
    const bundle = await loadLanguageBundle(lang);
    for (const [ns, resources] of Object.entries(bundle)) i18n.addResourceBundle(lang, ns, resources, true, true);
  }
  await i18n.changeLanguage(lang);
}
