import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../../../src/cli/commands/check';
import { cliI18n } from '../../../src/cli/node-i18n';
import type { CheckReportFile } from '../../../src/domain/model';
import { readFileOfKind } from '../../../src/io/files/read-file';

// The check runs on the test pack alone, so these tests do not move when the built-in library changes.
vi.mock('../../../src/io/packs/built-in', () => ({ loadBuiltInPacks: async () => [] }));

const PROJECT = 'tests/fixtures/contracts/contract-project.json';
const PACK = 'tests/fixtures/contracts/contract-pack.json';

async function kravkitCheck(...args: string[]) {
  const i18n = await cliI18n('en');
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { t: i18n.t.bind(i18n), lang: 'en', out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('kravkit check', () => {
  it('prints conflicts first, then missing, with the clause and the values beside each other', async () => {
    const r = await kravkitCheck(PROJECT, 'tests/fixtures/contracts/sv-dpa-conflicts.txt', '--pack', PACK);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Contract check: sv-dpa-conflicts.txt (Swedish, ');
    expect(r.out).toContain('Conflicts: 4 · missing: 4 · partly met: 0 · met: 6');
    expect(r.out.indexOf('== Conflicts with the specification')).toBeLessThan(r.out.indexOf('== Missing from the contract'));
    expect(r.out).toContain('required 24 hours, contract 72 hours');
    expect(r.out).toContain('required 30 days, contract 90 days');
    expect(r.out).toContain('required the EU/EEA, contract USA');
    expect(r.out).toMatch(/Clause 6\.1, Personuppgiftsincidenter: .*»72 timmar«/);
    expect(r.out).toContain('Data may be transferred outside the EU/EEA.');
  });

  it('quotes the clause for every finding with evidence, a met one too, and shows no match of 0 % similarity', async () => {
    const r = await kravkitCheck(PROJECT, 'tests/fixtures/contracts/sv-dpa-conflicts.txt', '--pack', PACK);
    const met = r.out.slice(r.out.indexOf('== Met'), r.out.indexOf('== Risks'));
    const findings = met.split('\n').filter((l) => /^\[K-/.test(l));
    expect(findings).toHaveLength(6);
    // Each met finding is followed by its explanation and then its clause, quoted with the matched words marked.
    expect(met).toMatch(/Clause 3\.1, Tystnadsplikt: »Behörig personal« hos Personuppgiftsbiträdet omfattas av »tystnadsplikt«\./);
    expect(met.match(/^ {4}Clause [\d.]+, [^:]+: .*»/gm)).toHaveLength(6);
    expect(r.out).not.toMatch(/\(0 %/);
    expect(r.out).toMatch(/\[K-1\.1\] Kvartalsrapport — Missing, low confidence\n {4}No clause in the contract speaks to this requirement\./);
  });

  it('writes the schema-valid JSON report with --json --out', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kravkit-check-')), 'report.json');
    const r = await kravkitCheck(PROJECT, 'tests/fixtures/contracts/da-dpa-full.pdf', '--pack', PACK, '--json', '--out', file);
    expect(r.code).toBe(0);
    expect(r.err).toContain(file);
    const parsed = readFileOfKind(readFileSync(file, 'utf8'), 'kravkit.check-report');
    expect(parsed.ok).toBe(true);
    const report = (parsed as { value: CheckReportFile }).value;
    expect(report.projectId).toBe('p-contract');
    expect(report.run.contract).toMatchObject({ format: 'pdf', language: 'da', agreement: 'dk-standard-clauses' });
    expect(report.run.summary.met).toBe(9);
  });

  it('explains a hostile file and exits 1', async () => {
    const r = await kravkitCheck(PROJECT, 'tests/fixtures/hostile/entity-expansion.docx', '--pack', PACK);
    expect(r.code).toBe(1);
    expect(r.err).toContain('XML entity declarations');
    expect(r.out).toBe('');
  });

  it('asks for both files', async () => {
    const r = await kravkitCheck(PROJECT);
    expect(r.code).toBe(2);
    expect(r.err).toContain('CONTRACT');
  });
});
