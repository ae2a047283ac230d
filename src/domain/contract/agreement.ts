import type { CheckRun } from '../model';
import type { Clause } from './clause';

export type Agreement = NonNullable<CheckRun['contract']['agreement']>;

interface Structure {
  /** Marks the agreement cannot be without: its annexes or clauses as the template numbers them. */
  required: RegExp[];
  /** Further marks; `least` of them must be present as well. */
  marks: RegExp[];
  least: number;
}

/**
 * Standard agreements recognised by their structure, not by words any agreement of the kind uses
 * ("personuppgiftsbiträdesavtal", "instruktion", "personuppgiftsansvarig" are in every Swedish DPA):
 * - the EU standard contractual clauses (Decision (EU) 2021/915): the decision, the docking clause or
 *   `Clause 7.7` on sub-processors, with its other clauses and Annexes;
 * - the Danish standard clauses (Datatilsynet): at least two of the annexes (Bilag) A–D, with the
 *   clauses' title or their article 28 reference;
 * - the Swedish PuB-avtal (SKR, Adda, Inera): the two annexes the buyer fills in, "Instruktion" and
 *   "Lista över underbiträden", with the agreement's name or its authors.
 * Anything less is `unknown`: the report then claims no standard agreement.
 */
const STRUCTURES: Record<Exclude<Agreement, 'unknown'>, Structure> = {
  'eu-scc-2021-915': {
    required: [/2021\/915|docking clause|\bclause\s+7\.7\b/i],
    marks: [/2021\/915/, /standard contractual clauses/i, /docking clause/i, /\bclause\s+7\.7\b/i, /\bannex\s+(?:iv|iii)\b/i, /list of sub-processors/i, /\bclause\s+9\b/i],
    least: 3,
  },
  'dk-standard-clauses': {
    required: [/\bbilag\s+[a-d]\b[\s\S]*\bbilag\s+[a-d]\b/i],
    marks: [/datatilsynet/i, /standardkontraktsbestemmelser/i, /artikel\s+28,\s*stk\.\s*(?:3|8)/i],
    least: 1,
  },
  'pub-avtal': {
    required: [/(?:bilaga|annex)\s*\d*\s*[.:–-]?\s*instruktion/i, /lista över underbiträden/i],
    marks: [/personuppgiftsbiträdesavtal/i, /\bskr\b|sveriges kommuner och regioner/i, /\badda\b/i, /\binera\b/i],
    least: 1,
  },
};

export function recogniseAgreement(clauses: readonly Clause[]): Agreement {
  // The marks sit in headings, numbers and the first lines; the first 60 000 characters suffice.
  const text = clauses
    .map((c) => [c.number, c.heading, ...c.paragraphs].filter(Boolean).join(' '))
    .join('\n')
    .slice(0, 60_000);
  let best: Agreement = 'unknown';
  let bestCount = 0;
  for (const [agreement, s] of Object.entries(STRUCTURES) as [Exclude<Agreement, 'unknown'>, Structure][]) {
    if (!s.required.every((re) => re.test(text))) continue;
    const count = s.marks.filter((re) => re.test(text)).length;
    if (count >= s.least && count > bestCount) {
      best = agreement;
      bestCount = count;
    }
  }
  return best;
}
