import { closeSync, mkdtempSync, openSync, rmSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { checkInWorker, WORKER_TIMEOUT_MS } from '../../../src/io/contract/check-in-worker';
import { readContractPath } from '../../../src/io/contract/read-contract-node';
import { LIMITS, readErrorMessage } from '../../../src/io/contract/read-result';
import { readTextContract } from '../../../src/io/contract/read-text';

/**
 * Files too big for any contract, made here in a temporary directory rather than committed:
 * each is refused with its limit, quickly, without reading the file into memory.
 */
const dir = mkdtempSync(join(tmpdir(), 'kravkit-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MB = 1024 * 1024;

/** The time and resident-memory growth of `run`, with its result. */
async function measured<T>(run: () => Promise<T> | T): Promise<{ result: T; ms: number; rssGrowthMb: number }> {
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const result = await run();
  return { result, ms: performance.now() - t0, rssGrowthMb: (process.memoryUsage().rss - rss0) / MB };
}

describe('contract files far larger than any contract', () => {
  for (const name of ['avtal.docx', 'avtal.pdf', 'avtal.txt']) {
    it(`refuses a 200 MB ${name.split('.')[1]} by its size, within a second and without reading it`, async () => {
      const path = join(dir, `200mb-${name}`);
      writeFileSync(path, name.endsWith('.pdf') ? '%PDF-1.7\n' : 'PK');
      truncateSync(path, 200 * MB); // sparse: the test does not need 200 MB of disk either
      const { result, ms, rssGrowthMb } = await measured(() => readContractPath(path));
      expect(result).toEqual({ ok: false, error: { code: 'too-large', limitBytes: LIMITS.fileBytes } });
      expect(ms).toBeLessThan(1000);
      expect(rssGrowthMb, 'resident memory growth in MB').toBeLessThan(32);
      expect(readErrorMessage(result.ok ? { code: 'empty' } : result.error)).toEqual({ key: 'readError.too-large', args: { limit: 25 } });
    });
  }

  it('refuses a single 50 MB line of text in a file, by its size, without reading it', async () => {
    const path = join(dir, 'one-line.txt');
    const fd = openSync(path, 'w');
    const chunk = Buffer.alloc(MB, 'avtal ');
    for (let i = 0; i < 50; i++) writeSync(fd, chunk);
    closeSync(fd);
    const { result, ms, rssGrowthMb } = await measured(() => readContractPath(path));
    expect(result).toEqual({ ok: false, error: { code: 'too-large', limitBytes: LIMITS.fileBytes } });
    expect(ms).toBeLessThan(1000);
    expect(rssGrowthMb, 'resident memory growth in MB').toBeLessThan(32);
  });

  it('refuses a single 50 MB line pasted as text, without splitting or copying it', async () => {
    const line = 'Leverantören ska radera uppgifterna. '.repeat(Math.ceil((50 * MB) / 37)).slice(0, 50 * MB);
    const { result, ms, rssGrowthMb } = await measured(() => readTextContract('Inklistrad text', line, 'paste'));
    expect(result).toEqual({ ok: false, error: { code: 'too-large', limitBytes: LIMITS.textChars } });
    expect(ms).toBeLessThan(100);
    expect(rssGrowthMb, 'resident memory growth in MB beyond the text itself').toBeLessThan(16);
  });

  it('reads a single line just under the text limit in bounded time and memory', async () => {
    const line = 'x'.repeat(LIMITS.textChars - 1);
    const { result, ms, rssGrowthMb } = await measured(() => readTextContract('one-line.txt', line, 'txt'));
    expect(result.ok && result.document.blocks.length).toBe(1);
    expect(ms).toBeLessThan(2000);
    // A few copies of a 10 MB one-byte string at most (trim, split), never a blow-up.
    expect(rssGrowthMb, 'resident memory growth in MB').toBeLessThan(100);
  });
});

describe('a contract check that runs too long', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('is stopped and reported as taking too long, not as a damaged file', async () => {
    const terminated: boolean[] = [];
    // A worker that never answers, as on a file that makes the check crawl.
    class SilentWorker {
      onmessage: ((e: MessageEvent) => void) | null = null;
      onerror: ((e: ErrorEvent) => void) | null = null;
      postMessage(): void {}
      terminate(): void {
        terminated.push(true);
      }
    }
    vi.stubGlobal('Worker', SilentWorker);
    vi.useFakeTimers();
    const answer = checkInWorker({ source: { kind: 'paste', name: 'x', text: 'x' }, requirements: [], options: { id: 'r', createdAt: '2026-11-28T00:00:00.000Z' } as never });
    await vi.advanceTimersByTimeAsync(WORKER_TIMEOUT_MS - 1);
    expect(terminated).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    const response = await answer;
    expect(terminated).toEqual([true]);
    expect(response).toEqual({ kind: 'kravkit.contract-check', ok: false, error: { code: 'timeout', limitSeconds: WORKER_TIMEOUT_MS / 1000 } });
    if (response.ok) return;
    const message = readErrorMessage(response.error);
    expect(message).toEqual({ key: 'readError.timeout', args: { limit: 120 } });

    // Its own message in every language, not the one for a damaged file.
    const expected = { sv: 'tog för lång tid', da: 'tog for lang tid', en: 'took too long' };
    for (const [lang, phrase] of Object.entries(expected)) {
      const readError = (JSON.parse(readFileSync(`src/i18n/locales/${lang}/contract.json`, 'utf8')) as { readError: Record<string, string> }).readError;
      expect(readError.timeout, lang).toContain(phrase);
      expect(readError.timeout, lang).toContain('{{limit}}');
      expect(readError.timeout).not.toBe(readError.corrupt);
    }
  });
});
