import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContract } from '../../../src/domain/contract/check';
import type { CheckRun, CheckStatus, Language } from '../../../src/domain/model';
import { readContractPath } from '../../../src/io/contract/read-contract-node';
import { CONTRACTS, contractRequirements } from './fixtures';

export interface Expected {
  contract: string;
  language: Language;
  country: string;
  agreement?: string;
  findings: Record<string, CheckStatus>;
  risks: string[];
}

export interface LabelledRun {
  expected: Expected;
  run: CheckRun;
}

/** Every contract in tests/fixtures/contracts with a `*.expected.json` beside it, read and checked. */
export async function checkLabelledContracts(): Promise<LabelledRun[]> {
  const out: LabelledRun[] = [];
  for (const file of readdirSync(CONTRACTS).filter((f) => f.endsWith('.expected.json')).sort()) {
    const expected = JSON.parse(readFileSync(join(CONTRACTS, file), 'utf8')) as Expected;
    const read = await readContractPath(join(CONTRACTS, expected.contract));
    if (!read.ok) throw new Error(`${expected.contract}: ${read.error.code}`);
    const run = checkContract(read.document, contractRequirements(expected.language), { id: 'labelled', createdAt: '2026-11-22T12:00:00.000Z', country: expected.country });
    out.push({ expected, run });
  }
  return out;
}

export function statusPairs(runs: readonly LabelledRun[]): { truth: CheckStatus; predicted: CheckStatus; contract: string; uid: string }[] {
  return runs.flatMap(({ expected, run }) =>
    run.findings.map((f) => ({ truth: expected.findings[f.requirementUid], predicted: f.status, contract: expected.contract, uid: f.requirementUid })),
  );
}
