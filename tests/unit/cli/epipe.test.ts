import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs the CLI into a reader that stops after a few bytes, as `| head` does. */
function intoHead(args: string) {
  const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" --import tsx src/cli/main.ts ${args} | head -c 40`], {
    encoding: 'utf8',
    env: { ...process.env, KRAVKIT_LANG: 'en' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the CLI writing into a pipe that closes early', () => {
  it('stops quietly with exit 0 when the reader stops reading the catalogue', () => {
    const r = intoHead('catalog --json');
    expect(r.out).toHaveLength(40);
    expect(r.out.startsWith('{')).toBe(true);
    expect(r.err).not.toMatch(/EPIPE|Unhandled|at .*\(node:/);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });
});
