import type { CheckRun, Language } from '../model';
import type { ResolvedRequirement } from '../requirement/resolve';
import { recogniseAgreement } from './agreement';
import type { ContractDocument } from './clause';
import { fulfilledByDocument } from './document-kind';
import { detectLanguage } from './language';
import { checkRequirement, isContractCheckable } from './requirement-check';
import { ClauseIndex } from './retrieval';
import { findRisks } from './risks';
import { segmentClauses } from './segment';

export interface CheckOptions {
  id: string;
  createdAt: string;
  /** The buyer's country (`se`, `dk`…): governing law elsewhere is flagged. */
  country?: string;
  /** Force the contract language instead of detecting it. */
  language?: Language;
}

/** Checks a contract against the project's requirements: one finding per checkable requirement, plus risk flags. */
export function checkContract(doc: ContractDocument, requirements: readonly ResolvedRequirement[], opts: CheckOptions): CheckRun {
  const clauses = segmentClauses(doc.blocks);
  const language = opts.language ?? detectLanguage(doc.blocks.map((b) => b.text).join('\n'));
  const index = new ClauseIndex(clauses, language);
  const risks = findRisks(index, opts.country);
  const agreement = recogniseAgreement(clauses);
  const findings = requirements.filter(isContractCheckable).map((r) => {
    const f = checkRequirement(r, index, language, risks, opts.country);
    // A processing agreement names itself once, in its title, and then its parties by role.
    const byDocument = f.status === 'missing' ? fulfilledByDocument(r, index, language, agreement) : undefined;
    return byDocument ? { ...f, ...byDocument } : f;
  });
  const summary: CheckRun['summary'] = { met: 0, partial: 0, missing: 0, conflict: 0, 'not-applicable': 0 };
  for (const f of findings) summary[f.status]++;
  const contract: CheckRun['contract'] = { name: doc.name.slice(0, 300), format: doc.format, language, clauses: clauses.length, agreement };
  if (doc.pages) contract.pages = doc.pages;
  return { id: opts.id, createdAt: opts.createdAt, contract, summary, findings, risks };
}
