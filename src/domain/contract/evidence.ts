import type { Evidence } from '../model';
import type { ClauseIndex, ClauseMatch } from './retrieval';
import type { ExtractedValue } from './values';

const MAX_EXCERPT = 5000;

/** A clause quoted as evidence: its text, the matched words and the value marked, where it stands. */
export function clauseEvidence(index: ClauseIndex, clauseIndex: number, ranges: [number, number][], score?: number): Evidence {
  const { clause, text } = index.clauses[clauseIndex];
  const excerpt = text.length > MAX_EXCERPT ? text.slice(0, MAX_EXCERPT - 1) + '…' : text;
  const highlights = mergeRanges(ranges.filter(([s, e]) => e <= excerpt.length && s < e)).slice(0, 200);
  const location: Evidence['location'] = { clauseId: clause.id, paragraph: clause.block };
  if (clause.number) location.number = clause.number.slice(0, 60);
  if (clause.heading) location.heading = clause.heading.slice(0, 500);
  if (clause.page) location.page = clause.page;
  const e: Evidence = { location, excerpt, highlights };
  if (score !== undefined) e.score = Math.round(score * 100) / 100;
  return e;
}

export function matchEvidence(index: ClauseIndex, m: ClauseMatch, value?: ExtractedValue): Evidence {
  const ranges = index.highlights(m);
  if (value) ranges.push([value.start, value.end]);
  return clauseEvidence(index, m.clause, ranges, m.score);
}

function mergeRanges(ranges: [number, number][]): number[][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: number[][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
