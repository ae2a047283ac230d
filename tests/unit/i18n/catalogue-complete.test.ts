import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = 'src/i18n/locales';
const langs = ['sv', 'da', 'en'];

function keys(obj: unknown, prefix = ''): string[] {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return [prefix];
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

/** Plural forms differ per language (_one/_other); compare their base key. */
const base = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');

describe('the i18n catalogue', () => {
  const namespaces = new Set(langs.flatMap((l) => readdirSync(`${dir}/${l}`).filter((f) => f.endsWith('.json'))));
  for (const ns of namespaces) {
    it(`has every key of ${ns} in Swedish, Danish and English`, () => {
      const sets = langs.map((l) => {
        const text = readFileSync(`${dir}/${l}/${ns}`, 'utf8');
        return new Set(keys(JSON.parse(text)).map(base));
      });
      const all = new Set(sets.flatMap((s) => [...s]));
      const missing = langs.flatMap((l, i) => [...all].filter((k) => !sets[i].has(k)).map((k) => `${l}: ${k}`));
      expect(missing).toEqual([]);
    });
  }
});
