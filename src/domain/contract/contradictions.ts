import type { Language, RiskFlag } from '../model';
import type { ResolvedRequirement } from '../requirement/resolve';
import { compareValues, type Compare } from './compare';
import { clauseEvidence } from './evidence';
import { placesIn } from './places';
import type { ClauseIndex, ClauseMatch } from './retrieval';
import { isNegated, sentenceEnd, sentenceStart } from './sentences';
import type { ContractValue, ExtractedValue } from './values';

/*
 * What in a contract contradicts a requirement beyond a stated value: a risky term the requirement
 * rules out (the supplier may change terms, renews automatically, may train AI on pupils' data), a
 * third-country transfer against a required region, contrary wording in a clause about the subject,
 * or a support language other than the one required.
 */

/**
 * The words that make a risky term risky, where its highlight is longer: in "har rätt att när som
 * helst ändra dessa villkor" it is "ändra", not "när som helst", so an export "at any time" is not a
 * change of terms; in "förlängs därefter automatiskt" it is "förlängs", so deletion "automatically"
 * is not a renewal.
 */
const RISK_CORE: Partial<Record<RiskFlag['code'], RegExp>> = {
  'unilateral-change': /ändr\p{L}*|uppdater\p{L}*|juster\p{L}*|revider\p{L}*|komplett\p{L}*|chang\p{L}*|modif\p{L}*|amend\p{L}*|updat\p{L}*|revis\p{L}*|ændr\p{L}*|opdater\p{L}*/giu,
  'automatic-renewal': /förläng\p{L}*|förny\p{L}*|renew\p{L}*|extended|forlæng\p{L}*|forny\p{L}*|i taget|i sänder|åt gången|ad gangen|successive/giu,
  // "train our machine learning models": the models, not the training (teachers are trained too).
  'ai-training': /\bai\b|artificial intelligence|machine learning|maskininlärning|maskinlæring|modell?\p{L}*|models?|algorithm\p{L}*|språkmodell\p{L}*|sprogmodel\p{L}*|language model/giu,
  'no-deletion': /indefinitely|obestämd tid|utan tidsgräns|ubestemt tid|tidsubegrænset|radera\p{L}*|återlämna\p{L}*|delete|return|slette|tilbagelevere/giu,
  'liability-capped-low': /limited|capped|exceed\p{L}*|begräns\p{L}*|begræns\p{L}*|maximera\p{L}*|maksimeret|högst|maximalt|överstig\p{L}*|overstig\p{L}*/giu,
};

/**
 * Which risks a requirement is about, read from its own evidence terms: only a requirement that names
 * product development can be broken by a clause allowing it. "Begränsningar" of an AI function or
 * "shall not" in a ban on emotion recognition do not make a liability cap their subject.
 */
const RISK_ABOUT: Partial<Record<RiskFlag['code'], RegExp>> = {
  'unilateral-change': /ändra villkor|ändra avtal|ändringar i avtalet|ensidig|change these terms|changes to the agreement|amend the agreement|unilateral|ændre vilkår|ændre aftalen|ændringer i aftalen/iu,
  'automatic-renewal': /förläng|förny|renew|forlæng|forny/iu,
  'liability-capped-low': /ansvarsbegräns|ansvar är begränsat|begränsat till|ansvarsbegræns|ansvar er begrænset|begrænset til|limitation of liability|liability is limited|limited to|capped at|överstiga|overstige|not exceed/iu,
  'own-purposes': /egna ändamål|egna syften|produktutveckling|förbättra|own purposes|product development|improve|egne formål|produktudvikling|forbedre/iu,
  marketing: /marknadsföring|reklam|marketing|advertis|markedsføring|reklame/iu,
  'ai-training': /träna|träning|train|træne|træning|maskininlärning|machine learning|maskinlæring/iu,
  'no-deletion': /radera|återlämna|delete|return|slette|tilbagelevere/iu,
  'extra-charges': /ingår i priset|indgår i prisen|included in the price|tillkommande avgift|yderligere gebyr|additional fees/iu,
  'third-country-transfer': /tredjeland|third countr|tredjelande|överföring|transfer|overførsel|lagras|lagring|stored|storage|opbevar|datacenter|data centre/iu,
};

// A requirement about transfers to third countries by name, not one that only says "överföring" (encryption in transit).
export const THIRD_COUNTRY = /tredjeland|third countr|international organi/iu;

/** The risk codes a requirement's evidence terms name. */
export function risksAbout(terms: readonly string[]): Set<RiskFlag['code']> {
  const out = new Set<RiskFlag['code']>();
  for (const [code, re] of Object.entries(RISK_ABOUT) as [RiskFlag['code'], RegExp][]) if (terms.some((t) => re.test(t))) out.add(code);
  return out;
}

/** Character ranges of the risky words inside a risk flag's highlight. */
function riskCore(text: string, risk: RiskFlag, start: number, end: number): [number, number][] {
  const core = RISK_CORE[risk.code];
  if (!core) return [[start, end]];
  return [...text.slice(start, end).matchAll(core)].map((m) => [start + m.index, start + m.index + m[0].length] as [number, number]);
}

function permissionIn(
  index: ClauseIndex,
  m: ClauseMatch,
  risks: readonly RiskFlag[],
  sameSentence: boolean,
  subject: (term: number) => boolean,
): { risk: RiskFlag; at: ExtractedValue } | undefined {
  const { text, tokens, clause } = index.clauses[m.clause];
  for (const risk of risks) {
    if (risk.evidence.location.clauseId !== clause.id) continue;
    const [start, end] = risk.evidence.highlights[0] ?? [];
    if (start === undefined) continue;
    // A value word ("months" in "the one (1) month preceding the claim") names no subject.
    const core = riskCore(text, risk, start, end);
    const overlaps = m.hits.some((h) => subject(h.term) && core.some(([cs, ce]) => tokens[h.from].start < ce && cs < tokens[h.to].end));
    // In a clause about the subject, a risky term in the same sentence as the subject's words breaks
    // it too: "ansvar är begränsat till 50 000 kronor" against a cap of the annual contract value.
    // Excluding indirect loss is usual and says nothing about the cap, so it does not count there.
    const beside =
      sameSentence &&
      risk.code !== 'liability-excluded' &&
      m.hits.some((h) => {
        if (!subject(h.term)) return false;
        const s = sentenceStart(text, tokens[h.from].start);
        return s >= (clause.heading?.length ?? 0) && s <= start && end <= sentenceEnd(text, tokens[h.to].end);
      });
    if (overlaps || beside) return { risk, at: { value: { kind: 'count', text: text.slice(start, end) }, start, end } };
  }
  return undefined;
}

/** A third-country transfer the risk scan flagged, as a place that violates the required region. */
export function placedOutside(
  index: ClauseIndex,
  risks: readonly RiskFlag[],
  required: ContractValue,
  compare: Compare,
): { found: ContractValue; evidence: ReturnType<typeof clauseEvidence> } | undefined {
  for (const risk of risks) {
    if (risk.code !== 'third-country-transfer') continue;
    const ci = index.clauses.findIndex((c) => c.clause.id === risk.evidence.location.clauseId);
    const [start, end] = risk.evidence.highlights[0] ?? [];
    if (ci < 0 || start === undefined) continue;
    const places = placesIn(index.clauses[ci].text).filter((v) => v.start >= start && v.end <= end);
    const cmp = compareValues(places, required, compare);
    if (cmp.outcome === 'violated' && cmp.found) return { found: cmp.found.value, evidence: clauseEvidence(index, ci, [[start, end]]) };
  }
  return undefined;
}

/**
 * Wording that contradicts a requirement though no risk flag names it: arbitration where the
 * requirement names the ordinary courts ("Tvister avgörs av skiljenämnd i Stockholm enligt svensk lag"
 * has Swedish law and a Swedish city, and still no Swedish court).
 */
const CONTRARY: { about: RegExp; contrary: RegExp; anywhere?: boolean }[] = [
  {
    about: /allmän domstol|tingsrätt|ordinary courts|courts|almindelige domstole|byret/iu,
    contrary: /skiljenämnd\p{L}*|skiljedom\p{L}*|skiljeförfarande\p{L}*|arbitration|arbitral|arbitrator\p{L}*|voldgift\p{L}*/giu,
  },
  // "We do not sell Student Data. We may disclose Customer Data … to a prospective acquirer": a right
  // to pass the data on, other than where the law or the buyer's sub-processors require it.
  {
    about: /(?<![\p{L}])(?:sell|disclose|sälja|lämna ut|sælge|videregive)(?![\p{L}])/iu,
    // Names its own subject (passing data to partners), so any sentence of the clause counts.
    anywhere: true,
    contrary:
      /(?<![\p{L}])(?:may|får|må|kan) (?:\p{L}+ ){0,3}?(?:disclose|share|transfer|provide|pass on|lämna ut|dela|överlåta|ge|videregive|dele|overdrage|give)(?![\p{L}])(?![^.]*(?:law|lag|lov|authorit|myndighet|myndighed|court|domstol|sub-processor|underbiträde|underdatabehandler))[^.]{0,120}?(?:partner\p{L}*|samarbe\p{L}*partner\p{L}*|third part\p{L}*|tredjemand|tredje part|forlag|publisher\p{L}*|acquirer|investor\p{L}*|köpare|køber)/giu,
  },
  // "Integrations … are charged separately", "kan beställas mot en avgift" where the price must include it.
  {
    about: /ingår i priset|utan extra kostnad|included in the price|at no extra cost|indgår i prisen|uden ekstra omkostning|no additional fees/iu,
    contrary: /charged separately|(?:for|against) an? (?:additional |separate )?(?:fee|charge)|at (?:an )?additional cost|debiteras (?:separat|särskilt)|mot (?:en )?(?:särskild )?(?:avgift|ersättning)|tillkommande (?:avgift|kostnad)\p{L}*|faktureres (?:separat|særskilt)|mod (?:særskilt )?(?:betaling|gebyr)/giu,
  },
];

/** A contrary term in a sentence where the subject's words stand, in a clause about the subject. */
export function contraryIn(index: ClauseIndex, strong: readonly ClauseMatch[], terms: readonly string[], subject: (term: number) => boolean): { m: ClauseMatch; at: ExtractedValue } | undefined {
  const rules = CONTRARY.filter((c) => terms.some((t) => c.about.test(t)));
  if (rules.length === 0) return undefined;
  for (const m of strong.slice(0, 3)) {
    const { text, tokens } = index.clauses[m.clause];
    for (const rule of rules.filter((r) => r.anywhere)) {
      for (const c of text.matchAll(rule.contrary)) {
        if (isNegated(text, c.index, c.index + c[0].length)) continue;
        return { m, at: { value: { kind: 'count', text: c[0] }, start: c.index, end: c.index + c[0].length } };
      }
    }
    for (const h of m.hits) {
      if (!subject(h.term)) continue;
      const s = sentenceStart(text, tokens[h.from].start);
      const e = sentenceEnd(text, tokens[h.to].end);
      for (const rule of rules.filter((r) => !r.anywhere)) {
        for (const c of text.slice(s, e).matchAll(rule.contrary)) {
          const at = s + c.index;
          if (isNegated(text, at, at + c[0].length)) continue;
          return { m, at: { value: { kind: 'count', text: c[0] }, start: at, end: at + c[0].length } };
        }
      }
    }
  }
  return undefined;
}

/**
 * Risks whose flag names its subject by itself ("Leverantören får uppdatera dessa allmänna villkor",
 * "fortsätter att gälla ett läsår i taget", "som selvstændig dataansvarlig"), and the requirements that rule them out by name. For
 * these the flag breaks the requirement wherever it stands, though the clause shares none of the
 * requirement's words: a right to update the terms is one whatever the clause calls it.
 */
const SELF_EVIDENT: Partial<Record<RiskFlag['code'], RegExp>> = {
  'unilateral-change': /ensidig|unilateral|ändra villkor|ændre vilkår|change these terms/iu,
  'automatic-renewal': /förlängs automatiskt|förnyas automatiskt|forlænges automatisk|fornyes automatisk|renews automatically|renewed automatically/iu,
  // "Behandler … som selvstændig dataansvarlig med henblik på at udarbejde statistik": the supplier's own purposes by any name.
  'own-purposes': /egna ändamål|egne formål|own purposes/iu,
  // "LTI 1.3 debiteras med en uppsättningsavgift" against integrations included in the price.
  'extra-charges': /ingår i priset|indgår i prisen|included in the price/iu,
  // The flag is raised only for a cap of months' fees or a sum below what an incident costs.
  'liability-capped-low': /ansvarsbegränsning|ansvarsbegrænsning|limitation of liability/iu,
};

/** A flagged risk that breaks a requirement naming it, wherever the flag stands. */
export function selfEvidentRisk(terms: readonly string[], risks: readonly RiskFlag[]): RiskFlag | undefined {
  return risks.find((k) => {
    const about = SELF_EVIDENT[k.code];
    return about !== undefined && terms.some((t) => about.test(t));
  });
}

/** The first clause whose words grant a risky term that the requirement rules out. */
export function firstPermission(
  index: ClauseIndex,
  strong: readonly ClauseMatch[],
  others: readonly ClauseMatch[],
  risks: readonly RiskFlag[],
  subject: (term: number) => boolean,
): { m: ClauseMatch; risk: RiskFlag; at: ExtractedValue } | undefined {
  if (risks.length === 0) return undefined;
  for (const m of strong.slice(0, 3)) {
    const p = permissionIn(index, m, risks, true, subject);
    if (p) return { m, ...p };
  }
  for (const m of others.slice(0, 10)) {
    const p = permissionIn(index, m, risks, false, subject);
    if (p) return { m, ...p };
  }
  return undefined;
}

/** The languages a requirement's `language` parameter asks for, the national one read from the buyer's country. */
export function requiredLanguages(r: ResolvedRequirement, country: string | undefined): Language[] | undefined {
  const p = r.parameters.find((x) => x.name === 'language' && x.type === 'enum');
  if (!p) return undefined;
  const v = String(r.values[p.name] ?? p.default ?? '');
  if (v === 'national') return country === 'se' ? ['sv'] : country === 'dk' ? ['da'] : undefined;
  const langs = v.split('-').filter((x): x is Language => x === 'sv' || x === 'da' || x === 'en');
  return langs.length ? langs : undefined;
}

const LANGUAGE_NAMES: [RegExp, Language][] = [
  [/(?<![\p{L}])(?:svensk\p{L}*|swedish)(?![\p{L}])/giu, 'sv'],
  [/(?<![\p{L}])(?:dansk\p{L}*|danish)(?![\p{L}])/giu, 'da'],
  [/(?<![\p{L}])(?:engelsk\p{L}*|english)(?![\p{L}])/giu, 'en'],
];

/**
 * "Support ydes på dansk" for a Swedish buyer: the clause names languages, none of them the one
 * required. The evidence terms are in the contract's language, so they find the clause whichever
 * language it names; this reads which one.
 */
// One language's name, for testing a single term (the list above is global, for matchAll).
const LANGUAGE_NAME = new RegExp(LANGUAGE_NAMES.map(([re]) => re.source).join('|'), 'iu');

// Words that say support is given in a language, not that a text exists in it.
const SERVICE_GIVEN = /besvar\p{L}*|lämnas|ges(?![\p{L}])|tillhandahåll\p{L}*|hanteras|provided|answered|handled|given|ydes|besvares|gives(?![\p{L}])|håndteres/iu;

export function otherLanguage(index: ClauseIndex, strong: readonly ClauseMatch[], want: readonly Language[], subject: (term: number) => boolean): { m: ClauseMatch; at: ExtractedValue } | undefined {
  for (const m of strong.slice(0, 3)) {
    const { text, tokens } = index.clauses[m.clause];
    const named: { lang: Language; start: number; end: number }[] = [];
    for (const h of m.hits) {
      if (!subject(h.term)) continue;
      const s = sentenceStart(text, tokens[h.from].start);
      const e = sentenceEnd(text, tokens[h.to].end);
      const sentence = text.slice(s, e);
      // A language's own name ("… articles translated into Swedish") is a term but no subject: the
      // sentence must be about the support given ("besvaras … normalt på engelska") to count.
      const languageName = LANGUAGE_NAME.test(text.slice(tokens[h.from].start, tokens[h.to].end));
      if (languageName && !SERVICE_GIVEN.test(sentence)) continue;
      for (const [re, lang] of LANGUAGE_NAMES) for (const x of sentence.matchAll(re)) named.push({ lang, start: s + x.index, end: s + x.index + x[0].length });
    }
    if (named.length === 0) continue;
    // Each sentence about support must offer a wanted language: "besvaras … normalt på engelska"
    // for third-line cases breaks Swedish support, though first-line calls are in Swedish.
    const bySentence = new Map<number, typeof named>();
    for (const n of named) {
      const key = sentenceStart(text, n.start);
      bySentence.set(key, [...(bySentence.get(key) ?? []), n]);
    }
    const other = [...bySentence.values()].find((list) => !list.some((n) => want.includes(n.lang)));
    if (!other) return undefined;
    const first = other[0];
    return { m, at: { value: { kind: 'count', text: text.slice(first.start, first.end) }, start: first.start, end: first.end } };
  }
  return undefined;
}
