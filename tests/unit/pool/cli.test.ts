import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function kravkit(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', env: { ...process.env, KRAVKIT_LANG: 'en' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('kravkit pool', () => {
  it('prints payouts in minor units that sum exactly to the pool less the fee', () => {
    const r = kravkit('pool', 'tests/fixtures/usage/year-2026.csv', '--amount-per-pupil', '50', '--pupils', '4200', '--fee', '2.5', '--key', 'minutes', '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { poolMinor: number; feeMinor: number; suppliers: { supplier: string; minor: number }[] };
    expect(j.poolMinor).toBe(12 * 50 * 100 * 4200);
    expect(j.feeMinor).toBe(12 * 525_000);
    expect(j.suppliers.map((s) => s.supplier)).toEqual(['Alinea', 'Gleerups', 'Liber Digital', 'Natur & Kultur']);
    expect(j.suppliers.reduce((s, x) => s + x.minor, 0)).toBe(j.poolMinor - j.feeMinor);
  });

  it('reads columns in any order and ignores the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kravkit-pool-'));
    const file = join(dir, 'u.csv');
    writeFileSync(file, 'minutes,extra,sessions,period,material,active_users,supplier\n30,x,3,2026-01,M1,1,B\n10,y,1,2026-01,M2,3,A\n');
    const r = kravkit('pool', file, '--amount-per-pupil', '1', '--pupils', '100', '--key', 'sessions');
    expect(r.code).toBe(0);
    // 100.00 kr split 3:1 by sessions.
    expect(r.out).toMatch(/A\s+SEK\s25\.00/);
    expect(r.out).toMatch(/B\s+SEK\s75\.00/);
  });

  it('lists unreadable rows by line on stderr and exits 1', () => {
    const r = kravkit('pool', 'tests/fixtures/usage/bad-rows.csv', '--amount-per-pupil', '10', '--pupils', '10');
    expect(r.code).toBe(1);
    expect(r.err).toContain('Line 5: Active users is not a number (“tio”).');
    expect(r.err).toContain('Line 8: 2 columns, at least 6 expected.');
  });

  it('refuses a file without the required columns', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kravkit-pool-'));
    const file = join(dir, 'u.csv');
    writeFileSync(file, 'supplier,period,minutes\nA,1,2\n');
    const r = kravkit('pool', file, '--amount-per-pupil', '1', '--pupils', '1');
    expect(r.code).toBe(2);
    expect(r.err).toContain('material, active_users, sessions');
  });
});
