import type { RiskFlag } from '../model';
import { clauseEvidence } from './evidence';
import type { ClauseIndex } from './retrieval';
import { placesIn } from './places';
import { containsNegation, isNegated, sentenceEnd, sentenceStart } from './sentences';
import { extractAmounts } from './values';

/**
 * Terms that hurt the buyer whatever the specification says. Each is a pattern in Swedish, Danish
 * and English; a negated mention ("får inte användas för marknadsföring") is the buyer's protection,
 * not a risk, and is skipped.
 */
interface RiskPattern {
  code: RiskFlag['code'];
  severity: RiskFlag['severity'];
  re: RegExp;
  /** Skip the mention when a negation stands before it in the sentence. */
  negatable: boolean;
}

const R = (code: RiskFlag['code'], severity: RiskFlag['severity'], source: string, negatable = true): RiskPattern => ({
  code,
  severity,
  re: new RegExp(source, 'giu'),
  negatable,
});

const PATTERNS: RiskPattern[] = [
  R('unilateral-change', 'high', '(?:har rätt att|får|förbehåller sig rätten att|kan)\\s+(?:när som helst\\s+|ensidigt\\s+)*(?:ändra|uppdatera|justera|revidera|komplettera)\\s+(?:\\p{L}+\\s+){0,3}\\p{L}*(?:villkor|avtal|priser|prislista)|(?:may|reserves the right to|can|is entitled to)\\s+(?:at any time\\s+|unilaterally\\s+)*(?:change|modify|amend|update|revise)\\s+(?:\\p{L}+\\s+){0,3}(?:terms|agreement|prices|conditions)|(?:forbeholder sig retten til at|kan|må|er berettiget til at)\\s+(?:til enhver tid\\s+|ensidigt\\s+)*(?:ændre|opdatere|justere)\\s+(?:\\p{L}+\\s+){0,3}\\p{L}*(?:vilkår|aftale|priser)'),
  R('automatic-renewal', 'medium', 'förläng\\p{L}* (?:\\p{L}+ ){0,2}automatiskt|forlænges (?:\\p{L}+ ){0,2}automatisk|fornyes (?:\\p{L}+ ){0,2}automatisk|automatiskt förläng\\p{L}*|förnyas (?:\\p{L}+ ){0,2}automatiskt|automatically renew\\p{L}*|renew\\p{L}* (?:\\p{L}+ ){0,2}automatically|automatically (?:be )?extended|auto-renew\\p{L}*|forlænges automatisk|fornyes automatisk|automatisk forlængelse|automatisk fornyelse|löpande förlängning|tacit(?:ly)? renew\\p{L}*|(?:fortsätter|löper) (?:\\p{L}+ ){0,3}(?:att gälla |vidare )?(?:ett|en|\\d+) (?:\\(\\d+\\) )?(?:läsår|år|månad\\p{L}*|period\\p{L}*) (?:i taget|i sänder|åt gången)|gäller (?:därefter |sedan )?(?:\\p{L}+ ){0,2}(?:ett|en|\\d+) (?:\\(\\d+\\) )?(?:läsår|år|månad\\p{L}*) (?:i taget|i sänder|åt gången)|(?:et|\\d+) (?:\\(\\d+\\) )?(?:skoleår|år|måned\\p{L}*) ad gangen|for (?:further |additional )?successive (?:periods|terms|(?:one|twelve|12)[- ](?:year|month)\\p{L}* (?:periods|terms))'),
  R('liability-excluded', 'high', 'ansvarar (?:inte|ej) för (?:\\p{L}+ ){0,2}(?:skad|förlust)\\p{L}*|ansvar\\p{L}* (?:är|ska vara) (?:helt )?uteslut\\p{L}*|inte (?:under några omständigheter )?(?:ansvarig|skadeståndsskyldig)|shall (?:not|in no event) be liable|(?:excludes|disclaims) (?:all|any) liability|no liability (?:whatsoever|for any)|hæfter ikke|er ikke ansvarlig for (?:noget|nogen|tab)|ansvar (?:er )?udelukket|fraskriver sig (?:ethvert|alt) ansvar', false),
  R('own-purposes', 'high', 'för (?:sina |leverantörens )?egna (?:ändamål|syften)|for (?:its|the supplier[’\']s) own (?:purposes|business purposes)|til (?:egne|leverandørens egne) formål|produktutveckling|product (?:development|improvement)|improve (?:its|our) (?:services|products|models)|förbättra (?:sina|sin|sitt|våra|leverantörens) (?:\\p{L}+ ){0,1}(?:tjänster|produkter|modeller|ai-modeller)|forbedre (?:sine|sin|vores|leverandørens) (?:\\p{L}+ ){0,1}(?:tjenester|produkter|modeller|ai-modeller)|produktudvikling|(?:självständig\\p{L}*|selvstændig\\p{L}*|independent|separate) (?:personuppgiftsansvarig|dataansvarlig|controller)|(?:får|may|må|kan) (?:även |också |også |also )?(?:använda|use|anvende|bruge) (?:[\\p{L}-]+,? ){0,8}(?:för att|in order to|to|til at) (?:[\\p{L},]+ ){0,8}\\p{L}*(?:utveckla|förbättra|develop|improve|udvikle|forbedre)'),
  R('marketing', 'high', 'marknadsföring|reklam|direktreklam|marketing|advertis\\p{L}*|markedsføring|reklame'),
  R('ai-training', 'high', 'träna\\p{L}* (?:av )?(?:\\p{L}+ ){0,4}(?:ai|modell|maskininlärning)\\p{L}*|träning av (?:\\p{L}+ ){0,2}(?:ai|modell|maskininlärning)\\p{L}*|train\\p{L}*,? (?:[\\p{L}-]+,? ){0,5}(?:ai|artificial intelligence|machine[- ]learning|models?|algorithms?)|(?:ai|machine learning)[- ]training|træn\\p{L}* (?:af )?(?:\\p{L}+ ){0,4}(?:ai|modeller|maskinlæring)\\p{L}*|(?:utvärdera|testa|evaluate|test|evaluere|teste)\\p{L}* (?:[\\p{L},-]+ ){0,5}(?:språkmodell|sprogmodel|language model|ai-modell|ai model|maskininlärningsmodell)\\p{L}*'),
  R('no-deletion', 'high', '(?:inte|ej) skyldig att (?:radera|återlämna)|behålla (?:\\p{L}+ ){0,4}(?:på obestämd tid|utan tidsgräns)|not (?:be )?obliged to (?:delete|return)|retain (?:\\p{L}+ ){0,4}indefinitely|no obligation to delete|ikke forpligtet til at (?:slette|tilbagelevere)|opbevare (?:\\p{L}+ ){0,4}(?:på ubestemt tid|tidsubegrænset)', false),
  R('extra-charges', 'medium', '(?<![\\p{L}])(?:integration\\p{L}*|api(?:-\\p{L}+)?|lti|gränssnitt\\p{L}*|grænseflade\\p{L}*|interfaces?|inloggning\\p{L}*|login|single sign-on|sso|federation\\p{L}*|skolfederation|datalagring|lagring av|storage|opbevaring)(?![\\p{L}])(?:[^.]|\\.(?=\\d)){0,160}?(?:debiteras|faktureras|afregnes|faktureres|tilkøb\\p{L}*|tillköp\\p{L}*|tillkommande (?:avgift|kostnad)\\p{L}*|uppsättningsavgift\\p{L}*|opsætningsgebyr\\p{L}*|mot (?:en )?(?:särskild )?avgift|mod (?:særskilt )?(?:betaling|gebyr)|charged|(?:invoiced|billed) separately|(?:additional|extra|separate) (?:fees?|charges?|costs?)|add-on|tilläggsmodul\\p{L}*|tillvalsmodul\\p{L}*)|(?:debiteras|faktureras|afregnes|faktureres|tilkøb\\p{L}*|tillköp\\p{L}*|tillkommande (?:avgift|kostnad)\\p{L}*|uppsättningsavgift\\p{L}*|opsætningsgebyr\\p{L}*|mot (?:en )?(?:särskild )?avgift|mod (?:særskilt )?(?:betaling|gebyr)|charged|(?:invoiced|billed) separately|(?:additional|extra|separate) (?:fees?|charges?|costs?)|add-on|tilläggsmodul\\p{L}*|tillvalsmodul\\p{L}*)(?:[^.]|\\.(?=\\d)){0,120}?(?<![\\p{L}])(?:integration\\p{L}*|api(?:-\\p{L}+)?|lti|gränssnitt\\p{L}*|grænseflade\\p{L}*|interfaces?|inloggning\\p{L}*|login|single sign-on|sso|federation\\p{L}*|skolfederation|datalagring|lagring av|storage|opbevaring)'),
];

// Cheap test before the place patterns: a word that can name a place outside the EU/EEA.
// Article 28(3)(a)'s own words ("transfers … to a third country or an international organisation")
// restate the law on instructions; a transfer is one that names where the data goes.
const GDPR_RESTATED = /internationell\p{L}* organisation|international organi[sz]ation|internationale? organisation/iu;
// Marketing with aggregate statistics no one can be singled out from uses no personal data;
// "anonymised data about the pupils' use" is still theirs, as a reader labels it.
const NOT_PERSONAL = /aggregera\p{L}* statistik|aggregated statistics|aggregate statistics|aggregeret statistik|inte kan hänföras|cannot be (?:traced|linked|attributed)|ikke kan henføres/iu;
const INCLUDED = /ingår|indgår|included|inkluderet|inklusive|inclusive|utan (?:extra |tillkommande )?kostnad|uden (?:ekstra )?beregning|at no (?:extra |additional )?cost|free of charge|kostnadsfritt|gratis/iu;
// "… invoiced separately unless it is included in the Order Form": the exception is not the rule.
const UNLESS = /(?<![\p{L}])(?:unless|såvida (?:inte|ej)|om (?:inte|ej)|medmindre)[^,.;]*/giu;
const OUTSIDE_HINT = /tredje|third|utanför|outside|uden for|usa|u\.s|united|förenta|forenede|amerika|indien|india|kina|china|ryssland|russia|rusland|filippin|philippin|storbritannien|kingdom|\buk\b|england|schweiz|switzerland|japan|kanada|canada|serbi|belgrad|ukrain|kyiv|kiev|vitryss|hviderus|belarus|turkiet|tyrkiet|turkey|istanbul|pakistan|vietnam|bangladesh|egypt|sydafrika|south africa|brasil|brazil|mexi|singapore|australi|malaysia|indonesi|bosnien|bosnia|albani|makedoni|macedonia|moldav|moldova|armeni|marock|marokko|morocco|tunisi|emirat|hong ?kong|taiwan|thailand|israel|korea|zeeland|zealand|argentin|uruguay/iu;

const GOVERNING_LAW = /tillämplig lag|underlagt|tolkas enligt|lagen i|loven i|fortolkes efter|lovgivningen i|interpreted in accordance|construed in accordance|svensk lag|gällande lag|governed by|governing law|laws of|lovvalg|dansk ret|lov(?:givning)? i|underkastet|ska tillämpas|reglerad av/iu;
const VENUE = /tvist\p{L}*|domstol|skiljedom\p{L}*|skiljeförfarande|disputes?|courts?|arbitration|tvister|voldgift|retten i|værneting/iu;
const FOREIGN = /(?<![\p{L}])(england(?: and wales)?|engelsk|english|wales|delaware|california|kalifornien|new york|irland|ireland|irländsk|irsk|irish|usa|united states|amerikansk|tyskland|germany|german|tysk|brittisk|britisk|british|nederländerna|netherlands|holland|luxemburg|luxembourg|singapore|london|dublin)(?![\p{L}])/iu;
const FOREIGN_ALL = new RegExp(FOREIGN.source, 'giu');
const HOME: Record<string, RegExp> = {
  se: /(?<![\p{L}])(svensk|sverige|swedish|sweden|stockholm|göteborg|malmö)/iu,
  dk: /(?<![\p{L}])(dansk|danmark|danish|denmark|københavn|copenhagen)/iu,
};

const LOW_CAP_MONTHS = /(?:begränsa\p{L}*|maximera\p{L}*|limited to|capped at|shall not exceed|överstiga|overstige|begrænset til|maksimeret til|högst|maximalt)\s+(?:[\p{L},]+\s+){0,16}?(\d+|en|ett|one|three|tre|två|two|six|sex|seks|to)\s+(?:\(\d+\)\s+)?(?:månader|månaders|månadsavgift\p{L}*|månadskostnad\p{L}*|months?|monthly fees?|måneder|måneders|månedsgebyr\p{L}*|månedlige)/iu;
const LIABILITY = /ansvar\p{L}*|skadestånd\p{L}*|liabilit\p{L}*|liable|erstatning\p{L}*|hæftelse|ansvar/iu;
const MONTH_WORDS: Record<string, number> = { en: 1, ett: 1, one: 1, två: 2, two: 2, to: 2, three: 3, tre: 3, six: 6, sex: 6, seks: 6 };
// Below these sums a cap rarely covers a data-protection incident in a municipality.
const LOW_CAP: Record<string, number> = { SEK: 1_000_000, DKK: 700_000, NOK: 1_000_000, EUR: 100_000, USD: 100_000 };

export function findRisks(index: ClauseIndex, country?: string): RiskFlag[] {
  const flags: { flag: RiskFlag; clause: number }[] = [];
  const add = (code: RiskFlag['code'], severity: RiskFlag['severity'], ci: number, start: number, end: number) => {
    if (flags.filter((f) => f.flag.code === code).length >= 3) return;
    if (flags.some((f) => f.flag.code === code && f.clause === ci)) return;
    flags.push({ flag: { code, severity, evidence: clauseEvidence(index, ci, [[start, end]]) }, clause: ci });
  };
  const home = country ? HOME[country] : undefined;
  // Each pattern runs once over the whole text, not once per clause: a 400-page contract has
  // thousands of clauses and most patterns match in none of them.
  const texts = index.clauses.map((c) => c.text);
  const starts: number[] = [];
  let at = 0;
  for (const t of texts) {
    starts.push(at);
    at += t.length + 1;
  }
  const whole = texts.join('\n');
  /** Clause index and clause-relative range of a match in the whole text, if it lies inside one clause. */
  const locate = (from: number, to: number): [number, number, number] | undefined => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= from) lo = mid;
      else hi = mid - 1;
    }
    const s = from - starts[lo];
    const e = to - starts[lo];
    return e <= texts[lo].length ? [lo, s, e] : undefined;
  };
  const clausesMatching = (re: RegExp): Set<number> => {
    const out = new Set<number>();
    for (const m of whole.matchAll(new RegExp(re.source, 'giu'))) {
      const loc = locate(m.index, m.index + m[0].length);
      if (loc) out.add(loc[0]);
    }
    return out;
  };
  // Headings name subjects ("Marketing", "Transfers to third countries"); only the body makes terms.
  const bodyStart = (ci: number) => index.clauses[ci].clause.heading?.length ?? 0;

  for (const p of PATTERNS) {
    for (const m of whole.matchAll(p.re)) {
      const loc = locate(m.index, m.index + m[0].length);
      if (!loc) continue;
      const [ci, s, e] = loc;
      if (s < bodyStart(ci)) continue;
      // "Säger ingen av parterna upp Avtalet … fortsätter det att gälla ett läsår i sänder": the
      // condition's "ingen" does not negate a renewal; only words at or just before it do.
      if (p.code === 'automatic-renewal' && containsNegation(texts[ci].slice(Math.max(sentenceStart(texts[ci], s), s - 12), e))) continue;
      if (p.code !== 'automatic-renewal' && p.negatable && (isNegated(texts[ci], s, e) || containsNegation(m[0]))) continue;
      // "I priset ingår integration … utan tillkommande avgift" is the buyer's protection.
      if (p.code === 'extra-charges' && INCLUDED.test(texts[ci].slice(sentenceStart(texts[ci], s), sentenceEnd(texts[ci], e)).replace(UNLESS, ' '))) continue;
      if (p.code === 'marketing' && NOT_PERSONAL.test(texts[ci].slice(sentenceStart(texts[ci], s), sentenceEnd(texts[ci], e)))) continue;
      add(p.code, p.severity, ci, s, e);
    }
  }
  for (const ci of clausesMatching(OUTSIDE_HINT)) {
    const text = texts[ci];
    for (const place of placesIn(text)) {
      if (place.start < bodyStart(ci)) continue;
      const outside = (place.value.places ?? []).some((c) => c === 'third-country' || c.startsWith('third:'));
      const sentence = text.slice(sentenceStart(text, place.start), sentenceEnd(text, place.end));
      const named = (place.value.places ?? []).some((c) => c.startsWith('third:'));
      if (!named && GDPR_RESTATED.test(sentence)) continue;
      if (outside && /överf|transfer|overfør|överför|lagr|stored|opbevar|behandl|process|åtkomst|access|adgang/iu.test(sentence)) add('third-country-transfer', 'high', ci, place.start, place.end);
    }
  }
  const lawOrLiability = new Set([...clausesMatching(FOREIGN), ...clausesMatching(LIABILITY)]);
  for (const ci of [...lawOrLiability].sort((x, y) => x - y)) {
    scanSentences(texts[ci], (s, offset) => {
      const foreign = [...s.matchAll(FOREIGN_ALL)];
      if (foreign.length && (!home || !home.test(s))) {
        // "Governed by Irish law; disputes in the courts of Dublin": one sentence, two risks, the law
        // named first and the venue last.
        const [first, last] = [foreign[0], foreign[foreign.length - 1]];
        if (GOVERNING_LAW.test(s)) add('foreign-law', 'medium', ci, offset + first.index, offset + first.index + first[0].length);
        if (VENUE.test(s)) add('foreign-venue', 'medium', ci, offset + last.index, offset + last.index + last[0].length);
      }
      if (LIABILITY.test(s)) {
        const months = LOW_CAP_MONTHS.exec(s);
        const n = months ? (MONTH_WORDS[months[1].toLowerCase()] ?? Number(months[1])) : NaN;
        if (months && n < 12) add('liability-capped-low', 'high', ci, offset + months.index, offset + months.index + months[0].length);
        else if (/begränsa|limited to|capped|exceed|begrænset|maksimeret|högst|maximalt|överstiga|overstige/iu.test(s)) {
          const low = extractAmounts(s).find((a) => a.value.amount !== undefined && a.value.amount < (LOW_CAP[a.value.unit ?? ''] ?? 0));
          if (low) add('liability-capped-low', 'high', ci, offset + low.start, offset + low.end);
        }
      }
    });
  }
  // In document order, as a reader meets them.
  return flags.sort((x, y) => x.clause - y.clause).map((f) => f.flag);
}

function scanSentences(text: string, visit: (sentence: string, offset: number) => void): void {
  // A full stop between digits is a thousands separator ("25.000 kr."), not the end of a sentence.
  const re = /(?:[^.;!?\n]|(?<=\d)\.(?=\d))+[.;!?\n]?/g;
  for (const m of text.matchAll(re)) visit(m[0], m.index);
}
