import type { CheckOptions } from '../../domain/contract/check';
import type { Clause } from '../../domain/contract/clause';
import type { CheckRun } from '../../domain/model';
import type { ResolvedRequirement } from '../../domain/requirement/resolve';
import type { ContractReadError } from './read-result';

export interface ContractWorkerRequest {
  source: { kind: 'file'; name: string; bytes: ArrayBuffer } | { kind: 'paste'; name: string; text: string };
  requirements: ResolvedRequirement[];
  options: CheckOptions;
}

export type ContractWorkerResponse = { kind: 'kravkit.contract-check' } & ({ ok: true; run: CheckRun; clauses: Clause[] } | { ok: false; error: ContractReadError });
