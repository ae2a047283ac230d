import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { i18n as I18n } from 'i18next';
import { createI18n } from '../i18n';
import type { Resources } from '../i18n/resources';
import type { Language } from '../domain/model';

const localesDir = join(dirname(fileURLToPath(import.meta.url)), '../i18n/locales');

/** The same catalogue the app bundles, read from disk for the CLI. */
export function readResources(): Resources {
  const out: Resources = {};
  for (const lang of readdirSync(localesDir)) {
    for (const file of readdirSync(join(localesDir, lang)).filter((f) => f.endsWith('.json'))) {
      (out[lang] ??= {})[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(localesDir, lang, file), 'utf8'));
    }
  }
  return out;
}

export function cliLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  const raw = (env.KRAVKIT_LANG ?? env.LANG ?? 'en').slice(0, 2).toLowerCase();
  return raw === 'sv' || raw === 'da' ? raw : 'en';
}

export function cliI18n(lang: Language = cliLanguage()): Promise<I18n> {
  return createI18n(readResources(), lang);
}
