import type { Finding } from '../model';
import type { ResolvedRequirement } from '../requirement/resolve';
import type { Agreement } from './agreement';
import { clauseEvidence } from './evidence';
import type { ClauseIndex } from './retrieval';

// "Bilaga 1", "Bilag 2 –", "Annex I:", "Appendix A." before an annex's own title.
const ANNEX_LABEL = /^(?:bilaga|bilag|annex|appendix|schedule)\b\s*[\p{L}\d.]{0,6}\s*[–:.-]?\s*/iu;

/**
 * A requirement some documents fulfil by being one (a written processing agreement): the contract is
 * a standard agreement its evidence lists, or its title, or an annex's title, names the kind. Only
 * the title counts, not a section heading: "4. Databehandleraftale" in a subscription may say one
 * is still to be signed.
 */
export function fulfilledByDocument(
  r: ResolvedRequirement,
  index: ClauseIndex,
  lang: keyof NonNullable<NonNullable<ResolvedRequirement['contractEvidence']>['terms']>,
  agreement: Agreement,
): Pick<Finding, 'status' | 'confidence' | 'explanation' | 'evidence'> | undefined {
  const kind = r.contractEvidence?.document;
  if (!kind) return undefined;
  if (agreement !== 'unknown' && kind.agreements?.includes(agreement)) {
    return { status: 'met', confidence: 'high', explanation: { code: 'document-is', args: { title: index.clauses[0]?.clause.heading ?? agreement } }, evidence: index.clauses.length ? [clauseEvidence(index, 0, [])] : [] };
  }
  const titles = (kind.titles?.[lang] ?? []).map((t) => t.toLocaleLowerCase());
  if (titles.length === 0) return undefined;
  for (let ci = 0; ci < index.clauses.length; ci++) {
    const { clause } = index.clauses[ci];
    const annex = ANNEX_LABEL.test(clause.number ?? '') || ANNEX_LABEL.test(clause.heading ?? '');
    if (ci > 0 && !annex) continue;
    const heading = (clause.heading ?? '').replace(ANNEX_LABEL, '').trim().toLocaleLowerCase();
    if (titles.some((t) => heading.startsWith(t))) {
      return { status: 'met', confidence: 'medium', explanation: { code: 'document-is', args: { title: clause.heading!.slice(0, 200) } }, evidence: [clauseEvidence(index, ci, [[0, clause.heading!.length]])] };
    }
  }
  return undefined;
}
