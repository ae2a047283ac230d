import type { i18n as I18n } from 'i18next';
import type { Language } from '../../../domain/model';
import { loadLanguageBundle } from '../../../i18n/resources';
import type { DocText } from '../../../io/docx';

/**
 * The document is written in the project's language, which may differ from the interface's:
 * that language's catalogue is loaded (once) next to the interface's without switching to it.
 */
export async function documentTranslator(i18n: I18n, lang: Language): Promise<DocText> {
  if (!i18n.hasResourceBundle(lang, 'export')) {
    const bundle = await loadLanguageBundle(lang);
    for (const [ns, resources] of Object.entries(bundle)) i18n.addResourceBundle(lang, ns, resources, true, false);
  }
  return i18n.getFixedT(lang) as DocText;
}
