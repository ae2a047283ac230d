import type { Language } from '../model';

/**
 * Which of Swedish, Danish and English a contract is written in, by counting function words that
 * only one of the three uses (`och`/`og`/`and`, `inte`/`ikke`/`not`, `av`/`af`/`of` …).
 */
const FUNCTION_WORDS: Record<Language, ReadonlySet<string>> = {
  sv: new Set(['och', 'är', 'inte', 'av', 'ska', 'skall', 'från', 'också', 'detta', 'enligt', 'vid', 'där', 'eller', 'som', 'till', 'får', 'avtalet', 'sådana', 'ej', 'om', 'när', 'alla', 'dessa', 'personuppgifter']),
  da: new Set(['og', 'er', 'ikke', 'af', 'skal', 'fra', 'også', 'dette', 'ifølge', 'ved', 'hvor', 'eller', 'som', 'til', 'må', 'aftalen', 'sådanne', 'hvis', 'når', 'alle', 'disse', 'personoplysninger', 'jf']),
  en: new Set(['the', 'and', 'of', 'to', 'shall', 'is', 'not', 'from', 'this', 'with', 'by', 'which', 'or', 'any', 'be', 'agreement', 'such', 'if', 'when', 'all', 'these', 'personal', 'data']),
};

export function detectLanguage(text: string, fallback: Language = 'en'): Language {
  const counts: Record<Language, number> = { sv: 0, da: 0, en: 0 };
  // The first 200 000 characters decide: enough for any contract, cheap for a 400-page one.
  const sample = text.slice(0, 200_000).toLowerCase();
  for (const m of sample.matchAll(/\p{L}+/gu)) {
    const w = m[0];
    if (FUNCTION_WORDS.sv.has(w)) counts.sv++;
    if (FUNCTION_WORDS.da.has(w)) counts.da++;
    if (FUNCTION_WORDS.en.has(w)) counts.en++;
  }
  const best = (Object.keys(counts) as Language[]).sort((a, b) => counts[b] - counts[a])[0];
  return counts[best] === 0 ? fallback : best;
}
