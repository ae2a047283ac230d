import type { Finding, Language, RiskFlag } from '../model';
import type { ResolvedRequirement } from '../requirement/resolve';
import { compareValues } from './compare';
import { matchEvidence } from './evidence';
import { termGroups, type ClauseIndex, type ClauseMatch } from './retrieval';
import { containsNegation, qualification, sentenceEnd, sentenceStart } from './sentences';
import { extractValues, requiredValue, type ExtractedValue } from './values';
import { salientTerms } from './salient-terms';
import { grantsDiscretion } from './discretion';
import { contraryIn, firstPermission, otherLanguage, placedOutside, requiredLanguages, risksAbout, selfEvidentRisk, THIRD_COUNTRY } from './contradictions';

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


export function checkRequirement(r: ResolvedRequirement, index: ClauseIndex, lang: Language, risks: readonly RiskFlag[] = [], country?: string): Finding {
  const ce = r.contractEvidence;
  if (!ce) return checkBySimilarity(r, index);
  const own = ce.terms[lang] ?? [];
  const terms = own.length ? own : [...(ce.terms.sv ?? []), ...(ce.terms.da ?? []), ...(ce.terms.en ?? [])];
  const { matches, subjectGroups } = index.search(terms);
  const strong = matches.filter((m) => aboutSubject(m, subjectGroups));
  const groups = termGroups(terms, lang);
  const naming = (t: number) => groups[t] !== undefined && groups[t] === groups[0];
  const raw = ce.value ? r.values[ce.value.parameter] : undefined;
  const param = ce.value ? r.parameters.find((p) => p.name === ce.value!.parameter) : undefined;
  const required = ce.value && raw !== undefined && raw !== '' ? requiredValue(ce.value.kind, raw, param?.unit) : undefined;
  const permitted = () => {
    const about = risksAbout(terms);
    // A requirement on how transfers are safeguarded has transfers for its subject, not its breach.
    const onTransfers = !required && terms.some((t) => THIRD_COUNTRY.test(t));
    const relevant = risks.filter((k) => about.has(k.code) && !(onTransfers && k.code === 'third-country-transfer'));
    const p = firstPermission(index, strong, matches, relevant, (t) => groups[t] !== undefined);
    const flag = p ? undefined : selfEvidentRisk(terms, relevant);
    if (!p && !flag) return undefined;
    const finding: Finding = p
      ? { ...base(r), status: 'conflict', confidence: 'medium', explanation: { code: 'contract-permits', args: { risk: p.risk.code } }, evidence: [matchEvidence(index, p.m, p.at)] }
      : { ...base(r), status: 'conflict', confidence: 'medium', explanation: { code: 'contract-permits', args: { risk: flag!.code } }, evidence: [flag!.evidence] };
    if (required) finding.required = required;
    return finding;
  };

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
      // "Allvarliga säkerhetsincidenter meddelas så snart det är möjligt": the subject by its name,
      // promised without the deadline the requirement sets ("underretter omgående" about an
      // instruction names no breach).
      if (cmp.outcome === 'no-deadline' && specific(weak) && weak.hits.some((h) => naming(h.term))) {
        return { ...base(r), status: 'partial', confidence: 'low', required, found: cmp.found!.value, explanation: { code: 'no-deadline' }, evidence: [matchEvidence(index, weak, cmp.found)] };
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

  const decided = decideStrong(r, index, strong, required, ce.value, naming, matches);
  if (decided.status === 'conflict') return decided;
  // "Behandlingssted: USA" for a support system, or a transfer under the Data Privacy Framework:
  // data the risk scan found going outside the region breaks a place requirement that clauses on
  // hosting in Denmark fulfil.
  if (required?.kind === 'place' && ce.value && (decided.status === 'met' || decided.status === 'partial') && risksAbout(terms).has('third-country-transfer')) {
    const placed = placedOutside(index, risks, required, ce.value.compare);
    if (placed) return { ...base(r), status: 'conflict', confidence: 'medium', required, found: placed.found, explanation: { code: 'value-violated', args: { compare: ce.value.compare } }, evidence: [placed.evidence, ...decided.evidence.slice(0, 2)] };
  }
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
  if (decided.status !== 'met') return decided;
  const soft = softCommitment(index, strong, naming);
  if (soft) return { ...decided, status: 'partial', explanation: { code: 'soft-commitment', args: { text: soft } } };
  // Only a ban ("får inte användas", "shall not be used") is undone by a carve-out: "except for
  // intent or gross negligence" after a liability cap is the buyer's protection.
  const ban = !ce.value && terms.some((t) => containsNegation(t));
  const exception = ban ? wordsBeside(index, strong, (t) => groups[t] !== undefined, EXCEPTION) : undefined;
  if (exception) return { ...decided, status: 'partial', explanation: { code: 'exception', args: { text: exception } } };
  if (!ce.elements?.length) return decided;
  const absent = missingElement(index, strong.map((m) => m.clause), ce.elements, lang, ban);
  if (!absent) return decided;
  return { ...decided, status: 'partial', explanation: { code: 'element-missing', args: { element: absent } } };
}

// An endeavour is no commitment: "strävar efter att … följa WCAG 2.1", "arbejder løbende på, at", "will use reasonable efforts".
const SOFT = /strävar efter|eftersträvar|ska sträva|i möjligaste mån|efter bästa förmåga|arbetar (?:löpande |kontinuerligt |aktivt )?(?:för|med) att|endeavou?rs?|strives? to|best efforts?|reasonable efforts|aims? to|works? (?:continuously |actively )?towards|bestræbe\p{L}*|tilstræbe\p{L}*|efter bedste evne|så vidt muligt|arbejder (?:løbende |aktivt )?(?:på|for),? at/giu;

// A promise with a carve-out: "bruger ikke elevernes tekster til at træne … Leverandøren kan dog
// anvende udvalgte elevtekster til at teste sprogmodellen".
// "Dock senast inom ett dygn", "dog højst 25 %" bound a promise; they carve nothing out of it.
const EXCEPTION =
  /(?<![\p{L}])(?:dog|dock|however|except|excepting|undtagen|med undtagelse af|bortset fra|förutom|med undantag (?:av|för)|save for|notwithstanding)(?![\p{L}])(?!,?\s+(?:\p{L}+\s+)?(?:senast|senest|minst|mindst|högst|højst|maksimalt|maximalt|no later|not later|at the latest|at least|at most|within|inom|inden))/iu;

/** The words of a mere endeavour in a sentence where the requirement's naming words stand. */
function softCommitment(index: ClauseIndex, strong: readonly ClauseMatch[], naming: (term: number) => boolean): string | undefined {
  return wordsBeside(index, strong, naming, SOFT);
}

/** The first words matching `words` in a sentence of a clause about the subject where one of its terms stands. */
function wordsBeside(index: ClauseIndex, strong: readonly ClauseMatch[], subject: (term: number) => boolean, words: RegExp): string | undefined {
  for (const m of strong.slice(0, 3)) {
    const { text, tokens } = index.clauses[m.clause];
    for (const h of m.hits) {
      if (!subject(h.term)) continue;
      const found = text.slice(sentenceStart(text, tokens[h.from].start), sentenceEnd(text, tokens[h.to].end)).match(words);
      if (found) return found[0];
    }
  }
  return undefined;
}

type Element = NonNullable<NonNullable<ResolvedRequirement['contractEvidence']>['elements']>[number];

/**
 * The first element the requirement demands that no clause about the subject states: "sub-processors
 * bound by the same obligations" says nothing of the processor staying liable, a deletion clause
 * nothing of a certificate. Named by its first term in the contract's language.
 */
function missingElement(index: ClauseIndex, about: readonly number[], elements: readonly Element[], lang: Language, ban = false): string | undefined {
  const clauses = new Set(about);
  for (const el of elements) {
    const own = el.terms[lang] ?? [];
    const terms = own.length ? own : [...(el.terms.sv ?? []), ...(el.terms.da ?? []), ...(el.terms.en ?? [])];
    if (terms.length === 0) continue;
    // "Audits shall not include access to the premises" names the element only to rule it out; a
    // ban names its elements negated ("används inte för profilering"), which is how it states them.
    const stated = terms.some((t, i) =>
      [...index.findTerm(t, i)].some(([ci, hits]) => {
        if (!clauses.has(ci)) return false;
        const { text, tokens } = index.clauses[ci];
        return ban || hits.some((h) => qualification(text, tokens[h.from].start, tokens[h.to].end) !== 'negated');
      }),
    );
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
  matches: readonly ClauseMatch[] = strong,
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
  const outcomeOf = (m: ClauseMatch) => ({ m, cmp: compareValues(valuesNear(index, m, ce.value!.kind), required, ce.value!.compare) });
  const outcomes = strong.slice(0, 6).map(outcomeOf);
  // A place requirement holds for all the data: any clause on where it is kept that places some
  // of it outside the region ("ärenden … lagras. Plats: Zürich", in a sub-processor annex) breaks
  // it, however many clauses name Sweden first.
  const outside = ce.value.kind === 'place' ? matches.slice(0, 40).map(outcomeOf).find((o) => o.cmp.outcome === 'violated') : undefined;
  const decisive =
    outside ?? outcomes.find((o) => o.cmp.outcome !== 'absent' && o.cmp.outcome !== 'no-deadline') ?? outcomes.find((o) => o.cmp.outcome === 'no-deadline');
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
