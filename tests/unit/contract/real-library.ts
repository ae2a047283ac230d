import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContract } from '../../../src/domain/contract/check';
import type { CheckRun, CheckStatus, ProjectFile } from '../../../src/domain/model';
import { assembleSpecification } from '../../../src/domain/specification/assemble';
import { readContractPath } from '../../../src/io/contract/read-contract-node';
import { loadCatalogue } from '../../../src/io/packs/catalogue-loader';
import { CONTRACTS } from './fixtures';

/**
 * The contract check against the real built-in library: the learning-platform project (its
 * requirements from templates/kravkit-*.json) and the fixture contracts, labelled per template id in
 * tests/fixtures/contracts/real-library/<contract>.expected.json. The test pack measures the logic;
 * this measures the evidence terms buyers actually get.
 */
export const REAL_LIBRARY = join(CONTRACTS, 'real-library');
export const REAL_PROJECT = join(process.cwd(), 'tests/fixtures/projects/learning-platform-sv.json');

export interface RealExpected {
  contract: string;
  project: string;
  /** Status per template id (custom requirements by uid). */
  findings: Record<string, CheckStatus>;
}

export interface RealRun {
  expected: RealExpected;
  run: CheckRun;
  /** Finding's requirement uid → template id (or uid for custom requirements). */
  keys: Map<string, string>;
  /** Template id → the number in the specification (K-4.2), for messages. */
  numbers: Map<string, string>;
}

export async function checkRealLibrary(): Promise<RealRun[]> {
  const project = (JSON.parse(readFileSync(REAL_PROJECT, 'utf8')) as ProjectFile).project;
  const catalogue = await loadCatalogue();
  const spec = assembleSpecification(project, catalogue, project.language);
  const requirements = spec.requirements.map((r) => r.requirement);
  const keys = new Map(requirements.map((r) => [r.uid, r.template?.id ?? r.uid]));
  const numbers = new Map(spec.requirements.map((r) => [keys.get(r.requirement.uid)!, r.number]));
  const out: RealRun[] = [];
  for (const file of readdirSync(REAL_LIBRARY).filter((f) => f.endsWith('.expected.json')).sort()) {
    const expected = JSON.parse(readFileSync(join(REAL_LIBRARY, file), 'utf8')) as RealExpected;
    const read = await readContractPath(join(CONTRACTS, expected.contract));
    if (!read.ok) throw new Error(`${expected.contract}: ${read.error.code}`);
    const run = checkContract(read.document, requirements, { id: 'real-library', createdAt: '2026-11-22T12:00:00.000Z', country: project.country });
    out.push({ expected, run, keys, numbers });
  }
  return out;
}

export function realStatusPairs(runs: readonly RealRun[]): { truth: CheckStatus; predicted: CheckStatus; contract: string; uid: string; number: string }[] {
  return runs.flatMap(({ expected, run, keys, numbers }) =>
    run.findings.map((f) => {
      const key = keys.get(f.requirementUid) ?? f.requirementUid;
      return { truth: expected.findings[key], predicted: f.status, contract: expected.contract, uid: key, number: numbers.get(key) ?? '' };
    }),
  );
}
