import type { Language } from '../../domain/model';

const KEY = 'kravkit.language';

function isLanguage(v: unknown): v is Language {
  return v === 'sv' || v === 'da' || v === 'en';
}

/** The remembered interface language, else the browser's, else Swedish. */
export function initialLanguage(): Language {
  try {
    const saved = localStorage.getItem(KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    // storage may be blocked; fall through to the browser's language
  }
  const nav = (navigator.language || 'sv').slice(0, 2).toLowerCase();
  return nav === 'da' ? 'da' : nav === 'en' ? 'en' : 'sv';
}

export function rememberLanguage(lang: Language): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // not remembered, but the switch still applies for this visit
  }
}

export function applyDocumentLanguage(lang: Language): void {
  document.documentElement.lang = lang;
}
