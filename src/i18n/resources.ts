import type { Language } from '../domain/model';

/**
 * The i18n catalogue: src/i18n/locales/<lang>/<namespace>.json. Every namespace file found is
 * loaded, so a feature adds its own file without touching a central list. Only the language in use
 * is loaded, on demand, to keep the first page small.
 */
const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { import: 'default' });

export type Resources = Record<string, Record<string, Record<string, unknown>>>;

export async function loadLanguageBundle(lang: Language): Promise<Record<string, Record<string, unknown>>> {
  const entries = Object.entries(files).filter(([path]) => path.startsWith(`./locales/${lang}/`));
  const loaded = await Promise.all(entries.map(async ([path, load]) => [/([\w-]+)\.json$/.exec(path)![1], await load()] as const));
  return Object.fromEntries(loaded);
}

export async function bundledResources(lang: Language): Promise<Resources> {
  return { [lang]: await loadLanguageBundle(lang) };
}
