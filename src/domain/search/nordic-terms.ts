/**
 * Terms for searching Swedish, Danish and English requirement texts: letters folded so a query
 * matches with or without å ä ö æ ø and accents, and Nordic compounds split into their head word
 * so `databehandler` finds `underdatabehandler` and `incident` finds `personuppgiftsincident`.
 */

const FOLD: Record<string, string> = { æ: 'a', ø: 'o', ß: 'ss', ð: 'd', þ: 'th', œ: 'oe', ł: 'l' };

/** Lowercase, diacritics removed (å→a, ä→a, ö→o, é→e), æ→a and ø→o so Swedish ä and Danish æ meet. */
export function foldNordic(term: string): string {
  return term
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[æøßðþœł]/g, (c) => FOLD[c] ?? c);
}

/** Words split on anything that is not a letter or digit (ids like `privacy.breach-notification` too). */
export function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/** A compound's head must be at least this long, so short endings (`-er`, `-ing`) never count as words. */
const MIN_HEAD = 5;
/** A compound is at least this long before splitting is tried. */
const MIN_COMPOUND = 9;
/** Inflection endings a head may carry beyond the word as the vocabulary has it (`-en`, `-erne`, `-arna`). */
const MAX_ENDING = 4;

/**
 * The heads of a folded compound that occur as words of their own in the vocabulary, longest first
 * (`underdatabehandleren` → `databehandleren`, `behandleren` if those stand alone somewhere).
 */
export function compoundHeads(term: string, vocabulary: ReadonlySet<string>): string[] {
  if (term.length < MIN_COMPOUND) return [];
  const heads: string[] = [];
  for (let i = 3; i <= term.length - MIN_HEAD; i++) {
    const tail = term.slice(i);
    if (vocabulary.has(tail)) {
      heads.push(tail);
      continue;
    }
    for (let cut = 1; cut <= MAX_ENDING && tail.length - cut >= MIN_HEAD; cut++) {
      if (vocabulary.has(tail.slice(0, tail.length - cut))) {
        heads.push(tail);
        break;
      }
    }
  }
  return heads;
}

/**
 * Function words of the three languages (folded). They match nearly every requirement, so they
 * neither help ranking nor filtering, and leaving them out keeps the index small and queries fast.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // sv
  'och', 'att', 'av', 'for', 'pa', 'med', 'som', 'den', 'det', 'de', 'en', 'ett', 'till', 'om', 'ar', 'eller', 'inte', 'sa', 'vid', 'fran', 'nar', 'har', 'ska', 'kan', 'alla', 'sin', 'sina', 'dess', 'i',
  // da
  'og', 'af', 'til', 'med', 'som', 'der', 'et', 'er', 'ikke', 'nar', 'skal', 'kan', 'alle', 'sine', 'dens', 'pa', 'fra', 'ved', 'hvis',
  // en
  'the', 'and', 'of', 'to', 'in', 'for', 'on', 'with', 'by', 'or', 'an', 'a', 'is', 'be', 'as', 'at', 'shall', 'its', 'it', 'that', 'this', 'all', 'when', 'from', 'any', 'not',
]);
