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

  it('shares a file with one measure by that measure, and says clearly when --key names a column the file lacks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kravkit-pool-'));
    const file = join(dir, 'minutes.csv');
    writeFileSync(file, 'supplier,material,period,minutes\nB,M1,2026-01,30\nA,M2,2026-01,10\n');
    const ok = kravkit('pool', file, '--amount-per-pupil', '1', '--pupils', '100', '--key', 'minutes', '--json');
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.out) as { suppliers: { supplier: string; minor: number }[] }).suppliers).toEqual([
      expect.objectContaining({ supplier: 'A', minor: 2500 }),
      expect.objectContaining({ supplier: 'B', minor: 7500 }),
    ]);
    // The default key is active users, which this file does not have.
    for (const args of [['--key', 'sessions'], []]) {
      const r = kravkit('pool', file, '--amount-per-pupil', '1', '--pupils', '100', ...args);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toContain(`--key ${args[1] ?? 'active_users'} shares by the column ${args[1] ?? 'active_users'}, which the CSV lacks. Choose one of the columns it has: minutes.`);
    }
    writeFileSync(file, 'supplier,material,period\nB,M1,2026-01\n');
    const none = kravkit('pool', file, '--amount-per-pupil', '1', '--pupils', '100');
    expect(none.code).toBe(2);
    expect(none.err).toContain('The CSV has no measure: it needs at least one of the columns active_users, sessions, minutes.');
  });

  it('lists unreadable rows by line on stderr and exits 1', () => {
    const r = kravkit('pool', 'tests/fixtures/usage/bad-rows.csv', '--amount-per-pupil', '10', '--pupils', '10');
    expect(r.code).toBe(1);
    expect(r.err).toContain('Line 5: Active users is not a number (“tio”).');
    expect(r.err).toContain('Line 8: 2 columns, at least 6 expected.');
  });

  it('refuses a file without the required columns, naming only those it needs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kravkit-pool-'));
    const file = join(dir, 'u.csv');
    writeFileSync(file, 'supplier,minutes\nA,2\n');
    const r = kravkit('pool', file, '--amount-per-pupil', '1', '--pupils', '1', '--key', 'minutes');
    expect(r.code).toBe(2);
    expect(r.err).toBe('The CSV lacks the columns: material, period\n');
  });
});
