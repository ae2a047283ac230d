import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checklistEntries } from '../../../src/domain/checklist/checklist';
import type { Language } from '../../../src/domain/model';
import { assembleSpecification } from '../../../src/domain/specification/assemble';
import { checklistsDocument, specificationDocument, toBuffer } from '../../../src/io/docx';
import { columnWidths, CONTENT_WIDTH, TABLE_FONT_PT, wordWidth } from '../../../src/io/docx/layout';
import { loadCatalogue } from '../../../src/io/packs/catalogue-loader';
import { documentText, miniCatalogue, miniProject } from './fixtures';
import { pdfPages } from './pdf-text';
import { readDocx } from './read-docx';

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };
const decode = (s: string) => s.replace(/&(lt|gt|amp|quot|apos);/g, (m) => ENTITIES[m]);

interface DocTable {
  widths: number[];
  rows: string[][];
}

/** Every table of document.xml: its grid column widths and each row's cell texts. */
function tablesOf(xml: string): DocTable[] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => ({
    widths: [...m[1].matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((g) => Number(g[1])),
    rows: [...m[1].matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((r) =>
      [...r[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) =>
        [...c[1].matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>/g)].map((t) => decode(t[1])).join(' '),
      ),
    ),
  }));
}

/** Cell margins left and right (80 twips each) come off the column before text is set. */
const TEXT_MARGINS = 160;

/** The words of a column, header included, that are wider than the column leaves room for. */
function overflowing(table: DocTable, column: number): string[] {
  const room = table.widths[column] - TEXT_MARGINS;
  return table.rows.flatMap((row, i) =>
    (row[column] ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .filter((w) => wordWidth(w, TABLE_FONT_PT, i === 0) > room),
  );
}

function tableWithHeader(tables: DocTable[], header: string): DocTable {
  const found = tables.find((t) => t.rows[0]?.includes(header));
  expect(found, `a table headed "${header}"`).toBeDefined();
  return found!;
}

describe('table column widths', () => {
  it('measures a word at least as wide as DejaVu Sans sets it, the widest font LibreOffice falls back to for Calibri', () => {
    // "Mindstekrav" in DejaVu Sans: 12,559 of 2,048 units per em = 6.13 em, 1,165 twips at 9.5 pt.
    expect(wordWidth('Mindstekrav', 9.5)).toBeGreaterThanOrEqual(1165);
    // "Systemägare": 12,172 units = 5.94 em, 1,129 twips.
    expect(wordWidth('Systemägare', 9.5)).toBeGreaterThanOrEqual(1129);
    expect(wordWidth('Mindstekrav', 9.5, true)).toBeGreaterThan(wordWidth('Mindstekrav', 9.5));
  });

  it('gives a column its minimum when its share leaves it narrower, the others sharing the rest, summing exactly', () => {
    const columns = [
      { header: 'a', share: 5 },
      { header: 'b', share: 1 },
      { header: 'c', share: 4 },
    ];
    const widths = columnWidths(columns, 10000, [0, 2500, 0]);
    expect(widths).toEqual([4166, 2500, 3334]);
    expect(columnWidths(columns, 10000, [0, 500, 0])).toEqual([5000, 1000, 4000]);
  });

  it('shrinks minimums together when they cannot all fit, never past the content width', () => {
    const widths = columnWidths(
      [
        { header: 'a', share: 1 },
        { header: 'b', share: 1 },
      ],
      1000,
      [900, 600],
    );
    expect(widths.reduce((s, w) => s + w, 0)).toBe(1000);
    expect(widths[0]).toBeGreaterThan(widths[1]);
  });

  it('keeps a column at its share when its header and vocabulary fit', () => {
    const widths = columnWidths([
      { header: 'ID', share: 1, fit: ['K-1'] },
      { header: 'Text', share: 1 },
    ]);
    expect(widths).toEqual([CONTENT_WIDTH / 2, CONTENT_WIDTH / 2]);
  });
});

describe.each(['sv', 'da', 'en'] as const)('no word breaks inside the fixed columns in %s', (lang: Language) => {
  it('fits must/should in the kind column of the summary table and of the response form', async () => {
    const t = await documentText(lang);
    const specification = assembleSpecification(miniProject, miniCatalogue, lang);
    const tables = tablesOf(readDocx(await toBuffer(specificationDocument({ project: miniProject, specification, catalogue: miniCatalogue, lang, t }))).document);
    const must = t('export:requirements.kind.must');
    const should = t('export:requirements.kind.should');
    const summary = tableWithHeader(tables, t('export:summary.category'));
    const annex = tableWithHeader(tables, t('export:annex.answer'));
    for (const [table, header] of [
      [summary, t('export:summary.kind')],
      [annex, t('export:annex.kind')],
    ] as const) {
      const column = table.rows[0].indexOf(header);
      const shown = new Set(table.rows.slice(1).map((r) => r[column]));
      expect(shown).toEqual(new Set([must, should]));
      expect(overflowing(table, column)).toEqual([]);
      // The form's answer column and the summary's category column too.
      table.rows[0].forEach((_, c) => {
        if (c !== table.rows[0].indexOf(t('export:summary.title')) && c !== table.rows[0].indexOf(t('export:annex.requirement'))) expect(overflowing(table, c)).toEqual([]);
      });
    }
  });

  it('fits every role in the owner column of the checklists, bare and after a name, and every status', async () => {
    const t = await documentText(lang);
    const tables = tablesOf(readDocx(await toBuffer(checklistsDocument({ project: miniProject, catalogue: await loadCatalogue(), lang, t }))).document);
    const lists = tables.filter((x) => x.rows[0]?.includes(t('export:checklists.owner')));
    expect(lists.length).toBeGreaterThan(0);
    const roles = new Set<string>();
    for (const table of lists) {
      const owner = table.rows[0].indexOf(t('export:checklists.owner'));
      for (const row of table.rows.slice(1)) roles.add(row[owner]);
      expect(overflowing(table, owner)).toEqual([]);
      expect(overflowing(table, table.rows[0].indexOf(t('export:checklists.status')))).toEqual([]);
    }
    // The built-in checklists name the owner role (Systemägare / Systemejer / Service owner).
    expect(roles).toContain(t('checklist:role.owner'));
  });
});

const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/opt/libreoffice/program/soffice'].find((p) => existsSync(p));

describe.skipIf(!soffice)(`LibreOffice sets the Danish tables without breaking a word${soffice ? '' : ' (skipped: soffice is not installed)'}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'kravkit-fit-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints "Mindstekrav", "Systemejer" and "Databeskyttelsesrådgiver" whole in the summary, the form and the checklists', async () => {
    const lang = 'da';
    const t = await documentText(lang);
    const specification = assembleSpecification(miniProject, miniCatalogue, lang);
    writeFileSync(join(dir, 'spec.docx'), await toBuffer(specificationDocument({ project: miniProject, specification, catalogue: miniCatalogue, lang, t })));
    const catalogue = await loadCatalogue();
    writeFileSync(join(dir, 'lists.docx'), await toBuffer(checklistsDocument({ project: miniProject, catalogue, lang, t })));
    const entries = (['before', 'during', 'after'] as const).flatMap((phase) => checklistEntries(miniProject, catalogue, phase));
    const withRole = (role: string) => entries.filter((e) => e.role === role).length;
    const r = spawnSync(
      soffice!,
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'spec.docx'), join(dir, 'lists.docx')],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(existsSync(join(dir, 'lists.pdf')), r.stderr).toBe(true);
    const spec = (await pdfPages(join(dir, 'spec.pdf'))).join('\n');
    const lists = (await pdfPages(join(dir, 'lists.pdf'))).join('\n');
    const musts = specification.requirements.filter((n) => n.requirement.kind === 'must').length;
    // Once in each requirement's facts, once in the summary and once in the form.
    expect(spec.split('Mindstekrav').length - 1).toBeGreaterThanOrEqual(3 * musts);
    // Every item's role printed whole: a broken word would not be counted.
    expect(withRole('owner')).toBeGreaterThan(0);
    expect(lists.split('Systemejer').length - 1).toBeGreaterThanOrEqual(withRole('owner'));
    expect(lists.split('Databeskyttelsesrådgiver').length - 1).toBeGreaterThanOrEqual(withRole('data-protection-officer'));
    for (const [text, word] of [
      [spec, 'Mindstekrav'],
      [lists, 'Systemejer'],
      [lists, 'Databeskyttelsesrådgiver'],
    ] as const) {
      for (let k = Math.ceil(word.length / 2); k < word.length; k++) expect(text, `"${word}" broken after "${word.slice(0, k)}"`).not.toContain(`${word.slice(0, k)}\n`);
    }
  });
});
