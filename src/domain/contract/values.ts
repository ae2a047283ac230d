import type { Finding } from '../model';
import { NUMBER_WORDS, NUMBER_WORD_PATTERN } from './number-words';
import { placesIn } from './places';

/** A normalised value as the report states it: durations in hours, percents, places as codes. */
export type ContractValue = NonNullable<Finding['found']>;
export interface ExtractedValue {
  value: ContractValue;
  start: number;
  end: number;
}

const HOURS: [RegExp, number][] = [
  [/^(minut(er|ers)?|minutes?|mins?|minutter)$/, 1 / 60],
  [/^(timm(e|ar|ars)?|tim|h|hours?|hrs?|timer|time)$/, 1],
  [/^(dygn|døgn|døgnet)$/, 24],
  [/^(arbetsdag(ar|ars)?|bankdag(ar)?|working days?|business days?|arbejdsdag(e)?|hverdag(e)?)$/, 24],
  [/^(dag(ar|ars|e|es)?|days?|kalenderdag(ar|e)?|calendar days?)$/, 24],
  [/^(veck(a|or|ors)|weeks?|uge(r|rs)?)$/, 24 * 7],
  [/^(månad(er|ers)?|months?|måned(er|ers)?)$/, 24 * 30],
  // A school year is priced and fixed as a year.
  [/^(år|året|years?|läsår(et)?|skolår(et)?|skoleår(et)?|school years?|academic years?)$/, 24 * 365],
];
const UNIT_WORDS =
  'minuter|minuters|minut|minutes|minute|mins|min|minutter|timmar|timmars|timme|tim|hours|hour|hrs|h|timer|time|dygn|døgn|arbetsdagar|arbetsdagars|arbetsdag|bankdagar|working days|working day|business days|business day|arbejdsdage|arbejdsdag|hverdage|dagar|dagars|dag|dage|days|day|kalenderdagar|kalenderdage|calendar days|veckor|vecka|weeks|week|uger|uge|månader|månaders|månad|måneder|måned|months|month|läsåret|läsår|skolåret|skolår|skoleåret|skoleår|school years|school year|academic years|academic year|år|years|year';

const NUM = `(\\d{1,3}(?:[ \\u00a0.,]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?|${NUMBER_WORD_PATTERN})`;
// "thirty (30) days", "30 (trettio) dagar", "24 timmar", "tredive dage"
const DURATION = new RegExp(`(?<![\\p{L}\\d])${NUM}(?:\\s*\\((?:\\d+|[\\p{L}-]+)\\))?[\\s\\u00a0-]*(${UNIT_WORDS})(?![\\p{L}])`, 'giu');
// "Det första läsåret", "the first year": one, though no number is written.
const FIRST_PERIOD = new RegExp(`(?<![\\p{L}])(?:det |den |the )?(?:första|first|første) (läsåret|läsår|skolåret|skolår|skoleåret|skoleår|året|avtalsåret|aftaleåret|school year|academic year|contract year|year)(?![\\p{L}])`, 'giu');
// "Hälften av avgiften", "half of the fees", "twice the annual fee": a share of a sum, in words.
const SHARE_WORDS: [RegExp, number][] = [
  [/(?<![\p{L}])(?:hälften av|halva|halvdelen af|half of|half the|one half of)(?![\p{L}])/giu, 50],
  [/(?<![\p{L}])(?:en fjärdedel av|en fjerdedel af|a quarter of|one quarter of)(?![\p{L}])/giu, 25],
  [/(?<![\p{L}])(?:en tredjedel av|en tredjedel af|a third of|one third of)(?![\p{L}])/giu, 100 / 3],
  [/(?<![\p{L}])(?:det dubbla|dubbla|det dobbelte|double|twice)(?![\p{L}])/giu, 200],
];
const NEXT_WORKING_DAY =
  /(?:udgangen|slutningen|the end|utgången|slutet) (?:af|of|av) (?:den |the )?(?:arbejdsdagen|arbetsdagen|working day|business day) (?:efter|after)|(?:udgangen|slutningen|the end|utgången|slutet) (?:af|of|av) (?:den |the )?(?:følgende|næste|nästa|påföljande|efterföljande|next|following) (?:arbejdsdag|arbetsdag(?:en)?|working day|business day)/giu;
const PERCENT = /(?<![\p{L}\d])(\d{1,3}(?:[.,]\d+)?)\s*(%|procent|percent|per cent|pct\.?|prosent)(?![\p{L}])/giu;
const UNDUE_DELAY =
  /utan (onödigt|oskäligt|onödigt långt) dröjsmål|without undue delay|uden unødig(t)? (forsinkelse|ophold)|uden ugrundet ophold|skyndsamt|snarast möjligt|så snart (?:det är |som )?möjligt|as soon as (?:reasonably )?(?:possible|practicable)|promptly|straks|hurtigst muligt|omgående/giu;
const CURRENCY = '(SEK|kr\\.?|kronor|DKK|EUR|€|euro|USD|\\$|NOK)';
const AMOUNT_AFTER = new RegExp(`(?<![\\p{L}\\d])(\\d{1,3}(?:[ \\u00a0.,]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)\\s*(miljoner|million(?:er)?|mio\\.?|mkr|tkr)?\\s*${CURRENCY}(?![\\p{L}])`, 'giu');
const AMOUNT_BEFORE = new RegExp(`${CURRENCY}\\s*(\\d{1,3}(?:[ \\u00a0.,]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)`, 'giu');

/** "1 000 000", "1.000.000", "1,000,000", "99,5", "99.5" → a number. */
export function parseNumber(raw: string): number | undefined {
  const s = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  const word = NUMBER_WORDS.get(s) ?? NUMBER_WORDS.get(s.replace(/[-\s]/g, '-')) ?? NUMBER_WORDS.get(s.replace(/-/g, ' '));
  if (word !== undefined) return word;
  let t = s.replace(/[ \u00a0]/g, '');
  // Thousands separators: groups of exactly three digits after the separator ("500.000 DKK");
  // contracts write decimals with one or two digits ("99,5 %", "99.95 %").
  if (/^\d{1,3}([.,]\d{3})+$/.test(t)) t = t.replace(/[.,]/g, '');
  else if (/^\d{1,3}([.,]\d{3})+[.,]\d{1,2}$/.test(t)) t = t.slice(0, -3).replace(/[.,]/g, '') + '.' + t.slice(-2);
  else t = t.replace(',', '.');
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

function unitHours(unit: string): { hours: number; unit: string } {
  const u = unit.toLowerCase().replace(/\s+/g, ' ');
  for (const [re, h] of HOURS) if (re.test(u)) return { hours: h, unit: h < 1 ? 'minutes' : h === 1 ? 'hours' : h === 24 ? 'days' : h === 168 ? 'weeks' : h === 720 ? 'months' : 'years' };
  return { hours: 1, unit: 'hours' };
}

export function extractDurations(text: string): ExtractedValue[] {
  const out: ExtractedValue[] = [];
  for (const m of text.matchAll(DURATION)) {
    const n = parseNumber(m[1]);
    if (n === undefined) continue;
    const { hours } = unitHours(m[2]);
    out.push({ value: { kind: 'duration', amount: n * hours, unit: 'hours', text: m[0].trim() }, start: m.index, end: m.index + m[0].length });
  }
  // "Senest ved udgangen af arbejdsdagen efter …", "by the end of the next business day": up to two days.
  for (const m of text.matchAll(NEXT_WORKING_DAY)) {
    if (out.some((o) => o.start <= m.index && m.index < o.end)) continue;
    out.push({ value: { kind: 'duration', amount: 48, unit: 'hours', text: m[0].trim() }, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(FIRST_PERIOD)) {
    if (out.some((o) => o.start <= m.index && m.index < o.end)) continue;
    out.push({ value: { kind: 'duration', amount: unitHours(m[1]).hours, unit: 'hours', text: m[0].trim() }, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(UNDUE_DELAY)) out.push({ value: { kind: 'undue-delay', text: m[0] }, start: m.index, end: m.index + m[0].length });
  return out;
}

export function extractPercents(text: string): ExtractedValue[] {
  const out = [...text.matchAll(PERCENT)].flatMap((m) => {
    const n = parseNumber(m[1]);
    return n === undefined || n > 10_000 ? [] : [{ value: { kind: 'percent' as const, amount: n, unit: '%', text: m[0] }, start: m.index, end: m.index + m[0].length }];
  });
  for (const [re, amount] of SHARE_WORDS)
    for (const m of text.matchAll(re)) out.push({ value: { kind: 'percent', amount: Math.round(amount * 10) / 10, unit: '%', text: m[0] }, start: m.index, end: m.index + m[0].length });
  return out.sort((a, b) => a.start - b.start);
}

function currencyCode(c: string): string {
  const s = c.toLowerCase().replace('.', '');
  if (s === 'kr' || s === 'kronor' || s === 'sek' || s === 'mkr' || s === 'tkr') return 'SEK';
  if (s === '€' || s === 'euro' || s === 'eur') return 'EUR';
  if (s === '$' || s === 'usd') return 'USD';
  return s.toUpperCase();
}

export function extractAmounts(text: string): ExtractedValue[] {
  const out: ExtractedValue[] = [];
  for (const m of text.matchAll(AMOUNT_AFTER)) {
    let n = parseNumber(m[1]);
    if (n === undefined) continue;
    const scale = (m[2] ?? '').toLowerCase();
    if (/^(miljon|million|mio|mkr)/.test(scale)) n *= 1_000_000;
    if (scale === 'tkr') n *= 1000;
    out.push({ value: { kind: 'amount', amount: n, unit: currencyCode(m[3]), text: m[0] }, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(AMOUNT_BEFORE)) {
    const n = parseNumber(m[2]);
    if (n !== undefined && !out.some((o) => o.start <= m.index && m.index < o.end))
      out.push({ value: { kind: 'amount', amount: n, unit: currencyCode(m[1]), text: m[0] }, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function extractCounts(text: string): ExtractedValue[] {
  const re = new RegExp(`(?<![\\p{L}\\d.,])${NUM}(?![\\p{L}\\d%])`, 'giu');
  return [...text.matchAll(re)].flatMap((m) => {
    const n = parseNumber(m[1]);
    return n === undefined ? [] : [{ value: { kind: 'count' as const, amount: n, text: m[0] }, start: m.index, end: m.index + m[0].length }];
  });
}

export function extractValues(text: string, kind: 'duration' | 'percent' | 'place' | 'amount' | 'count'): ExtractedValue[] {
  switch (kind) {
    case 'duration':
      return extractDurations(text);
    case 'percent':
      return extractPercents(text);
    case 'amount':
      return extractAmounts(text);
    case 'count':
      return extractCounts(text);
    case 'place':
      return placesIn(text);
  }
}

/** A requirement's parameter value as a comparable value, using the parameter's unit. */
export function requiredValue(kind: 'duration' | 'percent' | 'place' | 'amount' | 'count', raw: number | string, unit?: string, currency?: string): ContractValue {
  if (kind === 'place') return { kind: 'place', places: [String(raw)], text: String(raw) };
  const n = typeof raw === 'number' ? raw : Number(raw);
  if (kind === 'duration') {
    const { hours, unit: u } = unitHours(unit ?? 'hours');
    return { kind: 'duration', amount: n * hours, unit: 'hours', text: `${n} ${u}` };
  }
  if (kind === 'percent') return { kind: 'percent', amount: n, unit: '%', text: `${n} %` };
  if (kind === 'amount') return { kind: 'amount', amount: n, unit: currency ?? unit ?? '', text: `${n} ${currency ?? unit ?? ''}`.trim() };
  return { kind: 'count', amount: n, text: String(n) };
}
