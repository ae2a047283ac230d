/** How many generated inputs the import fuzzing tried, and how many failed. Goal: ≥ 10,000 tried, 0 failed. */
import { fileURLToPath } from 'node:url';
import { runImportFuzz } from '../../tests/support/file-fuzz';

export default async function fuzz(): Promise<void> {
  const t0 = performance.now();
  const r = await runImportFuzz(12_000, 20261122);
  const ms = performance.now() - t0;
  const applied = Object.entries(r.applied)
    .map(([kind, n]) => `${n} ${kind.replace('kravkit.', '')}`)
    .join(', ');
  console.log(
    `import fuzzing: ${r.tried} inputs tried, ${r.failed} failed, ${r.values} were valid files applied as the app does with a project open (${applied || 'none'}) (${ms.toFixed(0)} ms, ${((ms / r.tried) * 1000).toFixed(0)} µs per input)`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await fuzz();
