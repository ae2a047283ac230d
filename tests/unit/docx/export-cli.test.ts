import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildExportDocument, toBuffer } from '../../../src/io/docx';
import { loadCatalogue } from '../../../src/io/packs/catalogue-loader';
import { documentText, miniPack, miniProject } from './fixtures';
import { pdfPages } from './pdf-text';
import { malformedParts, paragraphsOf, readDocx, textOf } from './read-docx';

const PROJECT = 'tests/fixtures/projects/mini-project.json';
const PACK = 'tests/fixtures/packs/mini-pack.json';
const dir = mkdtempSync(join(tmpdir(), 'kravkit-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function kravkit(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', env: { ...process.env, KRAVKIT_LANG: 'en' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('kravkit export', () => {
  it('writes the same specification the app builds, in the project language by default', async () => {
    const out = join(dir, 'spec.docx');
    const r = kravkit('export', PROJECT, '--pack', PACK, '--out', out);
    expect(r.err).toContain(`Wrote ${out}`);
    expect(r.code).toBe(0);
    const bytes = new Uint8Array(readFileSync(out));
    expect(malformedParts(bytes)).toEqual([]);
    const cli = readDocx(bytes);
    const catalogue = await loadCatalogue([miniPack]);
    const inProcess = readDocx(await toBuffer(await buildExportDocument({ what: 'specification', project: miniProject, catalogue, lang: 'sv', t: await documentText('sv') })));
    expect(textOf(cli.document)).toBe(textOf(inProcess.document));
    expect(cli.styles).toContain('<w:lang w:val="sv-SE"/>');
  });

  it('writes another document language with --lang and the checklists with --what checklists', async () => {
    const spec = join(dir, 'spec-da.docx');
    expect(kravkit('export', PROJECT, '--pack', PACK, '--out', spec, '--lang', 'da').code).toBe(0);
    const da = readDocx(new Uint8Array(readFileSync(spec)));
    expect(da.styles).toContain('<w:lang w:val="da-DK"/>');
    expect(textOf(da.document)).toContain((await documentText('da'))('export:annex.heading'));

    const lists = join(dir, 'lists.docx');
    expect(kravkit('export', PROJECT, '--pack', PACK, '--out', lists, '--what', 'checklists', '--lang', 'en').code).toBe(0);
    const en = readDocx(new Uint8Array(readFileSync(lists)));
    expect(paragraphsOf(en.document).some((p) => p.style === 'Heading1' && p.text.includes('School leader'))).toBe(true);
  });

  it('writes the latest saved contract check, or the one named with --run, as a report', async () => {
    const projectFile = JSON.parse(readFileSync(PROJECT, 'utf8'));
    const report = JSON.parse(readFileSync('tests/fixtures/docx/check-report.json', 'utf8'));
    const older = { ...report.run, id: 'run-0', createdAt: '2026-11-01T09:00:00.000Z', contract: { ...report.run.contract, name: 'Gammalt avtal.pdf', format: 'pdf' } };
    projectFile.project.checks = [report.run, older];
    const withChecks = join(dir, 'with-checks.json');
    writeFileSync(withChecks, JSON.stringify(projectFile));
    const latest = join(dir, 'report.docx');
    expect(kravkit('export', withChecks, '--pack', PACK, '--out', latest, '--what', 'report').code).toBe(0);
    const text = textOf(readDocx(new Uint8Array(readFileSync(latest))).document);
    expect(text).toContain(report.run.contract.name);
    expect(text).toContain('K-2.1');
    const named = join(dir, 'report-0.docx');
    expect(kravkit('export', withChecks, '--pack', PACK, '--out', named, '--what', 'report', '--run', 'run-0').code).toBe(0);
    expect(textOf(readDocx(new Uint8Array(readFileSync(named))).document)).toContain('Gammalt avtal.pdf');
    const none = kravkit('export', PROJECT, '--pack', PACK, '--out', join(dir, 'none.docx'), '--what', 'report');
    expect(none.code).toBe(1);
    expect(none.err).toContain('no saved contract check');
  });

  it('refuses a missing --out, an unknown language or export with exit 2, and a broken project with exit 1', () => {
    expect(kravkit('export', PROJECT).code).toBe(2);
    const lang = kravkit('export', PROJECT, '--out', join(dir, 'x.docx'), '--lang', 'fi');
    expect(lang.code).toBe(2);
    expect(lang.err).toContain('fi');
    expect(kravkit('export', PROJECT, '--out', join(dir, 'x.docx'), '--what', 'everything').code).toBe(2);
    const broken = kravkit('export', 'tests/fixtures/packs/mini-pack.json', '--out', join(dir, 'x.docx'));
    expect(broken.code).toBe(1);
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
  });
});

const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/opt/libreoffice/program/soffice'].find((p) => existsSync(p));

describe.skipIf(!soffice)(`LibreOffice opens the export${soffice ? '' : ' (skipped: soffice is not installed)'}`, () => {
  it('converts the specification to a PDF with the cover, TOC, every requirement, the response form and page X of Y', async () => {
    const docx = join(dir, 'lo.docx');
    expect(kravkit('export', PROJECT, '--pack', PACK, '--out', docx).code).toBe(0);
    const profile = join(dir, 'lo-profile');
    const r = spawnSync(soffice!, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { encoding: 'utf8', timeout: 120_000 });
    const pdf = join(dir, 'lo.pdf');
    expect(existsSync(pdf), r.stderr).toBe(true);
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    const all = pages.join('\n');
    const t = await documentText('sv');
    expect(pages[0]).toContain(miniProject.title);
    expect(pages[0]).toContain(miniProject.reference!);
    expect(all).toContain(t('export:toc.title'));
    expect(all).toContain(t('export:annex.heading'));
    for (const id of ['K-1.1', 'K-1.2', 'K-1.3', 'K-2.1', 'K-2.2', 'K-2.3', 'K-3.1']) expect(all.split(id).length - 1).toBeGreaterThanOrEqual(3);
    expect(all).toContain('24 timmar');
    expect(pages[1]).toContain(`Sida 2 av ${pages.length}`);
  });
});
