import type { Finding, Language, RiskFlag } from '../model';
import type { ResolvedRequirement } from '../requirement/resolve';
import { compareValues, type Compare } from './compare';
import { clauseEvidence, matchEvidence } from './evidence';
import { placesIn } from './places';
import { termGroups, type ClauseIndex, type ClauseMatch } from './retrieval';
import { isNegated, sentenceEnd, sentenceStart } from './sentences';
import { extractValues, requiredValue, type ContractValue, type ExtractedValue } from './values';
import { salientTerms } from './salient-terms';
import { grantsDiscretion } from './discretion';

/** Can a contract fulfil this requirement at all? Evaluation-only requirements are not checked here. */
export function isContractCheckable(r: ResolvedRequirement): boolean {
  return !r.templateMissing && r.checkedAt !== 'evaluation';
}

/**
 * Two distinct subject words, or one specific word in both heading and body: the clause is about
 * the subject. One word, or a word only in a heading, is a mention ("Ikrafttræden og ophør" is not
 * a deletion clause).
 */
function aboutSubject(m: ClauseMatch, subjectGroups: number): boolean {
  return (subjectGroups > 0 && m.strength >= Math.min(2, subjectGroups)) || m.anchored;
}

function base(r: ResolvedRequirement): Pick<Finding, 'requirementUid' | 'templateId' | 'title'> {
  const f: Pick<Finding, 'requirementUid' | 'templateId' | 'title'> = { requirementUid: r.uid, title: r.title.slice(0, 300) };
  if (r.template) f.templateId = r.template.id;
  return f;
}

/** Values stated in the sentences where the subject's words stand; the whole clause if none there. */
function valuesNear(index: ClauseIndex, m: ClauseMatch, kind: Parameters<typeof extractValues>[1]): ExtractedValue[] {
  const { text, tokens, clause } = index.clauses[m.clause];
  // A heading names the subject ("Transfers to third countries"); it states no value.
  const body = clause.heading ? clause.heading.length : 0;
  const all = index.memo(`${m.clause}:${kind}`, () => extractValues(text, kind)).filter((v) => v.start >= body);
  if (kind === 'duration' || kind === 'place') {
    const spans = m.hits.map((h) => [sentenceStart(text, tokens[h.from].start), sentenceEnd(text, tokens[h.to].end)]);
    const near = all.filter((v) => spans.some(([s, e]) => v.start >= s && v.end <= e));
    if (near.length) return near;
  }
  return all;
}

/**
 * Discretion granted to the supplier in a sentence where the requirement's naming words stand:
 * "may engage sub-processors at our discretion" breaks the authorisation of sub-processors, not the
 * list of them named in the next sentence.
 */
function discretionIn(index: ClauseIndex, m: ClauseMatch, naming: (term: number) => boolean): ExtractedValue | undefined {
  const { text, tokens } = index.clauses[m.clause];
  for (const h of m.hits) {
    if (!naming(h.term)) continue;
    const s = sentenceStart(text, tokens[h.from].start);
    const e = sentenceEnd(text, tokens[h.to].end);
    const d = grantsDiscretion(text.slice(s, e));
    if (d) return { value: { kind: 'count', text: text.slice(s + d.start, s + d.end) }, start: s + d.start, end: s + d.end };
  }
  return undefined;
}

/**
 * A risky term whose own words are the requirement's words: the contract allows what the requirement
 * rules out ("may use Customer Data … to train our machine learning models" against "no AI training";
 * "renews automatically" against "no automatic renewal"). A risk elsewhere in the clause is not enough.
 */
/**
 * The words that make a risky term risky, where its highlight is longer: in "har rätt att när som
 * helst ändra dessa villkor" it is "ändra", not "när som helst", so an export "at any time" is not a
 * change of terms; in "förlängs därefter automatiskt" it is "förlängs", so deletion "automatically"
 * is not a renewal.
 */
const RISK_CORE: Partial<Record<RiskFlag['code'], RegExp>> = {
  'unilateral-change': /ändr\p{L}*|uppdater\p{L}*|juster\p{L}*|chang\p{L}*|modif\p{L}*|amend\p{L}*|updat\p{L}*|revis\p{L}*|ændr\p{L}*|opdater\p{L}*/giu,
  'automatic-renewal': /förläng\p{L}*|förny\p{L}*|renew\p{L}*|extended|forlæng\p{L}*|forny\p{L}*/giu,
  // "train our machine learning models": the models, not the training (teachers are trained too).
  'ai-training': /\bai\b|artificial intelligence|machine learning|maskininlärning|maskinlæring|modell?\p{L}*|models?|algorithm\p{L}*|språkmodell\p{L}*|sprogmodel\p{L}*/giu,
  'no-deletion': /indefinitely|obestämd tid|utan tidsgräns|ubestemt tid|tidsubegrænset|radera\p{L}*|återlämna\p{L}*|delete|return|slette|tilbagelevere/giu,
  'liability-capped-low': /limited|capped|exceed\p{L}*|begräns\p{L}*|begræns\p{L}*|maximera\p{L}*|maksimeret|högst|maximalt/giu,
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
  'third-country-transfer': /tredjeland|third countr|tredjelande|överföring|transfer|overførsel|lagras|lagring|stored|storage|opbevar|datacenter|data centre/iu,
};

// A requirement about transfers to third countries by name, not one that only says "överföring" (encryption in transit).
const THIRD_COUNTRY = /tredjeland|third countr|international organi/iu;

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
function placedOutside(
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
const CONTRARY: { about: RegExp; contrary: RegExp }[] = [
  {
    about: /allmän domstol|tingsrätt|ordinary courts|courts|almindelige domstole|byret/iu,
    contrary: /skiljenämnd\p{L}*|skiljedom\p{L}*|skiljeförfarande\p{L}*|arbitration|arbitral|arbitrator\p{L}*|voldgift\p{L}*/giu,
  },
  // "Integrations … are charged separately", "kan beställas mot en avgift" where the price must include it.
  {
    about: /ingår i priset|utan extra kostnad|included in the price|at no extra cost|indgår i prisen|uden ekstra omkostning|no additional fees/iu,
    contrary: /charged separately|(?:for|against) an? (?:additional |separate )?(?:fee|charge)|at (?:an )?additional cost|debiteras (?:separat|särskilt)|mot (?:en )?(?:särskild )?(?:avgift|ersättning)|tillkommande (?:avgift|kostnad)\p{L}*|faktureres (?:separat|særskilt)|mod (?:særskilt )?(?:betaling|gebyr)/giu,
  },
];

/** A contrary term in a sentence where the subject's words stand, in a clause about the subject. */
function contraryIn(index: ClauseIndex, strong: readonly ClauseMatch[], terms: readonly string[], subject: (term: number) => boolean): { m: ClauseMatch; at: ExtractedValue } | undefined {
  const rules = CONTRARY.filter((c) => terms.some((t) => c.about.test(t)));
  if (rules.length === 0) return undefined;
  for (const m of strong.slice(0, 3)) {
    const { text, tokens } = index.clauses[m.clause];
    for (const h of m.hits) {
      if (!subject(h.term)) continue;
      const s = sentenceStart(text, tokens[h.from].start);
      const e = sentenceEnd(text, tokens[h.to].end);
      for (const rule of rules) {
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

/** The first clause whose words grant a risky term that the requirement rules out. */
function firstPermission(
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
function requiredLanguages(r: ResolvedRequirement, country: string | undefined): Language[] | undefined {
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
function otherLanguage(index: ClauseIndex, strong: readonly ClauseMatch[], want: readonly Language[], subject: (term: number) => boolean): { m: ClauseMatch; at: ExtractedValue } | undefined {
  for (const m of strong.slice(0, 3)) {
    const { text, tokens } = index.clauses[m.clause];
    const named: { lang: Language; start: number; end: number }[] = [];
    for (const h of m.hits) {
      if (!subject(h.term)) continue;
      const s = sentenceStart(text, tokens[h.from].start);
      const sentence = text.slice(s, sentenceEnd(text, tokens[h.to].end));
      for (const [re, lang] of LANGUAGE_NAMES) for (const x of sentence.matchAll(re)) named.push({ lang, start: s + x.index, end: s + x.index + x[0].length });
    }
    if (named.length === 0) continue;
    if (named.some((n) => want.includes(n.lang))) return undefined;
    const first = named[0];
    return { m, at: { value: { kind: 'count', text: text.slice(first.start, first.end) }, start: first.start, end: first.end } };
  }
  return undefined;
}

export function checkRequirement(r: ResolvedRequirement, index: ClauseIndex, lang: Language, risks: readonly RiskFlag[] = [], country?: string): Finding {
  const ce = r.contractEvidence;
  if (!ce) return checkBySimilarity(r, index);
  const own = ce.terms[lang] ?? [];
  const terms = own.length ? own : [...(ce.terms.sv ?? []), ...(ce.terms.da ?? []), ...(ce.terms.en ?? [])];
  const { matches, subjectGroups } = index.search(terms);
  const strong = matches.filter((m) => aboutSubject(m, subjectGroups));
  const groups = termGroups(terms, lang);
  const naming = (t: number) => groups[t] !== undefined && groups[t] === groups[0];
  const permitted = () => {
    const about = risksAbout(terms);
    const relevant = risks.filter((k) => about.has(k.code));
    const p = firstPermission(index, strong, matches, relevant, (t) => groups[t] !== undefined);
    if (!p) return undefined;
    const finding: Finding = { ...base(r), status: 'conflict', confidence: 'medium', explanation: { code: 'contract-permits', args: { risk: p.risk.code } }, evidence: [matchEvidence(index, p.m, p.at)] };
    if (required) finding.required = required;
    return finding;
  };
  const raw = ce.value ? r.values[ce.value.parameter] : undefined;
  const param = ce.value ? r.parameters.find((p) => p.name === ce.value!.parameter) : undefined;
  const required = ce.value && raw !== undefined && raw !== '' ? requiredValue(ce.value.kind, raw, param?.unit) : undefined;

  if (strong.length === 0) {
    const weak = matches[0];
    // A term in at most a tenth of the clauses (or two, in a short contract) picks out its clause.
    const specific = (m: ClauseMatch) => m.rarestShare * index.clauses.length <= Math.max(2, 0.1 * index.clauses.length);
    if (weak && required && ce.value) {
      const near = valuesNear(index, weak, ce.value.kind);
      const cmp = compareValues(near, required, ce.value.compare);
      // One specific term ("stored", "personuppgiftsincident") with a violating value beside it in the
      // same sentence is a conflict the buyer must see, though on thinner evidence.
      if (cmp.outcome === 'violated' && specific(weak)) {
        return { ...base(r), status: 'conflict', confidence: 'low', required, found: cmp.found!.value, explanation: { code: 'weak-match' }, evidence: [matchEvidence(index, weak, cmp.found)] };
      }
      const permission = permitted();
      if (permission) return permission;
      if (cmp.outcome === 'satisfied' && specific(weak)) {
        return { ...base(r), status: 'partial', confidence: 'low', required, found: cmp.found!.value, explanation: { code: 'weak-match' }, evidence: [matchEvidence(index, weak, cmp.found)] };
      }
    }
    // A risky term in the requirement's own words ("produktutveckling", "förlängs automatiskt") is
    // a conflict even where no clause is about the subject as a whole.
    const permission = permitted();
    if (permission) return permission;
    // "Får behandla personuppgifterna i Indien": the risk scan found data processed outside the
    // EU/EEA in a clause no storage word names; for a place requirement about storage that is its value.
    if (required?.kind === 'place' && ce.value && risksAbout(terms).has('third-country-transfer')) {
      const placed = placedOutside(index, risks, required, ce.value.compare);
      if (placed) return { ...base(r), status: 'conflict', confidence: 'low', required, found: placed.found, explanation: { code: 'weak-match' }, evidence: [placed.evidence] };
    }
    // "Customer Data may be stored … in the United States": no clause is about transfers, but the
    // risk scan found one. For a requirement on how transfers are safeguarded that clause is its
    // subject, and the safeguard it names (or not) decides.
    if (!required && ce.elements?.length && terms.some((t) => THIRD_COUNTRY.test(t))) {
      const risk = risks.find((k) => k.code === 'third-country-transfer');
      const ci = risk ? index.clauses.findIndex((c) => c.clause.id === risk.evidence.location.clauseId) : -1;
      if (risk && ci >= 0) {
        const absent = missingElement(index, [ci], ce.elements, lang);
        return absent
          ? { ...base(r), status: 'partial', confidence: 'low', explanation: { code: 'element-missing', args: { element: absent } }, evidence: [risk.evidence] }
          : { ...base(r), status: 'met', confidence: 'low', explanation: { code: 'subject-covered' }, evidence: [risk.evidence] };
      }
    }
    return {
      ...base(r),
      status: 'missing',
      confidence: weak ? 'medium' : 'high',
      ...(required ? { required } : {}),
      explanation: { code: weak ? 'only-mentioned' : 'not-found' },
      evidence: weak ? [matchEvidence(index, weak)] : [],
    };
  }

  const decided = decideStrong(r, index, strong, required, ce.value, naming);
  if (decided.status === 'conflict') return decided;
  const permission = permitted();
  if (permission) return permission;
  const want = requiredLanguages(r, country);
  const other = want ? otherLanguage(index, strong, want, (t) => groups[t] !== undefined) : undefined;
  const contrary = other ?? contraryIn(index, strong, terms, (t) => groups[t] !== undefined);
  if (contrary) {
    const finding: Finding = { ...base(r), status: 'conflict', confidence: 'medium', explanation: { code: 'contrary-term', args: { text: contrary.at.value.text } }, evidence: [matchEvidence(index, contrary.m, contrary.at)] };
    if (required) finding.required = required;
    if (decided.found) finding.found = decided.found;
    return finding;
  }
  if (decided.status !== 'met' || !ce.elements?.length) return decided;
  const absent = missingElement(index, strong.map((m) => m.clause), ce.elements, lang);
  if (!absent) return decided;
  return { ...decided, status: 'partial', explanation: { code: 'element-missing', args: { element: absent } } };
}

type Element = NonNullable<NonNullable<ResolvedRequirement['contractEvidence']>['elements']>[number];

/**
 * The first element the requirement demands that no clause about the subject states: "sub-processors
 * bound by the same obligations" says nothing of the processor staying liable, a deletion clause
 * nothing of a certificate. Named by its first term in the contract's language.
 */
function missingElement(index: ClauseIndex, about: readonly number[], elements: readonly Element[], lang: Language): string | undefined {
  const clauses = new Set(about);
  for (const el of elements) {
    const own = el.terms[lang] ?? [];
    const terms = own.length ? own : [...(el.terms.sv ?? []), ...(el.terms.da ?? []), ...(el.terms.en ?? [])];
    if (terms.length === 0) continue;
    const stated = terms.some((t, i) => [...index.findTerm(t, i).keys()].some((ci) => clauses.has(ci)));
    if (!stated) return terms[0].slice(0, 200);
  }
  return undefined;
}

/** The status from the clauses that are about the subject: the value they state, or their presence. */
function decideStrong(
  r: ResolvedRequirement,
  index: ClauseIndex,
  strong: ClauseMatch[],
  required: ReturnType<typeof requiredValue> | undefined,
  spec: NonNullable<ResolvedRequirement['contractEvidence']>['value'],
  naming: (term: number) => boolean,
): Finding {
  const ce = { value: spec };
  const confidence = strong[0].strength >= 3 || (strong[0].strength >= 2 && strong[0].headingHit) ? 'high' : 'medium';
  if (!required || !ce.value) {
    for (const m of strong.slice(0, 3)) {
      const discretion = discretionIn(index, m, naming);
      if (discretion) {
        const evidence = [matchEvidence(index, m, discretion)];
        return { ...base(r), status: 'conflict', confidence: 'medium', explanation: { code: 'supplier-discretion' }, evidence };
      }
    }
    return { ...base(r), status: 'met', confidence, explanation: { code: 'subject-covered' }, evidence: strong.slice(0, 3).map((m) => matchEvidence(index, m)) };
  }
  // The best clause that states a value decides; the others are shown beside it. "Without undue
  // delay" in the body yields to a deadline stated elsewhere (standard agreements put it in an
  // annex: Bilag C, Annex II, Instruktion), so it decides only when no clause names a number.
  const outcomes = strong.slice(0, 6).map((m) => ({ m, cmp: compareValues(valuesNear(index, m, ce.value!.kind), required, ce.value!.compare) }));
  const decisive = outcomes.find((o) => o.cmp.outcome !== 'absent' && o.cmp.outcome !== 'no-deadline') ?? outcomes.find((o) => o.cmp.outcome === 'no-deadline');
  if (decisive) {
    const { m, cmp } = decisive;
    const others = strong.filter((o) => o !== m).slice(0, 2).map((o) => matchEvidence(index, o));
    const evidence = [matchEvidence(index, m, cmp.found), ...others];
    const found = cmp.found!.value;
    switch (cmp.outcome) {
      case 'satisfied':
        return { ...base(r), status: 'met', confidence, required, found, explanation: { code: 'value-satisfied' }, evidence };
      case 'violated':
        return { ...base(r), status: 'conflict', confidence: 'high', required, found, explanation: { code: 'value-violated', args: { compare: ce.value.compare } }, evidence };
      case 'mixed':
        return { ...base(r), status: 'partial', confidence: 'medium', required, found, explanation: { code: 'value-mixed' }, evidence };
      case 'no-deadline':
        return { ...base(r), status: 'partial', confidence: 'high', required, found, explanation: { code: 'no-deadline' }, evidence };
    }
  }
  return { ...base(r), status: 'partial', confidence: 'medium', required, explanation: { code: 'value-absent' }, evidence: strong.slice(0, 3).map((m) => matchEvidence(index, m)) };
}

/** Requirements without template evidence (custom ones): text similarity, always low confidence. */
function checkBySimilarity(r: ResolvedRequirement, index: ClauseIndex): Finding {
  const terms = salientTerms(`${r.title}\n${r.text}`, index.language);
  const best = terms.length ? index.search(terms).matches[0] : undefined;
  const share = best ? best.terms.size / terms.length : 0;
  const percent = Math.round(share * 100);
  // Nothing shared (or no content words to share): there is no match to show, only its absence.
  if (!best || percent === 0) return { ...base(r), status: 'missing', confidence: 'low', explanation: { code: 'not-found' }, evidence: [] };
  if (share < 0.4) {
    return { ...base(r), status: 'missing', confidence: 'low', explanation: { code: 'similarity-weak', args: { percent } }, evidence: [matchEvidence(index, best)] };
  }
  return { ...base(r), status: share >= 0.75 ? 'met' : 'partial', confidence: 'low', explanation: { code: 'similarity', args: { percent } }, evidence: [matchEvidence(index, best)] };
}
