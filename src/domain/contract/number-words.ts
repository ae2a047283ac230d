/**
 * Numbers written as words in Swedish, Danish and English, up to 99 ("trettio", "tredive",
 * "thirty", "fyrtioåtta", "otteogfyrre", "forty-eight"), folded to lower case.
 */
const UNITS: Record<string, string[]> = {
  sv: ['', 'ett|en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio'],
  da: ['', 'et|en', 'to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni'],
  en: ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
};
const TEENS: Record<string, string[]> = {
  sv: ['tio', 'elva', 'tolv', 'tretton', 'fjorton', 'femton', 'sexton', 'sjutton', 'arton', 'nitton'],
  da: ['ti', 'elleve', 'tolv', 'tretten', 'fjorten', 'femten', 'seksten', 'sytten', 'atten', 'nitten'],
  en: ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'],
};
const TENS: Record<string, string[]> = {
  sv: ['', '', 'tjugo', 'trettio', 'fyrtio', 'femtio', 'sextio', 'sjuttio', 'åttio', 'nittio'],
  da: ['', '', 'tyve', 'tredive', 'fyrre', 'halvtreds', 'tres', 'halvfjerds', 'firs', 'halvfems'],
  en: ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'],
};

function build(): Map<string, number> {
  const m = new Map<string, number>();
  const add = (words: string, n: number) => words.split('|').forEach((w) => m.has(w) || m.set(w, n));
  for (const lang of ['sv', 'da', 'en']) {
    UNITS[lang].forEach((u, i) => i && add(u, i));
    TEENS[lang].forEach((t, i) => add(t, 10 + i));
    TENS[lang].forEach((t, i) => {
      if (!t) return;
      add(t, i * 10);
      for (let u = 1; u < 10; u++) {
        for (const uw of UNITS[lang][u].split('|')) {
          if (uw === 'a' || (lang !== 'da' && uw === 'en')) continue;
          if (lang === 'sv') add(t + uw, i * 10 + u);
          if (lang === 'da') add(`${uw}og${t}`, i * 10 + u);
          if (lang === 'en') {
            add(`${t}-${uw}`, i * 10 + u);
            add(`${t} ${uw}`, i * 10 + u);
          }
        }
      }
    });
  }
  add('hundra|etthundra|hundrede|ethundrede|hundred|one hundred', 100);
  return m;
}

export const NUMBER_WORDS: ReadonlyMap<string, number> = build();

/** A regex alternation of every number word, longest first so "fyrtioåtta" wins over "fyrtio". */
export const NUMBER_WORD_PATTERN = [...NUMBER_WORDS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[-\s]/g, '[-\\s]'))
  .join('|');
