import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { validateCheckReport } from '../../src/io/validators/generated/validators.js';
import { baseUrl, expectClean, guardedPage, launch } from './support/browser';

/**
 * The procurement officer's commercial work in real Chromium, each test from an empty browser:
 * the Word exports (issue 5), the contract check (issue 6), bid evaluation and the flat-rate pool
 * (issue 7). Every file the app offers is captured as a download and read back.
 */

const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));
const TEMPLATE_DIR = fileURLToPath(new URL('../../templates', import.meta.url));
const PROJECT_FILE = join(FIXTURES, 'projects', 'learning-platform-sv.json');
const PROJECT = JSON.parse(readFileSync(PROJECT_FILE, 'utf8')) as {
  project: { id: string; title: string; requirements: { uid: string; templateId?: string; kind: string; weight?: number; values: Record<string, unknown> }[] };
};
const PROJECT_ID = PROJECT.project.id;

/** The Swedish title and text of a built-in template, so the test finds requirements as the user reads them. */
const TEMPLATES = new Map<string, { title: { sv: string }; text: { sv: string } }>(
  ['kravkit-privacy-security', 'kravkit-service-commercial', 'kravkit-interop-functional'].flatMap((pack) =>
    (JSON.parse(readFileSync(join(TEMPLATE_DIR, `${pack}.json`), 'utf8')) as { templates: { id: string; title: { sv: string }; text: { sv: string } }[] }).templates.map((t) => [t.id, t] as const),
  ),
);
function template(id: string) {
  const t = TEMPLATES.get(id);
  if (!t) throw new Error(`built-in template ${id} is gone; update the fixture project`);
  return t;
}
const titleOf = (id: string) => template(id).title.sv;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Imports a project file on the start page, as a user who received it from a colleague. */
async function importProject(page: Page, file: string | { name: string; buffer: Buffer }): Promise<void> {
  await page.goto(baseUrl() + '/');
  const input = typeof file === 'string' ? file : { ...file, mimeType: 'application/json' };
  await page.getByRole('button', { name: 'Välj en projektfil' }).setInputFiles(input);
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'Importerade' }).count(), { timeout: 10_000 }).toBe(1);
}

/** Imports the fixture project and opens its Contract check, ready for a file once the library is loaded. */
async function openContractCheck(page: Page): Promise<Locator> {
  await importProject(page, PROJECT_FILE);
  await page.goto(`${baseUrl()}/project/${PROJECT_ID}/contract`);
  const input = page.getByLabel('Välj en fil');
  await expect.poll(() => input.isEnabled(), { timeout: 10_000 }).toBe(true);
  return input;
}

async function download(page: Page, click: () => Promise<unknown>): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  return read(file);
}

async function read(file: Download): Promise<{ name: string; bytes: Uint8Array }> {
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(await file.path())) };
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_ENTITIES[e]);

interface DocxParagraph {
  style: string;
  text: string;
}

/** A .docx read back: its parts, and the body's paragraphs in order with their style (line breaks as \n). */
function readDocx(bytes: Uint8Array): { parts: Record<string, string>; paragraphs: DocxParagraph[]; text: string } {
  const zip = unzipSync(bytes);
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(zip)) if (/\.(xml|rels)$/.test(name)) parts[name] = strFromU8(data);
  const xml = parts['word/document.xml'];
  expect(xml, 'word/document.xml').toBeTruthy();
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]*)"/.exec(p)?.[1] ?? '',
    text: unescapeXml([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => m[1] ?? '\n').join('')),
  }));
  return { parts, paragraphs, text: paragraphs.map((p) => p.text).join('\n') };
}

/** The answers a bidder gives in the response form (Bilaga A), typed into the .docx as in Word. */
type Reply = { answer: 'Uppfyllt' | 'Delvis' | 'Ej uppfyllt' | null; description?: string };

function fillResponseForm(docx: Uint8Array, reply: (number: string) => Reply): Uint8Array {
  const zip = unzipSync(docx);
  const xml = strFromU8(zip['word/document.xml']);
  const annex = xml.lastIndexOf('Bilaga A: Svarsformulär');
  expect(annex).toBeGreaterThan(0);
  const form = xml.slice(annex).replace(/<w:tr>[\s\S]*?<\/w:tr>/g, (row) => {
    const number = /<w:t xml:space="preserve">(K-\d+\.\d+)<\/w:t>/.exec(row)?.[1];
    if (!number || !row.includes('☐')) return row;
    const { answer, description } = reply(number);
    let filled = answer ? row.replace(`>☐ ${answer}<`, `>☒ ${answer}<`) : row;
    if (description)
      filled = filled.replace(
        /<w:p><w:pPr><w:pStyle w:val="TableText"\/><\/w:pPr><\/w:p><\/w:tc><\/w:tr>$/,
        `<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr><w:r><w:t xml:space="preserve">${description}</w:t></w:r></w:p></w:tc></w:tr>`,
      );
    return filled;
  });
  zip['word/document.xml'] = strToU8(xml.slice(0, annex) + form);
  return zipSync(zip);
}

/** The project as stored in IndexedDB, to prove that a refused file changed nothing. */
function storedProject(page: Page, id: string): Promise<string> {
  return page.evaluate(
    (key) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('kravkit');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('kv', 'readonly').objectStore('kv').get(key);
          get.onsuccess = () => {
            resolve(JSON.stringify(get.result));
            db.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
    `project:${id}`,
  );
}

/** Text with every kind of space (Swedish numbers group digits with no-break spaces) as one plain space. */
const spaced = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** Money as the Swedish interface shows it ("12 345,67 kr") in öre; the sign kept. */
function ore(text: string): number {
  const digits = text.replace(/[^\d]/g, '');
  expect(digits.length, `an amount in "${text}"`).toBeGreaterThan(2);
  return (/[-−]/.test(text) ? -1 : 1) * Number(digits);
}

describe('the procurement officer in real Chromium', () => {
  it('exports the specification with the response form, and the checklists, as Word files that read back correctly', async () => {
    const g = await guardedPage(browser);
    const { page } = g;
    await importProject(page, PROJECT_FILE);
    await page.goto(`${baseUrl()}/project/${PROJECT_ID}/during`);
    const button = page.getByRole('button', { name: 'Exportera kravspecifikation och svarsformulär (Word)' });
    await expect.poll(() => button.isEnabled(), { timeout: 10_000 }).toBe(true);

    // Hold the Word writer's chunks on their way in, so the running state can be seen and poked.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let held = 0;
    await page.route(/\/assets\/.+\.js$/, async (route) => {
      held++;
      await gate;
      await route.continue();
    });
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await button.click();
    await expect.poll(() => held, { timeout: 5_000 }).toBeGreaterThan(0);
    expect(await button.isDisabled()).toBe(true);
    expect(await button.getAttribute('aria-busy')).toBe('true');
    await expect.poll(() => page.locator('.export-status').innerText()).toContain('Laddar Word-exporten…');
    expect(await page.locator('.export-status progress').count()).toBe(1);
    // A second press while it runs starts nothing.
    await button.dispatchEvent('click');
    await button.click({ force: true, timeout: 1_000 }).catch(() => undefined);
    release();
    await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(1);
    await page.unroute(/\/assets\/.+\.js$/);
    await expect.poll(() => page.locator('.export-status').innerText()).toMatch(/^Sparade .+\.docx\.$/);
    expect(await button.getAttribute('aria-busy')).toBe('false');
    await page.waitForTimeout(500);
    expect(downloads, 'one press, one file').toHaveLength(1);

    const spec = await read(downloads[0]);
    expect(spec.name).toBe('Kravspecifikation UH-2026-014 Lärplattform 2027.docx');
    const doc = readDocx(spec.bytes);
    expect(doc.parts['word/styles.xml']).toContain('<w:lang w:val="sv-SE"');
    expect(doc.parts['word/document.xml']).toMatch(/<w:instrText[^>]*>\s*TOC \\h \\o &quot;1-2&quot;/);
    expect(doc.parts['docProps/core.xml']).toContain('Lärplattform 2027');
    expect(doc.text, 'no parameter placeholder left unrendered').not.toMatch(/\{[a-zA-Z]\w*\}/);

    // Every requirement once as a heading in the body and once as a row of the response form.
    const annex = doc.paragraphs.findLastIndex((p) => p.style === 'Heading1' && p.text.startsWith('Bilaga A: Svarsformulär'));
    expect(annex).toBeGreaterThan(0);
    const bodyHeadings = doc.paragraphs.slice(0, annex).filter((p) => /^Heading\d$/.test(p.style) && /^K-\d+\.\d+ /.test(p.text));
    const bodyIds = bodyHeadings.map((p) => p.text.split(' ')[0]);
    const formIds = doc.paragraphs
      .slice(annex)
      .filter((p) => /^K-\d+\.\d+$/.test(p.text))
      .map((p) => p.text);
    expect(bodyIds).toHaveLength(PROJECT.project.requirements.length);
    expect(new Set(bodyIds).size).toBe(bodyIds.length);
    expect(formIds).toEqual(bodyIds);
    expect(bodyIds).toContain('K-1.1');

    // The breach deadline as the project set it, rendered into the text in the body and in the form.
    const breach = bodyHeadings.find((p) => p.text.endsWith(titleOf('privacy.breach-notification')))!;
    const breachId = breach.text.split(' ')[0];
    const rendered = template('privacy.breach-notification').text.sv.replace('{hours}', '24');
    const after = doc.paragraphs.slice(doc.paragraphs.indexOf(breach) + 1, doc.paragraphs.indexOf(breach) + 3).map((p) => p.text);
    expect(after).toContain(rendered);
    const formRow = doc.paragraphs.slice(annex).findIndex((p) => p.text === breachId);
    expect(doc.paragraphs[annex + formRow + 1].text).toContain(rendered);
    expect(doc.paragraphs[annex + formRow + 3].text).toBe('☐ Uppfyllt\n☐ Delvis\n☐ Ej uppfyllt');
    expect(doc.text).toContain('Kvartalsrapport om användningen'); // the custom requirement too

    // The school leader's review exports every phase's checklist with owners, notes and sign-offs.
    await page.goto(`${baseUrl()}/project/${PROJECT_ID}/review`);
    const checklists = await download(page, () => page.getByRole('button', { name: 'Exportera checklistor (Word)' }).click());
    expect(checklists.name).toBe('Checklistor och signeringar UH-2026-014 Lärplattform 2027.docx');
    const review = readDocx(checklists.bytes);
    expect(review.parts['word/styles.xml']).toContain('<w:lang w:val="sv-SE"');
    for (const expected of ['Rektor Anna Berg', 'Workshop med lärare den 3 oktober.', 'Anna Berg', 'Upphandlare Karin Lund', 'PuB-avtal som bilaga 4.', 'Förvaltare Per Nilsson']) {
      expect(review.text).toContain(expected);
    }
    expect(review.text).not.toMatch(/\{\{?[a-zA-Z]\w*\}?\}/);
    expectClean(g);
    await g.context.close();
  });

  it('checks a Swedish DPA: conflicts and missing first, the clause as evidence, review kept after a reload, report exported', async () => {
    const g = await guardedPage(browser);
    const { page } = g;
    const input = await openContractCheck(page);

    const started = Date.now();
    await input.setInputFiles(join(FIXTURES, 'contracts', 'sv-dpa-conflicts.txt'));
    await page.getByRole('heading', { name: 'Rapport: sv-dpa-conflicts.txt' }).waitFor({ timeout: 10_000 });
    const elapsed = Date.now() - started;
    console.log(`contract check of sv-dpa-conflicts.txt against ${PROJECT.project.requirements.length} requirements: ${elapsed} ms to the report`);
    expect(elapsed, 'report within a few seconds').toBeLessThan(5_000);
    // A home-made DPA: it says personuppgiftsbiträdesavtal but has not the PuB-avtal's structure.
    const meta = await page.locator('.contract-check .meta').innerText();
    expect(meta).toContain('svenska');
    expect(meta).not.toContain('PuB-avtal');

    const groups = await page.locator('.finding-list h3').allInnerTexts();
    expect(groups[0]).toMatch(/^Strider mot kravspecifikationen \(\d+\)$/);
    expect(groups[1]).toMatch(/^Saknas i avtalet \(\d+\)$/);
    expect(groups.slice(2).join('|')).toMatch(/^(Delvis uppfyllda \(\d+\)\|)?Uppfyllda \(\d+\)$/);

    // The four conflicts the fixture's labels name, each in the conflict group.
    const conflictGroup = page.locator('.finding-list > div').filter({ has: page.getByRole('heading', { name: /^Strider mot/ }) });
    for (const id of ['privacy.breach-notification', 'privacy.deletion-or-return', 'privacy.data-location', 'sla.availability']) {
      expect(await conflictGroup.getByRole('button', { name: titleOf(id) }).count(), titleOf(id)).toBe(1);
    }
    const missingGroup = page.locator('.finding-list > div').filter({ has: page.getByRole('heading', { name: /^Saknas i avtalet/ }) });
    expect(await missingGroup.getByRole('button', { name: titleOf('privacy.no-ai-training') }).count()).toBe(1);

    // A conflict shows its clause, the matched words marked, and the value required beside the value found.
    await conflictGroup.getByRole('button', { name: titleOf('privacy.breach-notification') }).click();
    const detail = page.locator('.finding-detail');
    await expect.poll(() => detail.getByRole('heading', { level: 3 }).innerText()).toContain(titleOf('privacy.breach-notification'));
    expect(await detail.locator('.status').first().innerText()).toBe('Konflikt');
    expect(await detail.locator('dl.values').innerText()).toMatch(/Krav\s+24 timmar\s+I avtalet\s+72 timmar/);
    expect(await detail.locator('figure figcaption').first().innerText()).toBe('Punkt 6.1, Personuppgiftsincidenter');
    expect(await detail.locator('.clause-excerpt').first().innerText()).toContain('om en personuppgiftsincident inom 72 timmar från det att incidenten upptäckts');
    expect(await detail.locator('.clause-excerpt mark').allInnerTexts()).toContain('72 timmar');
    // Beside it, the contract as read, with the evidence clause marked in place.
    await detail.getByRole('button', { name: 'Visa i dokumentet' }).click();
    const contract = detail.getByRole('list', { name: 'Avtalet så som det lästes' });
    expect(await contract.locator('> li').count()).toBeGreaterThan(10);
    expect(spaced(await contract.locator('li[aria-current="true"]').innerText())).toMatch(/^6\.1 Personuppgiftsincidenter .*inom 72 timmar/);
    await detail.getByRole('button', { name: 'Visa bara klausulen' }).click();
    await detail.getByLabel('Granskad').check();

    // The main agreement covers advertising, so the reviewer overrides "missing" with a note.
    const advertising = titleOf('privacy.no-advertising-profiling');
    await missingGroup.getByRole('button', { name: advertising }).click();
    await expect.poll(() => detail.getByRole('heading', { level: 3 }).innerText()).toContain(advertising);
    await detail.getByLabel('Ändra status').selectOption({ label: 'Uppfyllt' });
    const note = 'Regleras i huvudavtalets punkt 14 om marknadsföring.';
    await detail.getByLabel('Anteckning').fill(note);
    await expect.poll(() => detail.locator('.hint').first().innerText()).toBe(`Ändrad av granskaren från ”Saknas”: Uppfyllt — ${note}`);

    // The summary counts what the groups show: the reviewer's status where one was set.
    const groupCount = async (group: RegExp) => Number(/\((\d+)\)$/.exec(await page.locator('.finding-list h3').filter({ hasText: group }).innerText())![1]);
    const summaryLine = async () => spaced(await page.locator('.contract-summary').innerText());
    expect(await summaryLine()).toContain(`Saknas: ${await groupCount(/^Saknas i avtalet/)}`);
    expect(await summaryLine()).toContain(`Uppfyllt: ${await groupCount(/^Uppfyllda/)}`);

    await page.waitForTimeout(1_200); // saved within a second
    await page.reload();
    await page.getByRole('heading', { name: 'Rapport: sv-dpa-conflicts.txt' }).waitFor({ timeout: 10_000 });
    expect(await page.locator('.run-list li').count()).toBe(1);
    expect(await page.locator('.run-list li').innerText()).toContain('sv-dpa-conflicts.txt');
    expect(await conflictGroup.getByRole('button', { name: `${titleOf('privacy.breach-notification')} ✓` }).count()).toBe(1);
    const metGroup = page.locator('.finding-list > div').filter({ has: page.getByRole('heading', { name: /^Uppfyllda/ }) });
    await metGroup.getByRole('button', { name: advertising }).click();
    await expect.poll(() => detail.locator('.hint').first().innerText()).toBe(`Ändrad av granskaren från ”Saknas”: Uppfyllt — ${note}`);

    // The report as JSON follows its schema and carries the review.
    const json = await download(page, () => page.getByRole('button', { name: 'Exportera rapporten (JSON)' }).click());
    expect(json.name).toBe('sv-dpa-conflicts.check-report.json');
    const report = JSON.parse(strFromU8(json.bytes)) as {
      run: { findings: { title: string; status: string; reviewed?: boolean; override?: { status: string; note?: string }; required?: unknown; found?: unknown }[] };
    };
    expect(validateCheckReport(report), JSON.stringify(validateCheckReport.errors)).toBe(true);
    const byTitle = new Map(report.run.findings.map((f) => [f.title, f]));
    expect(byTitle.get(titleOf('privacy.breach-notification'))).toMatchObject({ status: 'conflict', reviewed: true });
    expect(byTitle.get(advertising)).toMatchObject({ status: 'missing', override: { status: 'met', note } });

    // And as Word, in the project's language, with the clause and the reviewer's note.
    const word = await download(page, () => page.getByRole('button', { name: 'Exportera rapporten (Word)' }).click());
    expect(word.name).toMatch(/^Rapport från avtalsgranskning sv-dpa-conflicts.*\.docx$/);
    const docx = readDocx(word.bytes);
    expect(docx.parts['word/styles.xml']).toContain('<w:lang w:val="sv-SE"');
    expect(docx.text).toContain(titleOf('privacy.breach-notification'));
    expect(docx.text).toContain('72 timmar');
    expect(docx.text).toContain(note);
    expect(docx.text).toContain('Strider mot kravspecifikationen');
    const countIn = (status: string) => docx.paragraphs[docx.paragraphs.findIndex((p) => p.text === status) + 1].text;
    const groupIn = (group: string) => /\((\d+)\)$/.exec(docx.paragraphs.find((p) => /^Heading/.test(p.style) && p.text.includes(`${group} (`))!.text)![1];
    expect(countIn('Saknas')).toBe(groupIn('Saknas i avtalet'));
    expect(countIn('Uppfyllt')).toBe(groupIn('Uppfyllda'));
    expectClean(g);
    await g.context.close();
  });

  it('refuses hostile contract files with a clear message and leaves the project untouched', async () => {
    const g = await guardedPage(browser);
    const { page } = g;
    const input = await openContractCheck(page);
    await page.waitForTimeout(1_200); // let the visit itself be saved first
    const before = await storedProject(page, PROJECT_ID);
    expect(before).toContain(PROJECT.project.title);

    // 80 MB of one paragraph packs into a small .docx: it must stop at the expansion cap, off the main thread.
    const unit = strToU8('<w:p><w:r><w:t>lol</w:t></w:r></w:p>');
    const xml = new Uint8Array(80 * 1024 * 1024);
    for (let i = 0; i + unit.length <= xml.length; i += unit.length) xml.set(unit, i);
    const bomb = Buffer.from(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': xml }, { level: 9 }));

    // A 26 MB file on disk (sparse, so made at once) goes to Chromium by path rather than over the wire.
    const oversized = join(mkdtempSync(join(tmpdir(), 'kravkit-contract-')), 'avtal.txt');
    onTestFinished(() => rmSync(dirname(oversized), { recursive: true, force: true }));
    writeFileSync(oversized, '');
    truncateSync(oversized, 26 * 1024 * 1024);

    const cases: { file: string | { name: string; mimeType: string; buffer: Buffer }; message: string }[] = [
      { file: join(FIXTURES, 'hostile', 'random-bytes.pdf'), message: 'Filen är skadad eller inte vad namnet säger.' },
      { file: join(FIXTURES, 'hostile', 'entity-expansion.docx'), message: 'Word-filen innehåller XML-entitetsdeklarationer' },
      { file: join(FIXTURES, 'hostile', 'encrypted.pdf'), message: 'Filen är lösenordsskyddad.' },
      {
        file: { name: 'avtal.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: bomb },
        message: 'Word-filen packas upp till mer än 60 MB eller 2000 delar',
      },
      // Refused before a byte is read, with the limit stated.
      { file: oversized, message: 'Filen är större än 25 MB.' },
    ];
    for (const c of cases) {
      await input.setInputFiles(c.file);
      const alert = page.locator('.contract-check').getByRole('alert');
      await expect.poll(() => alert.innerText().catch(() => ''), { timeout: 15_000 }).toContain(c.message);
      await expect.poll(() => input.isEnabled(), { timeout: 10_000 }).toBe(true);
      // No report and no saved run appeared.
      expect(await page.getByRole('heading', { name: /^Rapport:/ }).count()).toBe(0);
      expect(await page.locator('.run-list').count()).toBe(0);
    }
    await page.waitForTimeout(1_200);
    expect(await storedProject(page, PROJECT_ID)).toBe(before);
    expectClean(g);
    await g.context.close();
  });

  it('scores three bids from their filled-in response forms, excludes the one failing a must, ranks and exports the protocol', async () => {
    const g = await guardedPage(browser);
    const { page } = g;
    await importProject(page, PROJECT_FILE);
    await page.goto(`${baseUrl()}/project/${PROJECT_ID}/during`);
    const spec = await download(page, () => page.getByRole('button', { name: 'Exportera kravspecifikation och svarsformulär (Word)' }).click());
    const numbers = new Map(
      readDocx(spec.bytes)
        .paragraphs.filter((p) => /^Heading\d$/.test(p.style) && /^K-\d+\.\d+ /.test(p.text))
        .map((p) => [p.text.slice(p.text.indexOf(' ') + 1), p.text.split(' ')[0]]),
    );
    const numberOf = (templateId: string) => numbers.get(titleOf(templateId))!;
    const location = numberOf('privacy.data-location');
    const ltiAdvantage = numberOf('interop.lti-advantage');
    const shoulds = new Set(PROJECT.project.requirements.filter((r) => r.kind === 'should').map((r) => numberOf(r.templateId!)));
    expect(shoulds.size).toBe(9);
    expect(PROJECT.project.requirements.reduce((sum, r) => sum + (r.weight ?? 0), 0)).toBe(100);

    // Three bidders return the form: one fulfils everything, one only partly meets the should-requirements
    // (and forgets one row), the cheapest stores data outside the EU/EEA.
    const forms = {
      'Skolplattformen AB': fillResponseForm(spec.bytes, () => ({ answer: 'Uppfyllt', description: 'Se anbudets bilaga 2.' })),
      'Lärportalen Norden AB': fillResponseForm(spec.bytes, (n) => (n === ltiAdvantage ? { answer: null } : { answer: shoulds.has(n) ? 'Delvis' : 'Uppfyllt' })),
      'EduMoln AB': fillResponseForm(spec.bytes, (n) => (n === location ? { answer: 'Ej uppfyllt', description: 'Drift i USA.' } : { answer: 'Uppfyllt' })),
    };
    const prices = { 'Skolplattformen AB': '1200000', 'Lärportalen Norden AB': '1000000', 'EduMoln AB': '800000' };

    await page.goto(`${baseUrl()}/project/${PROJECT_ID}/evaluation`);
    await page.getByRole('heading', { name: 'Anbudsutvärdering' }).waitFor();
    for (const [supplier, form] of Object.entries(forms)) {
      await page.getByRole('button', { name: 'Lägg till anbud' }).click();
      await page.getByRole('article', { name: 'Ny anbudsgivare' }).getByRole('textbox', { name: 'Anbudsgivare' }).fill(supplier);
      const card = page.getByRole('article', { name: supplier });
      await card.getByRole('spinbutton', { name: 'Pris', exact: true }).fill(prices[supplier as keyof typeof prices]);
      await card
        .locator('input[type=file]')
        .setInputFiles({ name: `Svarsformulär ${supplier}.docx`, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(form) });
      await card.getByRole('status').waitFor();
    }
    const total = PROJECT.project.requirements.length;
    expect(await page.getByRole('article', { name: 'Skolplattformen AB' }).getByRole('status').innerText()).toBe(`${total} svar lästes från svarsformuläret.`);
    const partly = page.getByRole('article', { name: 'Lärportalen Norden AB' });
    const partlyReport = await partly.getByRole('status').innerText();
    expect(partlyReport).toContain(`${total - 1} svar lästes från svarsformuläret.`);
    expect(partlyReport).toContain('Rader som inte kunde läsas');
    expect(partlyReport).toMatch(new RegExp(`Tabell \\d+, rad \\d+: inget svar är markerat för ${ltiAdvantage.replace('.', '\\.')}\\.`));

    // The officer reads that answer in the bid and enters it by hand, with points.
    await partly.getByText('Svar från Lärportalen Norden AB').click();
    await partly.getByLabel(`${ltiAdvantage} Svar`).selectOption({ label: 'Uppfyllt' });
    await partly.getByLabel(`${ltiAdvantage} Poäng (0–10)`).fill('8');

    // Price points = 1 000 000 ÷ price × 10; quality = Σ weight × points ÷ 100; total = 0.4 × price + 0.6 × quality.
    // Skolplattformen: 8.33 and 10 → 9.33. Lärportalen: 10 and (80 × 5 + 20 × 8) ÷ 100 = 5.60 → 7.36.
    const resultCard = page.locator('section[aria-labelledby="evaluation-result"]');
    const rowTexts = async () => (await resultCard.locator('tbody tr').allInnerTexts()).map(spaced);
    await expect
      .poll(rowTexts, { timeout: 10_000 })
      .toEqual(['1 Skolplattformen AB 1 200 000,00 SEK 8,33 10,00 (1 000 ÷ 100) 9,33', '2 Lärportalen Norden AB 1 000 000,00 SEK 10,00 5,60 (560 ÷ 100) 7,36']);
    expect(spaced(await resultCard.innerText())).toContain('Lägsta kvalificerade pris: 1 000 000,00 SEK');
    const excluded = await resultCard.locator('li').allInnerTexts();
    expect(excluded).toEqual([`EduMoln AB: Utesluten: ska-krav inte uppfyllda: ${location} ${titleOf('privacy.data-location')} (Ej uppfyllt)`]);
    const sensitivity = page.locator('section[aria-labelledby="evaluation-sensitivity"]');
    // Price share and each weight moved down and up; none moves the award, but a price share above 72 % would.
    const cases = (await sensitivity.locator('tbody tr').allInnerTexts()).map(spaced);
    expect(cases).toHaveLength(2 + 2 * shoulds.size);
    expect(cases.slice(0, 2)).toEqual([
      'Prisets andel (%) 40 30 1. Skolplattformen AB, 2. Lärportalen Norden AB oförändrad',
      'Prisets andel (%) 40 50 1. Skolplattformen AB, 2. Lärportalen Norden AB oförändrad',
    ]);
    expect(cases.filter((c) => c.endsWith(' ändras'))).toEqual([]);
    expect((await sensitivity.locator('li').allInnerTexts()).map(spaced)).toEqual(['0–72 %: Skolplattformen AB', '73–100 %: Lärportalen Norden AB']);

    const protocol = await download(page, () => page.getByRole('button', { name: 'Exportera utvärderingsprotokoll (.docx)' }).click());
    expect(protocol.name).toBe('Utvärderingsprotokoll UH-2026-014 Lärplattform 2027.docx');
    const text = readDocx(protocol.bytes).text;
    for (const supplier of Object.keys(forms)) expect(text).toContain(supplier);
    expect(text).toContain('Prispoäng = lägsta pris ÷ pris × maxpoäng');
    expect(text).toContain('Kvalitetspoäng = Σ (vikt × poäng) ÷ Σ vikt');
    expect(text).toContain(`${location} ${titleOf('privacy.data-location')}`);
    expect(text).toContain('9,33');
    expect(text).toContain('7,36');
    expectClean(g);
    await g.context.close();
  });

  it('imports a usage CSV with column mapping, lists the bad rows by line, and pays out exactly the pool less the fee', async () => {
    const g = await guardedPage(browser);
    const { page } = g;
    await importProject(page, PROJECT_FILE);
    await page.goto(`${baseUrl()}/project/${PROJECT_ID}/pool`);
    await page.getByRole('heading', { name: 'Flatrate-pool för digitala läromedel' }).waitFor();
    await page.getByLabel('Belopp per elev och period').fill('23.75');
    await page.getByLabel('Elever', { exact: true }).fill('4213');
    await page.getByLabel('Administrationsavgift (%)').fill('2.5');

    await page.getByLabel('Importera användnings-CSV').setInputFiles(join(FIXTURES, 'usage', 'kommun-export-q1.csv'));
    const preview = page.getByRole('table', { name: 'Förhandsgranskning och kolumnmappning' });
    await preview.waitFor();
    expect(await preview.locator('thead th').allInnerTexts()).toEqual(['Månad', 'Förlag', 'Titel', 'Unika elever', 'Inloggningar', 'Användningstid (min)', 'Licenspris', 'Kommentar']);
    expect(await preview.locator('tbody tr').count()).toBe(5);
    // The headers it recognised are mapped; the two measures it did not are left to the user
    // (sessions alone would already do, so the rows can be used as they are).
    expect(await page.getByLabel('Kolumn för Aktiva användare').inputValue()).toBe('');
    expect(await page.getByLabel('Kolumn för Minuter').inputValue()).toBe('');
    const use = page.getByRole('button', { name: 'Använd dessa rader' });
    expect(await use.isEnabled()).toBe(true);
    await page.getByLabel('Kolumn för Aktiva användare').selectOption({ label: 'Unika elever' });
    await page.getByLabel('Kolumn för Minuter').selectOption({ label: 'Användningstid (min)' });
    expect(await page.getByLabel('Kolumn för Leverantör').inputValue()).toBe('1');
    await use.click();

    await expect.poll(() => page.getByText(/rader lästa$/).innerText()).toBe('17 rader lästa');
    const rejected = page.getByRole('list', { name: '4 rader kunde inte läsas' });
    expect(await rejected.locator('li').allInnerTexts()).toEqual([
      'Rad 11: Aktiva användare är negativ (-12).',
      'Rad 12: Leverantör är tom.',
      'Rad 18: 3 kolumner, minst 6 väntades.',
      'Rad 22: Aktiva användare är inte ett tal (”tvåhundra”).',
    ]);

    // The payouts: per supplier, summing exactly to the pool less the fee, to the öre.
    const payouts = page.getByRole('table', { name: 'Utbetalningar' });
    const rows = await payouts.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c as HTMLElement).innerText)));
    expect(rows.map((r) => r[0]).sort()).toEqual(['Alinea', 'Gleerups', 'Liber', 'Natur & Kultur']);
    const paid = rows.reduce((sum, r) => sum + ore(r[1]), 0);
    expect(ore(await payouts.locator('tfoot td').first().innerText())).toBe(paid);
    const summary = await page.locator('section[aria-labelledby="pool-result"] > p').first().innerText();
    const m = /^Pool (.+) \(3 perioder\), avgift (.+), utbetalt (.+)$/.exec(summary);
    expect(m, summary).not.toBeNull();
    const pool = ore(m![1]);
    const fee = ore(m![2]);
    expect(pool).toBe(3 * 4213 * 2375); // 3 periods × 4 213 pupils × 23,75 kr
    expect(Math.abs(fee - pool * 0.025)).toBeLessThan(1);
    expect(ore(m![3])).toBe(paid);
    expect(paid).toBe(pool - fee);

    // Each supplier's share follows its active users per period (to within rounding).
    const users: Record<string, [string, number][]> = {
      Gleerups: [
        ['2026-01', 371 + 706],
        ['2026-02', 103 + 266],
        ['2026-03', 516],
      ],
      Liber: [
        ['2026-01', 636],
        ['2026-02', 187],
        ['2026-03', 628],
      ],
      'Natur & Kultur': [
        ['2026-01', 484 + 286],
        ['2026-02', 635 + 139],
        ['2026-03', 334 + 564],
      ],
      Alinea: [
        ['2026-01', 166],
        ['2026-02', 736],
        ['2026-03', 540],
      ],
    };
    const perPeriod = (pool - fee) / 3;
    const periodTotal = (p: string) => Object.values(users).reduce((s, list) => s + list.filter(([q]) => q === p).reduce((a, [, n]) => a + n, 0), 0);
    for (const [supplier, list] of Object.entries(users)) {
      const expected = list.reduce((s, [p, n]) => s + (perPeriod * n) / periodTotal(p), 0);
      const shown = ore(rows.find((r) => r[0] === supplier)![1]);
      expect(Math.abs(shown - expected), supplier).toBeLessThanOrEqual(3);
    }

    // The CSV export carries the same payouts in öre, summing exactly.
    const csv = await download(page, () => page.getByRole('button', { name: 'Exportera utbetalningar (CSV)' }).click());
    // Swedish Excel: a UTF-8 BOM, semicolons and decimal commas, Swedish column names.
    expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...lines] = strFromU8(csv.bytes.slice(3)).trim().split(/\r?\n/);
    expect(header).toBe('Scenario;Leverantör;Period;Utbetalning i öre;Utbetalning;Andel av användningen');
    expect(csv.name).toBe('Flatrate-pool utbetalningar UH-2026-014 Lärplattform 2027.csv');
    const minorColumn = lines.map((l) => Number(l.split(';').at(-3)));
    expect(minorColumn.every(Number.isInteger)).toBe(true);
    expect(minorColumn.reduce((a, b) => a + b, 0)).toBe(pool - fee);

    // Scenarios: this one saved, and what happens if Alinea's use doubles, side by side.
    await page.getByLabel('Scenariots namn').fill('Kvartal 1 2026');
    await page.getByRole('button', { name: 'Spara som scenario' }).click();
    await page.getByRole('group', { name: 'Tänk om en leverantörs användning ändras' }).getByLabel('Leverantör').selectOption('Alinea');
    await page.getByRole('button', { name: 'Spara som nytt scenario' }).click();
    const saved = page.getByRole('list', { name: 'Sparade scenarier' });
    await expect.poll(() => saved.locator('li').count()).toBe(2);
    for (const box of await saved.getByRole('checkbox').all()) await box.check();
    const compare = page.getByRole('table', { name: 'Jämför sida vid sida' });
    const alinea = await compare.getByRole('row', { name: /^Alinea/ }).innerText();
    expect(alinea).toMatch(/\(\+[\d\s\u00a0]+,\d\d\s?kr\)/);

    const report = await download(page, () => page.getByRole('button', { name: 'Exportera rapport (.docx)' }).click());
    const reportText = readDocx(report.bytes).text;
    for (const s of ['Kvartal 1 2026', 'Alinea', 'Gleerups', 'Liber', 'Natur & Kultur']) expect(reportText).toContain(s);
    expectClean(g);
    await g.context.close();
  });
});
