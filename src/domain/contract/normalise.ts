import type { Language } from '../model';

/**
 * A light, language-aware normaliser: lower case, accents folded where the Nordic alphabets do not
 * make them letters of their own (é→e, but å, ä, ö, æ, ø stay), words split, inflection suffixes
 * stripped. Matching then compares stems by prefix, so compounds and inflections meet:
 * `underbiträden` and `underbiträde` share `underbiträd`, `sub-processors` becomes `subprocessor`.
 */

const FOLD: Record<string, string> = { é: 'e', è: 'e', ê: 'e', ë: 'e', á: 'a', à: 'a', â: 'a', í: 'i', ì: 'i', ó: 'o', ò: 'o', ô: 'o', ú: 'u', ù: 'u', ü: 'u' };

// Longest first; a suffix is only stripped when a stem of at least MIN_STEM letters remains.
const SUFFIXES: Record<Language, string[]> = {
  sv: ['arnas', 'ernas', 'ornas', 'heten', 'heter', 'arna', 'erna', 'orna', 'ande', 'ende', 'ares', 'aste', 'ade', 'are', 'ast', 'het', 'ens', 'ets', 'ar', 'er', 'or', 'en', 'et', 'na', 'as', 'es', 'a', 'e', 's'],
  da: ['erens', 'ernes', 'elser', 'ende', 'erne', 'ene', 'ens', 'ers', 'ets', 'ede', 'hed', 'er', 'en', 'et', 'es', 'e', 's'],
  en: ['ations', 'ation', 'ings', 'ing', 'ies', 'ied', 'ers', 'ed', 'es', 'er', 'ly', 's', 'e'],
};
const MIN_STEM = 4;

export interface Token {
  /** The word as written, lower-cased and folded. */
  word: string;
  stem: string;
  /** Character range in the source text. */
  start: number;
  end: number;
}

/** Lower case and safe accent folding; keeps the length so token offsets point into the source. */
export function fold(s: string): string {
  let lower = s.toLowerCase();
  // A few letters change length when lower-cased (İ); keep those as written.
  if (lower.length !== s.length) lower = Array.from(s, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
  return lower.replace(/[éèêëáàâíìóòôúùü]/g, (c) => FOLD[c] ?? c);
}

/** Strips one inflection suffix (the longest that leaves a usable stem) for the language. */
export function stem(word: string, lang: Language | 'all'): string {
  if (word.length <= MIN_STEM || /\d/.test(word)) return word;
  const lists = lang === 'all' ? [SUFFIXES.sv, SUFFIXES.da, SUFFIXES.en] : [SUFFIXES[lang]];
  let best = word;
  for (const list of lists) {
    for (const s of list) {
      if (word.endsWith(s) && word.length - s.length >= MIN_STEM) {
        const cand = word.slice(0, -s.length);
        if (cand.length < best.length) best = cand;
        break;
      }
    }
  }
  return best;
}

// A word: letters and digits, with in-word hyphens joined (sub-processor → subprocessor) but
// a hyphen before a space kept apart (Swedish "personuppgifts- och säkerhetsincident").
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

export function tokenize(text: string, lang: Language | 'all'): Token[] {
  const out: Token[] = [];
  const folded = fold(text);
  for (const m of folded.matchAll(WORD)) {
    const word = m[0].replace(/-/g, '');
    out.push({ word, stem: stem(word, lang), start: m.index, end: m.index + m[0].length });
  }
  return out;
}
