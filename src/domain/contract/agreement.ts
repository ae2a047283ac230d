import type { CheckRun } from '../model';
import type { Clause } from './clause';

export type Agreement = NonNullable<CheckRun['contract']['agreement']>;

/**
 * Standard agreements recognised by their structure, not by a title a supplier can copy:
 * - the EU standard contractual clauses (Decision (EU) 2021/915): `Clause 7.7` sub-processors,
 *   `Clause 9` breach notification, the docking clause, Annexes I–IV;
 * - the Danish standard clauses (Datatilsynet): numbered sections with annexes (Bilag) A–D;
 * - the Swedish PuB-avtal (SKR, Adda, Inera): the annexes "Instruktion" and "Lista över underbiträden".
 * Each needs at least three of its marks.
 */
const MARKS: Record<Exclude<Agreement, 'unknown'>, RegExp[]> = {
  'eu-scc-2021-915': [/2021\/915/, /standard contractual clauses/i, /docking clause/i, /\bclause\s+7\.7\b/i, /\bannex\s+(?:iv|iii)\b/i, /list of sub-processors/i, /\bclause\s+9\b/i],
  'dk-standard-clauses': [/datatilsynet/i, /standardkontraktsbestemmelser/i, /\bbilag\s+a\b/i, /\bbilag\s+b\b/i, /\bbilag\s+c\b/i, /\bbilag\s+d\b/i, /artikel\s+28,\s*stk\.\s*(?:3|8)/i],
  'pub-avtal': [/personuppgiftsbiträdesavtal/i, /\binstruktion\b/i, /lista över underbiträden/i, /\bskr\b|sveriges kommuner och regioner/i, /\badda\b/i, /\binera\b/i, /personuppgiftsansvarig/i],
};

export function recogniseAgreement(clauses: readonly Clause[]): Agreement {
  // The marks sit in headings, numbers and the first lines; the first 60 000 characters suffice.
  const text = clauses
    .map((c) => [c.number, c.heading, ...c.paragraphs].filter(Boolean).join(' '))
    .join('\n')
    .slice(0, 60_000);
  let best: Agreement = 'unknown';
  let bestCount = 2;
  for (const [agreement, marks] of Object.entries(MARKS) as [Exclude<Agreement, 'unknown'>, RegExp[]][]) {
    const count = marks.filter((re) => re.test(text)).length;
    if (count > bestCount) {
      best = agreement;
      bestCount = count;
    }
  }
  return best;
}
