/**
 * Flat-rate pool: time to distribute a pool over 100 suppliers × 10,000 materials × 12 periods
 * (10,000 materials in all, 100 per supplier, so 120,000 usage rows), under each key, with a cap
 * and a minimum so the redistribution rounds run too. Budget: under 200 ms in Node.
 * A heavier case (100 × 1,000 materials each × 12 = 1.2 million rows) is printed for scale.
 */
import { fileURLToPath } from 'node:url';
import { distributePool, type PoolTerms, type UsageRow } from '../../src/domain/pool/distribute';

const BUDGET_MS = 200;

function usage(suppliers: number, materialsPerSupplier: number, periods: number): UsageRow[] {
  const rows: UsageRow[] = [];
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let p = 1; p <= periods; p++) {
    const period = `2026-${String(p).padStart(2, '0')}`;
    for (let s = 0; s < suppliers; s++) {
      // A few large suppliers and a long tail, as in real usage.
      const size = s < 5 ? 20 : 1;
      for (let m = 0; m < materialsPerSupplier; m++) {
        const users = Math.floor(rand() * 200 * size);
        rows.push({ supplier: `Supplier ${s}`, material: `Material ${s}-${m}`, period, active_users: users, sessions: users * 4, minutes: users * 37 });
      }
    }
  }
  return rows;
}

function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(terms: PoolTerms, rows: UsageRow[], runs: number) {
  const samples: number[] = [];
  let check = true;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const d = distributePool(terms, rows);
    samples.push(performance.now() - t0);
    check &&= d.paidMinor + d.unallocatedMinor + d.feeMinor === d.poolMinor;
  }
  return { ms: median(samples), exact: check };
}

export default async function poolBench(): Promise<void> {
  const terms: PoolTerms = { amountPerPupil: 55.5, pupils: 48_000, feePercent: 2.5, key: 'active_users', minimumPerSupplier: 500, capPerSupplier: 60_000 };
  const rows = usage(100, 100, 12);
  let over = false;
  for (const key of ['active_users', 'sessions', 'minutes', 'mix'] as const) {
    const r = time({ ...terms, key, mix: { active_users: 2, sessions: 1, minutes: 1 } }, rows, 9);
    over ||= r.ms >= BUDGET_MS;
    console.log(`pool 100 suppliers × 10,000 materials × 12 periods (${rows.length.toLocaleString('en')} rows), key ${key}: ${r.ms.toFixed(1)} ms, sums exactly: ${r.exact ? 'yes' : 'NO'}`);
  }
  const heavy = usage(100, 1000, 12);
  const h = time(terms, heavy, 3);
  console.log(`pool 100 suppliers × 1,000 materials each × 12 periods (${heavy.length.toLocaleString('en')} rows): ${h.ms.toFixed(1)} ms, sums exactly: ${h.exact ? 'yes' : 'NO'}`);
  console.log(over ? `OVER BUDGET: ${BUDGET_MS} ms` : `within budget (${BUDGET_MS} ms)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await poolBench();
