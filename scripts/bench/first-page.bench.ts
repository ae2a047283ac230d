/**
 * The JavaScript the first page loads (the entry script and its modulepreloads), gzipped.
 * Budget: under 150 KB. Builds the app first when there is no dist/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const BUDGET_KB = 150;

export default async function firstPage(): Promise<void> {
  if (!existsSync('dist/index.html')) {
    const { build } = await import('vite');
    await build({ logLevel: 'warn' });
  }
  const html = readFileSync('dist/index.html', 'utf8');
  const scripts = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1]);
  let gz = 0;
  let raw = 0;
  for (const src of new Set(scripts)) {
    const code = readFileSync(join('dist', src));
    raw += code.length;
    gz += gzipSync(code, { level: 9 }).length;
  }
  const kb = gz / 1024;
  console.log(`first page JS: ${scripts.length} file(s), ${(raw / 1024).toFixed(1)} KB raw, ${kb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB) ${kb < BUDGET_KB ? 'OK' : 'OVER BUDGET'}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await firstPage();
