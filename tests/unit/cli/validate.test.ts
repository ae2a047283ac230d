import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function kravkit(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', env: { ...process.env, KRAVKIT_LANG: 'en' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('kravkit validate', () => {
  it('accepts a valid project with exit 0', () => {
    const r = kravkit('validate', 'tests/fixtures/files/project-v1.json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('is a valid project');
  });

  it('rejects a broken project with exit 1 and each error at its JSON path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kravkit-'));
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify({ kind: 'kravkit.project', formatVersion: 1, app: { name: 'kravkit', version: '0' }, project: { id: 'x', title: 't', language: 'fi' } }));
    const r = kravkit('validate', file);
    expect(r.code).toBe(1);
    expect(r.err).toContain('/project/language: is not one of the allowed values');
    expect(r.err).toContain('/project: the field "before" is missing');
  });

  it('rejects a file that is not JSON with exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kravkit-'));
    const file = join(dir, 'x.json');
    writeFileSync(file, 'PK\u0003\u0004 not json');
    const r = kravkit('validate', file);
    expect(r.code).toBe(1);
    expect(r.err).toContain('not valid JSON');
  });

  it('prints its help with every command', () => {
    const r = kravkit('--help');
    expect(r.code).toBe(0);
    for (const c of ['catalog', 'new', 'validate', 'export', 'check', 'pool']) expect(r.out).toContain(c);
  });
});
