import type { Language } from '../model';
import { clauseText, type Clause } from './clause';
import { tokenize, type Token } from './normalise';

/**
 * Retrieval over a contract's clauses: an inverted index of word stems with positions, so a
 * template's evidence terms (words or short phrases) can be found in every inflection and as the
 * head of compounds, and each clause can be scored by how many distinct terms it carries.
 */

export interface IndexedClause {
  clause: Clause;
  text: string;
  tokens: Token[];
  /** Tokens before this index belong to the heading. */
  headingTokens: number;
}

export interface TermHit {
  term: number;
  /** Token index range [from, to] of the match. */
  from: number;
  to: number;
}

export interface ClauseMatch {
  clause: number;
  /** Every matched occurrence, built on first use from the shared per-term spans. */
  readonly hits: TermHit[];
  /** Distinct terms matched. */
  terms: Set<number>;
  headingHit: boolean;
  score: number;
  /** The smallest share of clauses any matched term occurs in: low means a specific term matched. */
  rarestShare: number;
  /** Distinct subject words matched (see search). */
  strength: number;
  /** A specific subject word in both the heading and the body. */
  anchored: boolean;
}

export interface TermSearch {
  matches: ClauseMatch[];
  /** How many distinct subject words the requirement's terms hold. */
  subjectGroups: number;
}

// Words that state a value or its unit, not a subject.
const VALUE_WORDS = /^(?:\d+|%|dag|dagar|dagars|dage|dages|day|days|timme|timmar|timmars|time|timer|hour|hours|vecka|veckor|uge|uger|week|weeks|månad|månader|månaders|måned|måneder|month|months|år|year|years|sekund|sekunder|second|seconds|procent|percent|per|efter|innan|före|after|before|inom|inden|within|senest|no|later|than|högst|mindst|minst|at|least|most)$/;

/**
 * Terms grouped by their first subject word's stem, so inflections of one word are one group
 * ("raderas", "radering"); undefined for terms that are only value words ("dagar efter").
 */
export function termGroups(terms: readonly string[], lang: Language): (string | undefined)[] {
  const keys = terms.map((t) => tokenize(t, lang).find((w) => !VALUE_WORDS.test(w.word))?.stem);
  return keys.map((k) => {
    if (k === undefined) return undefined;
    // The shortest key that is a prefix of this one (or this one of it) names the group.
    const related = keys.filter((o): o is string => o !== undefined && o.length >= 4 && k.length >= 4 && (o.startsWith(k) || k.startsWith(o)));
    return related.sort((a, b) => a.length - b.length)[0] ?? k;
  });
}

type Span = { from: number; to: number };

/** A clause's matches kept as references to the index's cached spans; hits are built only if read. */
class Match implements ClauseMatch {
  terms = new Set<number>();
  headingHit = false;
  score = 0;
  rarestShare = 1;
  strength = 0;
  anchored = false;
  readonly spans: [number, readonly Span[]][] = [];
  private built?: TermHit[];
  constructor(readonly clause: number) {}
  get hits(): TermHit[] {
    this.built ??= this.spans.flatMap(([term, list]) => list.map((h) => ({ term, from: h.from, to: h.to })));
    return this.built;
  }
}

export class ClauseIndex {
  readonly clauses: IndexedClause[];
  private readonly postings = new Map<string, Map<number, number[]>>();
  private readonly vocabulary: string[];
  private readonly stemCache = new Map<string, string[]>();
  // Requirements share terms ("personuppgiftsincident", "underbiträde"); each is looked up once.
  private readonly termCache = new Map<string, Map<number, { from: number; to: number }[]>>();
  private readonly valueCache = new Map<string, unknown>();

  constructor(
    clauses: readonly Clause[],
    readonly language: Language,
  ) {
    this.clauses = clauses.map((clause) => {
      const text = clauseText(clause);
      const tokens = tokenize(text, language);
      const headingTokens = clause.heading ? tokenize(clause.heading, language).length : 0;
      return { clause, text, tokens, headingTokens };
    });
    this.clauses.forEach((c, ci) => {
      c.tokens.forEach((t, ti) => {
        let byClause = this.postings.get(t.stem);
        if (!byClause) this.postings.set(t.stem, (byClause = new Map()));
        const list = byClause.get(ci);
        if (list) list.push(ti);
        else byClause.set(ci, [ti]);
      });
    });
    this.vocabulary = [...this.postings.keys()].sort();
  }

  /**
   * The document stems a term word matches: the same stem; stems it begins (inflections and compounds
   * with it as the first part: underbiträd → underbiträdesavtal); and, for long stems, compounds with
   * it as the last part (incident → personuppgiftsincident).
   */
  private matchingStems(s: string): string[] {
    const cached = this.stemCache.get(s);
    if (cached) return cached;
    const out: string[] = [];
    if (s.length < 4 || /^\d+$/.test(s)) {
      if (this.postings.has(s)) out.push(s);
    } else {
      let lo = 0;
      let hi = this.vocabulary.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.vocabulary[mid] < s) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < this.vocabulary.length && this.vocabulary[i].startsWith(s); i++) out.push(this.vocabulary[i]);
      if (s.length >= 7) for (const v of this.vocabulary) if (v.length > s.length + 2 && v.endsWith(s)) out.push(v);
    }
    this.stemCache.set(s, out);
    return out;
  }

  /** Positions, per clause, where a single term word occurs. */
  private positions(s: string): Map<number, number[]> {
    const merged = new Map<number, number[]>();
    for (const stem of this.matchingStems(s)) {
      for (const [ci, list] of this.postings.get(stem)!) {
        const m = merged.get(ci);
        if (m) m.push(...list);
        else merged.set(ci, [...list]);
      }
    }
    for (const list of merged.values()) list.sort((a, b) => a - b);
    return merged;
  }

  /** Every occurrence of a term (a word or a phrase, words in order with at most two between). */
  findTerm(term: string, termIndex: number): Map<number, TermHit[]> {
    const out = new Map<number, TermHit[]>();
    for (const [ci, list] of this.spansOf(term)) out.set(ci, list.map((h) => ({ term: termIndex, ...h })));
    return out;
  }

  private spansOf(term: string): Map<number, Span[]> {
    let spans = this.termCache.get(term);
    if (!spans) this.termCache.set(term, (spans = this.findSpans(term)));
    return spans;
  }

  /** Memoised per clause and key: values extracted from a clause's text are the same for every requirement. */
  memo<T>(key: string, compute: () => T): T {
    if (this.valueCache.has(key)) return this.valueCache.get(key) as T;
    const v = compute();
    this.valueCache.set(key, v);
    return v;
  }

  private findSpans(term: string): Map<number, { from: number; to: number }[]> {
    const words = tokenize(term, this.language).map((t) => t.stem);
    const out = new Map<number, { from: number; to: number }[]>();
    if (words.length === 0) return out;
    const lists = words.map((w) => this.positions(w));
    for (const [ci, starts] of lists[0]) {
      if (!lists.every((l) => l.has(ci))) continue;
      for (const p of starts) {
        let at = p;
        let ok = true;
        for (let k = 1; k < words.length && ok; k++) {
          const next = lists[k].get(ci)!.find((q) => q > at && q <= at + 3);
          if (next === undefined) ok = false;
          else at = next;
        }
        if (!ok) continue;
        const hits = out.get(ci) ?? [];
        hits.push({ from: p, to: at });
        out.set(ci, hits);
      }
    }
    return out;
  }

  /**
   * The clauses that carry any of the terms, best first, each with its strength: how many distinct
   * subject words it carries. Words that do not tell subjects apart do not count: inflections of one
   * word ("raderas", "radering"), a word inside a matched phrase, value words ("dagar", "timmar",
   * "per månad") and, in a long contract, words in almost every clause ("personuppgiftsansvarig").
   */
  search(terms: readonly string[]): TermSearch {
    const byClause = new Map<number, Match>();
    const n = this.clauses.length || 1;
    const groups = termGroups(terms, this.language);
    const share: number[] = [];
    terms.forEach((term, ti) => {
      const found = this.spansOf(term);
      share[ti] = found.size / n;
      // Rare terms weigh more: a term in every clause says little about any of them.
      const idf = Math.log(1 + n / (1 + found.size));
      for (const [ci, hits] of found) {
        let m = byClause.get(ci);
        if (!m) byClause.set(ci, (m = new Match(ci)));
        // Only a subject word can make a clause specific; "timmar" or "dagar" in few clauses does not.
        if (groups[ti] !== undefined) m.rarestShare = Math.min(m.rarestShare, found.size / n);
        m.spans.push([ti, hits]);
        if (!m.terms.has(ti)) {
          m.terms.add(ti);
          m.score += idf;
        }
        if (hits.some((h) => h.from < this.clauses[ci].headingTokens)) {
          if (!m.headingHit) m.score += idf;
          m.headingHit = true;
        }
      }
    });
    const generic = (ti: number) => n >= 8 && share[ti] > 0.3;
    const counts = (ti: number) => groups[ti] !== undefined && !generic(ti);
    for (const m of byClause.values()) {
      // One term and no heading hit: a mention at most. Most clauses of a long contract end here.
      if (m.terms.size < 2 && !m.headingHit) {
        m.strength = [...m.terms].filter(counts).length;
        if (this.clauses[m.clause].clause.paragraphs.length === 0) m.score *= 0.5;
        continue;
      }
      // A word term inside a matched phrase ("instruks" in "dokumenteret instruks") is not a second term.
      for (const t of [...m.terms]) {
        const own = m.hits.filter((h) => h.term === t);
        const subsumed = own.every((h) => m.hits.some((o) => o.term !== t && o.to - o.from > h.to - h.from && o.from <= h.from && h.to <= o.to));
        if (subsumed && m.terms.size > 1) m.terms.delete(t);
      }
      m.strength = new Set([...m.terms].filter(counts).map((t) => groups[t])).size;
      // The heading and the body both name the subject with its first, naming term:
      // "3. Tystnadsplikt … omfattas av tystnadsplikt". Other terms are often shared between
      // requirements ("radering" in a clause on deletion says nothing about backups).
      const headingTokens = this.clauses[m.clause].headingTokens;
      const naming = (t: number) => groups[t] !== undefined && groups[t] === groups[0];
      m.anchored = [...m.terms].some(
        (t) => naming(t) && counts(t) && share[t] <= 0.15 && m.hits.some((h) => h.term === t && h.from < headingTokens) && m.hits.some((h) => h.term === t && h.from >= headingTokens),
      );
      // A bare heading ("8. Audits") is outranked by the clauses under it, which say what is agreed.
      if (this.clauses[m.clause].clause.paragraphs.length === 0) m.score *= 0.5;
    }
    const subjectGroups = new Set(groups.filter((g, ti) => g !== undefined && !generic(ti))).size;
    return { matches: [...byClause.values()].sort((a, b) => b.score - a.score || a.clause - b.clause), subjectGroups };
  }

  /** Character ranges in the clause text of a match's words. */
  highlights(m: ClauseMatch): [number, number][] {
    const tokens = this.clauses[m.clause].tokens;
    return m.hits.map((h) => [tokens[h.from].start, tokens[h.to].end] as [number, number]);
  }
}
