/**
 * Sentence bounds and negation: "may not", "får inte", "må ikke", "without", "aldrig" before a
 * word in the same sentence turn its meaning around, which matters for transfers, own purposes,
 * marketing and AI training. "Only" ("må kun ske efter dokumenteret instruks") counts too: a
 * transfer the buyer must approve is under the buyer's control, not a term the supplier imposes.
 */
const NEGATORS = /(?<![\p{L}])(not|never|no|nor|without|neither|cannot|inte|ej|aldrig|icke|inga|ingen|inget|varken|ikke|aldrig|intet|hverken|uden|utan|förbjud\p{L}*|prohibit\p{L}*|forbud\p{L}*|forbyd\p{L}*)(?![\p{L}])/iu;

// A full stop or colon between digits separates thousands or hours ("25.000 kr.", "08.00"); it ends no sentence.
const START_MARK = /[;!?\n]|[.:](?!\d)|(?<!\d)[.:]/g;
const END_MARK = /[;!?\n]|\.(?!\d)|(?<!\d)\./g;
const ABBREVIATION = /(?<![\p{L}])(?:inc|ltd|corp|co|nr|pkt|jf|jfr|inkl|ekskl|exkl|kr|pr|ca|kap|art|resp|bl\.a|f\.eks|t\.ex|e\.g|i\.e|b\.v|n\.v|s\.k|m\.fl|dvs|evt|iht|vedr)$/iu;

/**
 * "Helpline Software Inc. i USA", "1.150 kr. pr. time ekskl. moms": the dot closes an abbreviation
 * and the sentence goes on, in lower case, a digit or a comma.
 */
function abbreviationDot(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 8), dot);
  // "d.o.o. i Serbien", "J. Smith": single letters with dots are abbreviations too.
  if (text[dot] !== '.' || !(ABBREVIATION.test(before) || /(?<![\p{L}])\p{L}$/u.test(before))) return false;
  const next = /\S/u.exec(text.slice(dot + 1, dot + 4));
  return next !== null && /[\p{Ll}\d,]/u.test(next[0]);
}

export function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - 600);
  const before = text.slice(from, at);
  let last = -1;
  for (const m of before.matchAll(START_MARK)) {
    // A mark at the very end of the slice may be followed by a digit outside it.
    if (m[0] === '.' || m[0] === ':') {
      const next = text[from + m.index + 1];
      const prev = text[from + m.index - 1];
      if (next !== undefined && /\d/.test(next) && prev !== undefined && /\d/.test(prev)) continue;
      if (abbreviationDot(text, from + m.index)) continue;
    }
    last = m.index;
  }
  return last >= 0 ? from + last + 1 : from;
}

export function sentenceEnd(text: string, at: number): number {
  const slice = text.slice(at, at + 601);
  for (const m of slice.matchAll(END_MARK)) {
    if (m.index >= 600) break;
    if (!abbreviationDot(text, at + m.index)) return at + m.index + 1;
  }
  return Math.min(text.length, at + 600);
}

// "Överföring till tredjeland får inte ske", "transfers … are not permitted": the negation follows.
const TRAILING_NEGATION =
  /(?<![\p{L}])(?:(?:får|ska|skall|kommer att|may|shall|will|must|can|må|skal|kan|vil)\s+(?:inte|ej|aldrig|icke|not|never|ikke|aldrig)|(?:är|er|is|are)\s+(?:inte|ej|ikke|not)\s+(?:tillåt\p{L}*|tilladt|permitted|allowed)|prohibited|forbudt|förbjud\p{L}*)(?![\p{L}])/iu;

// "Only … after documented instructions", "må kun ske efter", "får endast ske med godkännande":
// permission bound to the buyer's say. "Only in the United States" has no condition and is not.
const ONLY = /(?<![\p{L}])(only|endast|enbart|bara|kun|alene|udelukkende|uteslutande)(?![\p{L}])/iu;
const CONDITION = /(?<![\p{L}])(efter|med|with|on|upon|subject to|if|om|hvis|när|når|where|provided|förutsatt|forudsat|såvida)(?![\p{L}])/iu;

/**
 * How the sentence qualifies a word: `negated` (a negating word before it, or a negated verb after it),
 * `conditional` ("only … after documented instructions"), or not at all.
 */
// "Without restriction in time", "utan dröjsmål", "uden beregning" qualify how, not whether.
const NOT_A_NEGATION = /(?<![\p{L}])(?:without (?:any )?(?:restriction|limitation|charge|delay|undue delay|prejudice|notice)|utan (?:begränsning|dröjsmål|onödigt dröjsmål|kostnad|extra kostnad)|uden (?:begrænsning|ophold|ugrundet ophold|beregning|unødig forsinkelse))(?![\p{L}])/giu;

export function qualification(text: string, at: number, end?: number): 'negated' | 'conditional' | undefined {
  const before = text.slice(sentenceStart(text, at), at).replace(NOT_A_NEGATION, ' ');
  if (NEGATORS.test(before)) return 'negated';
  if (end === undefined) return undefined;
  const after = text.slice(end, sentenceEnd(text, end));
  if (TRAILING_NEGATION.test(after)) return 'negated';
  return (ONLY.test(before) || ONLY.test(after)) && CONDITION.test(after) ? 'conditional' : undefined;
}

/** Negated or made conditional on the buyer's say: either way not a term the supplier imposes. */
export function isNegated(text: string, at: number, end?: number): boolean {
  return qualification(text, at, end) !== undefined;
}

/** A negating word inside a phrase ("forlænges ikke automatisk", "förlängs inte automatiskt"). */
export function containsNegation(phrase: string): boolean {
  return NEGATORS.test(phrase);
}
