/**
 * Contract check figures:
 *  1. precision and recall of each status over the labelled contracts in tests/fixtures/contracts
 *     (goals: no `met` where the truth is `missing` or `conflict`; recall of missing and conflict ≥ 0.9);
 *     and over the same contracts checked against the real built-in library (templates/kravkit-*.json)
 *     with the learning-platform project, labelled in tests/fixtures/contracts/real-library;
 *  2. the time to check contracts of 10, 100 and 400 pages against 300 requirements in Node
 *     (budget: 100 pages under 500 ms; growth close to linear).
 * Run alone: npx tsx scripts/bench/contract.bench.ts
 */
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { statusAccuracy } from '../../src/domain/contract/accuracy';
import { checkContract } from '../../src/domain/contract/check';
import type { ContractBlock } from '../../src/domain/contract/clause';
import type { CheckStatus } from '../../src/domain/model';
import type { ResolvedRequirement } from '../../src/domain/requirement/resolve';
import { checkLabelledContracts, statusPairs } from '../../tests/unit/contract/labelled';
import { contractRequirements, fixtureText } from '../../tests/unit/contract/fixtures';
import { checkRealLibrary, realStatusPairs } from '../../tests/unit/contract/real-library';

const BUDGET_100_PAGES_MS = 500;
const CHARS_PER_PAGE = 3000;

/** A deterministic stream of numbers, so every run times the same contract. */
function random(seed: number): () => number {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) >>> 0) / 2 ** 32);
}

/** Pages of contract: the fixture clauses renumbered and repeated, with filler sentences of varied words. */
function syntheticContract(pages: number): ContractBlock[] {
  const rnd = random(pages);
  const source = ['sv-dpa-full.txt', 'sv-dpa-conflicts.txt', 'en-saas-risky.txt']
    .flatMap((f) => fixtureText(f).split('\n'))
    .filter((l) => /^\d+\.\d+ /.test(l))
    .map((l) => l.replace(/^\d+\.\d+ /, ''));
  const vocabulary = Array.from({ length: 4000 }, (_, i) => `ord${i.toString(36)}${'aeiouy'[i % 6]}ning`);
  const blocks: ContractBlock[] = [];
  let section = 0;
  for (let page = 1; page <= pages; page++) {
    let chars = 0;
    while (chars < CHARS_PER_PAGE) {
      section++;
      const heading = { text: `${section}. Avsnitt ${section}`, page };
      blocks.push(heading);
      for (let sub = 1; sub <= 3; sub++) {
        const filler = Array.from({ length: 12 }, () => vocabulary[Math.floor(rnd() * vocabulary.length)]).join(' ');
        const text = `${section}.${sub} ${source[Math.floor(rnd() * source.length)]} ${filler}.`;
        blocks.push({ text, page });
        chars += text.length;
      }
      chars += heading.text.length;
    }
  }
  return blocks;
}

/** 300 requirements: the test pack's, repeated with varied evidence terms so retrieval is not all cache hits. */
function manyRequirements(): ResolvedRequirement[] {
  const base = contractRequirements('sv');
  const rnd = random(300);
  return Array.from({ length: 300 }, (_, i) => {
    const r = base[i % base.length];
    if (!r.contractEvidence) return { ...r, uid: `r${i}` };
    const extra = `ord${Math.floor(rnd() * 4000).toString(36)}`;
    return { ...r, uid: `r${i}`, contractEvidence: { ...r.contractEvidence, terms: { ...r.contractEvidence.terms, sv: [...(r.contractEvidence.terms.sv ?? []), extra] } } };
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function printAccuracy(pairs: { truth: CheckStatus; predicted: CheckStatus; contract: string; uid: string }[]): void {
  const acc = statusAccuracy(pairs);
  for (const s of acc.scores) {
    console.log(`  ${s.status.padEnd(8)} truth ${String(s.truth).padStart(3)}  predicted ${String(s.predicted).padStart(3)}  precision ${s.precision.toFixed(2)}  recall ${s.recall.toFixed(2)}`);
  }
  const missing = acc.scores.find((s) => s.status === 'missing')!;
  const conflict = acc.scores.find((s) => s.status === 'conflict')!;
  console.log(`  met where truth is missing/conflict: ${acc.falseMet} (goal 0) ${acc.falseMet === 0 ? 'OK' : 'FAIL'}`);
  console.log(`  recall missing ${missing.recall.toFixed(2)}, conflict ${conflict.recall.toFixed(2)} (goal ≥ 0.90) ${missing.recall >= 0.9 && conflict.recall >= 0.9 ? 'OK' : 'FAIL'}`);
  const wrong = pairs.filter((p) => p.truth !== p.predicted);
  for (const w of wrong) console.log(`  differs: ${w.contract} ${w.uid}: truth ${w.truth}, checked ${w.predicted}`);
}

export default async function contractBench(): Promise<void> {
  const runs = await checkLabelledContracts();
  const pairs = statusPairs(runs);
  console.log(`labelled contracts, test pack: ${runs.length} (${runs.map((r) => r.expected.contract).join(', ')}), ${pairs.length} findings, agreement ${(statusAccuracy(pairs).agreement * 100).toFixed(1)} %`);
  printAccuracy(pairs);
  const real = await checkRealLibrary();
  const realPairs = realStatusPairs(real).map((p) => ({ ...p, uid: `${p.number} ${p.uid}` }));
  console.log(`labelled contracts, built-in library (learning-platform-sv): ${real.length} (${real.map((r) => r.expected.contract).join(', ')}), ${realPairs.length} findings, agreement ${(statusAccuracy(realPairs).agreement * 100).toFixed(1)} %`);
  printAccuracy(realPairs);

  const requirements = manyRequirements();
  const times: { pages: number; ms: number; best: number; clauses: number }[] = [];
  // One warm-up check so the first size does not pay for compiling the regular expressions.
  checkContract({ name: 'warm.txt', format: 'txt', blocks: syntheticContract(2) }, requirements, { id: 'warm', createdAt: '2026-11-22T12:00:00.000Z' });
  for (const pages of [10, 100, 400]) {
    const blocks = syntheticContract(pages);
    const samples: number[] = [];
    let clauses = 0;
    for (let i = 0; i < (pages >= 400 ? 3 : 7); i++) {
      const t0 = performance.now();
      const run = checkContract({ name: 'bench.txt', format: 'txt', blocks, pages }, requirements, { id: 'bench', createdAt: '2026-11-22T12:00:00.000Z', country: 'se' });
      samples.push(performance.now() - t0);
      clauses = run.contract.clauses;
    }
    times.push({ pages, ms: median(samples), best: Math.min(...samples), clauses });
  }
  for (const { pages, ms, best, clauses } of times) {
    const verdict = pages === 100 ? (ms < BUDGET_100_PAGES_MS ? ` (budget ${BUDGET_100_PAGES_MS} ms) OK` : ` (budget ${BUDGET_100_PAGES_MS} ms) OVER BUDGET`) : '';
    console.log(`check ${String(pages).padStart(3)} pages (${clauses} clauses) × 300 requirements: median ${ms.toFixed(0)} ms (best ${best.toFixed(0)} ms), ${(ms / pages).toFixed(2)} ms/page${verdict}`);
  }
  const [t10, t100, t400] = times;
  console.log(`growth: 10→100 pages ×${(t100.ms / t10.ms).toFixed(1)} (linear ×10), 100→400 pages ×${(t400.ms / t100.ms).toFixed(1)} (linear ×4)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await contractBench();
