import MiniSearch from 'minisearch';
import type { Catalogue } from '../catalogue/catalogue';
import type { LocalizedText, RequirementTemplate } from '../model';
import { compoundHeads, foldNordic, STOP_WORDS, tokenize } from './nordic-terms';

/** Each filter keeps templates matching any of its values; filters combine with AND. */
export interface TemplateFilters {
  areas?: readonly string[];
  standards?: readonly string[];
  phases?: readonly RequirementTemplate['phase'][];
  categories?: readonly RequirementTemplate['category'][];
  kinds?: readonly RequirementTemplate['kind'][];
}

export interface TemplateHit {
  id: string;
  score: number;
}

export interface TemplateSearch {
  /** Best first; an empty query gives every template the filters keep, in catalogue order, score 0. */
  search(query: string, filters?: TemplateFilters): TemplateHit[];
  readonly size: number;
}

/** Fuzziness as a share of the term's length (0.2: one typo in five letters). */
export const FUZZY = 0.2;
/** Terms shorter than this are matched without typos: one edit in a short word is another word. */
const MIN_FUZZY_LENGTH = 5;
/** At most two edits, however long the word: Nordic compounds are long and wider fuzziness is slow and vague. */
const MAX_FUZZY = 2;
/** Shorter terms match whole words only: `fo` or `ai` as prefixes would match half the library. */
const MIN_PREFIX_LENGTH = 3;
const BOOST = { title: 3, keywords: 2, id: 2, standards: 1.5, text: 1, motive: 0.5 } as const;
const FIELDS = Object.keys(BOOST) as (keyof typeof BOOST)[];

type Doc = Record<(typeof FIELDS)[number], string> & { key: number };

const allLanguages = (t: LocalizedText | undefined): string => (t ? [t.sv, t.da, t.en].filter(Boolean).join(' \n ') : '');

function documentOf(t: RequirementTemplate, key: number, catalogue: Catalogue): Doc {
  const kw = t.keywords;
  return {
    key,
    id: t.id,
    title: allLanguages(t.title),
    text: allLanguages(t.text),
    motive: allLanguages(t.motive),
    keywords: kw ? [...(kw.sv ?? []), ...(kw.da ?? []), ...(kw.en ?? [])].join(' \n ') : '',
    standards: t.standards.map((s) => `${s} ${catalogue.standards.get(s)?.name ?? ''} ${allLanguages(catalogue.standards.get(s)?.title)}`).join(' \n '),
  };
}

const anyOf = <T>(wanted: readonly T[] | undefined, have: readonly T[]): boolean =>
  !wanted || wanted.length === 0 || have.some((h) => wanted.includes(h));

function keeps(t: RequirementTemplate, f: TemplateFilters): boolean {
  return (
    anyOf(f.areas, t.areas) &&
    anyOf(f.standards, t.standards) &&
    anyOf(f.phases, [t.phase]) &&
    anyOf(f.categories, [t.category]) &&
    anyOf(f.kinds, [t.kind])
  );
}

const noFilter = (f: TemplateFilters | undefined): boolean =>
  !f || Object.values(f).every((v) => v === undefined || (Array.isArray(v) && v.length === 0));

/**
 * A full-text index over the catalogue's templates in all three languages. Words are folded
 * (å→a, æ→a, ø→o, accents dropped) in the index and the query alike, so Nordic letters match with
 * or without them; compounds are also indexed under their heads; queries match by prefix and with
 * small typos, titles weigh most.
 */
export function buildTemplateSearch(catalogue: Catalogue): TemplateSearch {
  const templates = [...catalogue.templates.values()].map((e) => e.template);
  const docs = templates.map((t, key) => documentOf(t, key, catalogue));

  // Compound heads are only trusted when they occur as words of their own somewhere in the library.
  // Folding is cached per raw word: the library repeats the same few thousand words many times.
  const folds = new Map<string, string>();
  const fold = (w: string): string => {
    let f = folds.get(w);
    if (f === undefined) {
      f = foldNordic(w);
      folds.set(w, f);
    }
    return f;
  };
  const vocabulary = new Set<string>();
  for (const d of docs) for (const f of FIELDS) for (const w of tokenize(d[f])) vocabulary.add(fold(w));
  const headsCache = new Map<string, string[]>();
  const indexTerm = (term: string): string[] => {
    let heads = headsCache.get(term);
    if (!heads) {
      const folded = fold(term);
      heads = STOP_WORDS.has(folded) ? [] : [folded, ...compoundHeads(folded, vocabulary)];
      headsCache.set(term, heads);
    }
    return heads;
  };

  const index = new MiniSearch<Doc>({
    idField: 'key',
    fields: FIELDS,
    tokenize,
    processTerm: indexTerm,
    searchOptions: {
      processTerm: (term) => {
        const folded = foldNordic(term);
        return STOP_WORDS.has(folded) ? null : folded;
      },
      // Only the word being typed is a prefix; earlier words of the query are complete.
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= MIN_PREFIX_LENGTH,
      fuzzy: (term) => (term.length >= MIN_FUZZY_LENGTH ? FUZZY : false),
      maxFuzzy: MAX_FUZZY,
      boost: BOOST,
    },
  });
  index.addAll(docs);

  return {
    size: templates.length,
    search(query: string, filters?: TemplateFilters): TemplateHit[] {
      const f = filters ?? {};
      if (query.trim() === '' || tokenize(query).length === 0) {
        return templates.filter((t) => keeps(t, f)).map((t) => ({ id: t.id, score: 0 }));
      }
      const filter = noFilter(filters) ? undefined : (r: { id: number }) => keeps(templates[r.id] as RequirementTemplate, f);
      // Every word must match when that finds anything; otherwise any word, so a long query still answers.
      let results = index.search(query, { combineWith: 'AND', filter });
      if (results.length === 0) results = index.search(query, { combineWith: 'OR', filter });
      return results.map((r) => ({ id: (templates[r.id as number] as RequirementTemplate).id, score: r.score }));
    },
  };
}
