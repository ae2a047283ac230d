import i18next, { type i18n as I18n } from 'i18next';
import type { Language } from '../domain/model';
import type { Resources } from './resources';

export const UI_LANGUAGES: readonly Language[] = ['sv', 'da', 'en'];
export const LOCALE_OF: Record<Language, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };

/** One i18next instance per runtime (the app or the CLI), created from the catalogue files. */
export async function createI18n(resources: Resources, lng: Language): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.init({
    resources,
    lng,
    fallbackLng: false,
    supportedLngs: [...UI_LANGUAGES],
    ns: Object.keys(resources[lng] ?? resources.en ?? {}),
    // Only the language in use is loaded; every key exists in all three (tests/unit/i18n pins that).
    partialBundledLanguages: true,
    defaultNS: 'common',
    fallbackNS: 'common',
    interpolation: { escapeValue: false }, // React escapes; the docx writer escapes XML itself
    returnNull: false,
    showSupportNotice: false,
  });
  return instance;
}

export function formatNumber(value: number, lang: Language, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(LOCALE_OF[lang], options).format(value);
}

export function formatDate(iso: string, lang: Language, withTime = false): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE_OF[lang], withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' }).format(d);
}
