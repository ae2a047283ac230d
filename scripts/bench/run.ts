/**
 * `npm run bench`: runs every scripts/bench/*.bench.ts in turn; each prints its own figures.
 * Budgets are checked here, in benchmarks, never in timed unit tests.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const file of benches) {
  console.log(`\n== ${file.replace('.bench.ts', '')} ==`);
  try {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default?: () => Promise<void> };
    if (typeof mod.default === 'function') await mod.default();
  } catch (e) {
    failed++;
    console.log(`bench ${file} failed: ${e instanceof Error ? e.stack : String(e)}`);
  }
}
console.log(`\nbenchmarks: ${benches.length - failed} ran, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
