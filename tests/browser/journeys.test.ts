import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPages } from '../unit/docx/pdf-text';
import { axeViolations, baseUrl, describeViolations, expectClean, guardedPage, launch } from './support/browser';

/*
 * The two personas' journeys through the wizard, in real Chromium from an empty browser, by the
 * Swedish labels and roles a user sees (src/i18n/locales/sv).
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function createProject(page: Page, title: string, organisation: string): Promise<string> {
  await page.goto(baseUrl() + '/');
  const form = page.locator('form.new-project');
  await form.getByLabel('Titel').fill(title);
  await form.getByLabel('Organisation').fill(organisation);
  await page.getByRole('button', { name: 'Skapa projekt' }).click();
  await page.waitForURL(/\/project\/[^/]+\/before$/);
  return /\/project\/([^/]+)\//.exec(page.url())![1];
}

const phaseNav = (page: Page) => page.getByRole('navigation', { name: 'Inköpets faser' });

async function goToPhase(page: Page, name: 'Inför' | 'Under' | 'Efter' | 'Granskning', path: string): Promise<void> {
  await phaseNav(page).getByRole('link', { name: new RegExp(name) }).click();
  await page.waitForURL(new RegExp(`/${path}$`));
}

/** The suggestions panel's "… föreslår N krav; M av dem …" as numbers. */
async function suggestionCounts(page: Page): Promise<{ total: number; missing: number }> {
  const panel = page.getByRole('region', { name: 'Föreslagna krav' });
  const text = await panel.getByText(/föreslår \d+ krav/).innerText();
  const [, total, missing] = /föreslår (\d+) krav; (\d+) av dem/.exec(text)!;
  return { total: Number(total), missing: Number(missing) };
}

/** The titles and reasons listed under "Förslagen som inte finns i kravspecifikationen ännu". */
async function suggestionList(page: Page): Promise<string> {
  const list = page.getByRole('region', { name: 'Föreslagna krav' }).locator('details');
  if (!(await list.getAttribute('open').then((v) => v !== null))) await list.getByText('Förslagen som inte finns').click();
  return list.innerText();
}

/** The virtualised specification renders rows near the view only: scroll until the row is there. */
async function findRow(page: Page, title: string): Promise<Locator> {
  const scroller = page.getByRole('region', { name: /^Kravspecifikation: \d+ krav$/ });
  const row = scroller.getByRole('article', { name: new RegExp(title) });
  await scroller.evaluate((el) => (el.scrollTop = 0));
  for (let i = 0; i < 300; i++) {
    if ((await row.count()) > 0) {
      await row.scrollIntoViewIfNeeded();
      return row;
    }
    const atEnd = await scroller.evaluate((el) => {
      const before = el.scrollTop;
      el.scrollTop += el.clientHeight * 0.7;
      return el.scrollTop === before;
    });
    await page.waitForTimeout(30);
    if (atEnd && (await row.count()) === 0) break;
  }
  throw new Error(`no row titled ${title} in the specification`);
}

describe('the IT-pedagogue builds a specification from scratch through the three phases', () => {
  it('from the start page to a reviewed spec, with suggestions that follow the answers', async () => {
    const g = await guardedPage(browser);
    const { page } = g;
    await createProject(page, 'Ny lärplattform 2027', 'Exempelstads kommun');

    // Before: the project facts.
    const facts = page.getByRole('form', { name: 'Projektets uppgifter' });
    await expect.poll(() => facts.getByLabel('Titel').inputValue()).toBe('Ny lärplattform 2027');
    await facts.getByLabel('Diarienummer').fill('BUN 2027/112');
    await facts.getByLabel('Antal elever').fill('4200');
    await facts.getByLabel('Antal skolor').fill('14');
    await facts.getByLabel('Budget').fill('3000000');
    await facts.getByLabel('Valuta').selectOption('SEK');
    await facts.getByLabel('Avtalstid (år)').fill('4');
    await facts.getByLabel('Avtalsstart').fill('2027-07-01');

    // Needs: the areas the purchase touches, who uses it, what it must work with.
    const needs = page.getByRole('form', { name: 'Behov' });
    await needs.getByLabel('Vilket problem ska inköpet lösa?').fill('Lärare lägger uppgifter och återkoppling i tre olika system.');
    for (const area of ['Lärplattform', 'Samverkan och kommunikation', 'Prov och bedömning']) await needs.getByRole('checkbox', { name: area, exact: true }).check();
    expect(await needs.getByRole('checkbox', { name: /^Informationssäkerhet och dataskydd/ }).isDisabled()).toBe(true);
    for (const who of ['Elever', 'Lärare', 'Vårdnadshavare']) await needs.getByRole('checkbox', { name: who, exact: true }).check();
    await needs.getByRole('checkbox', { name: /^SS 12000/ }).check();

    // Organisation: named roles.
    const org = page.getByRole('form', { name: 'Organisation' });
    await org.getByLabel('IT-pedagog').fill('Ivar Pedagog');
    await org.getByLabel('Rektor').fill('Eva Rektor');

    // Information-security classification: medium in every dimension, personal data handled.
    const cls = page.getByRole('form', { name: 'Informationsklassning' });
    for (const dim of ['Konfidentialitet', 'Riktighet', 'Tillgänglighet']) await cls.getByLabel(dim).selectOption('2');
    expect(await cls.getByRole('checkbox', { name: 'Tjänsten behandlar personuppgifter' }).isChecked()).toBe(true);

    // Procedure: the thresholds with their dates, and guidance once the value is known.
    const proc = page.getByRole('form', { name: 'Upphandlingsförfarande' });
    const thresholds = await proc.getByRole('list').first().innerText();
    expect(thresholds).toContain('Direktupphandlingsgräns');
    expect(thresholds).toMatch(/från \d{1,2} \S+ 20\d\d/);
    await expect.poll(() => proc.getByRole('status').innerText()).toContain('Ange det uppskattade värdet');
    // The EU threshold is in euro; a value in the same currency is compared with it.
    await proc.getByLabel('Uppskattat värde för hela avtalstiden').fill('300000');
    await proc.getByLabel('Valuta').selectOption('EUR');
    await expect.poll(() => proc.getByRole('status').innerText()).toMatch(/^Värdet ligger över tröskelvärdet \(/);
    await proc.getByLabel('Valt förfarande').selectOption('open');

    // During: the suggested requirements, each with why.
    await goToPhase(page, 'Under', 'during');
    await expect.poll(() => suggestionCounts(page).then((c) => c.total), { timeout: 10_000 }).toBeGreaterThan(0);
    const medium = await suggestionCounts(page);
    expect(medium.missing).toBe(medium.total);
    expect(medium.total).toBeGreaterThanOrEqual(40);
    expect(medium.total).toBeLessThanOrEqual(90);
    const mediumList = await suggestionList(page);
    expect(mediumList).toContain('Kryptering av lagrad information');
    expect(mediumList).toContain('Föreslaget eftersom ni valt området Lärplattform');
    expect(mediumList).toContain('konfidentialiteten är klassad 2');
    expect(mediumList).toContain('det ska fungera med SS 12000');
    expect(mediumList).not.toContain('Skärpt dataplacering vid hög konfidentialitet');
    expect(mediumList).not.toContain('Schemaläggning');
    const coverage = page.getByRole('region', { name: 'Täckning' });
    await expect.poll(() => coverage.innerText()).toContain('Inget krav på avveckling');

    // Raising confidentiality adds logging and stricter data location …
    await goToPhase(page, 'Inför', 'before');
    await page.getByRole('form', { name: 'Informationsklassning' }).getByLabel('Konfidentialitet').selectOption('3');
    await goToPhase(page, 'Under', 'during');
    await expect.poll(() => suggestionCounts(page).then((c) => c.total)).toBeGreaterThan(medium.total);
    const highList = await suggestionList(page);
    expect(highList).toContain('Skärpt dataplacering vid hög konfidentialitet');
    expect(highList).toContain('Logg över åtkomst till personuppgifter');
    expect(highList).toContain('konfidentialiteten är klassad 3');
    // … and lowering it takes them away again; an extra area brings its own requirements.
    await goToPhase(page, 'Inför', 'before');
    await page.getByRole('form', { name: 'Informationsklassning' }).getByLabel('Konfidentialitet').selectOption('1');
    await page.getByRole('form', { name: 'Behov' }).getByRole('checkbox', { name: 'Administrativa system', exact: true }).check();
    await goToPhase(page, 'Under', 'during');
    const lowWithAdmin = await suggestionList(page);
    expect(lowWithAdmin).not.toContain('Kryptering av lagrad information');
    expect(lowWithAdmin).not.toContain('Skärpt dataplacering vid hög konfidentialitet');
    expect(lowWithAdmin).toContain('Schemaläggning');
    expect(lowWithAdmin).toContain('ni valt området Administrativa system');
    // Back to the purchase as planned: medium classification, three areas.
    await goToPhase(page, 'Inför', 'before');
    await page.getByRole('form', { name: 'Informationsklassning' }).getByLabel('Konfidentialitet').selectOption('2');
    await page.getByRole('form', { name: 'Behov' }).getByRole('checkbox', { name: 'Administrativa system', exact: true }).uncheck();
    await goToPhase(page, 'Under', 'during');
    await expect.poll(() => suggestionCounts(page)).toEqual(medium);

    // Accept the suggestions.
    await page.getByRole('button', { name: `Lägg till ${medium.total} föreslagna krav` }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Lade till' }).innerText()).toBe(`Lade till ${medium.total} krav.`);
    await expect.poll(() => suggestionCounts(page)).toEqual({ total: medium.total, missing: 0 });
    const spec = page.getByRole('region', { name: /^Kravspecifikation: \d+ krav$/ });
    await expect.poll(() => spec.getAttribute('aria-label')).toBe(`Kravspecifikation: ${medium.total} krav`);
    await expect.poll(() => coverage.innerText()).toContain('Inga luckor hittades');
    const burden = page.getByRole('region', { name: 'Anbudsgivarens börda' });
    await expect.poll(() => burden.getByRole('status').innerText()).toMatch(/^\d+ ska-krav/);
    const burdenText = await burden.getByRole('status').innerText();
    expect(burdenText).toMatch(/^\d+ ska-krav/);
    expect(burdenText).not.toContain('tappar upphandlingar anbudsgivare');
    const mustsBefore = Number(/^(\d+)/.exec(burdenText)![1]);

    // Edit one parameter: the sentence follows live; an out-of-range value is refused inline.
    const breach = await findRow(page, 'Anmälan av personuppgiftsincident');
    expect(await breach.innerText()).toContain('Föreslaget eftersom Informationssäkerhet och dataskydd gäller varje inköp; tjänsten behandlar personuppgifter');
    await breach.getByRole('button', { name: 'Redigera' }).click();
    const hours = breach.getByLabel('Timmar (timmar)');
    await expect.poll(() => hours.inputValue()).toBe('24');
    await hours.fill('48');
    const rendered = breach.getByText(/^Lyder:/);
    await expect.poll(() => rendered.innerText()).toContain('senast 48 timmar');
    await expect.poll(() => breach.locator('.req-text').innerText()).toContain('senast 48 timmar');
    await hours.fill('100');
    await expect.poll(() => breach.getByText('Värdet får vara högst 72.').count()).toBe(1);
    expect(await hours.getAttribute('aria-invalid')).toBe('true');
    expect(await rendered.innerText()).toContain('senast 48 timmar');
    await hours.fill('36');
    await expect.poll(() => rendered.innerText()).toContain('senast 36 timmar');
    expect(await hours.getAttribute('aria-invalid')).toBe('false');

    // Must becomes should, with a weight for the price-quality model.
    await breach.getByLabel('Ska eller bör').selectOption('should');
    await expect.poll(() => breach.locator('header .badge').first().innerText()).toBe('Bör');
    await breach.getByLabel('Vikt (poäng)').fill('5');
    await expect.poll(() => breach.locator('header').innerText()).toContain('vikt 5');
    await expect.poll(() => burden.getByRole('status').innerText()).toMatch(new RegExp(`^${mustsBefore - 1} ska-krav`));

    // An own requirement; a must with nothing a bidder can show shows up as a coverage gap.
    const custom = page.locator('details', { has: page.getByText('Skriv ett eget krav') });
    await custom.getByText('Skriv ett eget krav').click();
    await custom.getByLabel('Rubrik').fill('Uppgifter i elevens portfolio');
    await custom.getByLabel('Kravtext').fill('Elevens inlämnade uppgifter ska kunna samlas i en portfolio som följer eleven mellan skolor.');
    await custom.getByLabel('Område').selectOption('learning-platform');
    await custom.getByRole('button', { name: 'Lägg till kravet' }).click();
    await expect.poll(() => spec.getAttribute('aria-label')).toBe(`Kravspecifikation: ${medium.total + 1} krav`);
    await expect.poll(() => coverage.innerText()).toContain('1 ska-krav saknar verifikat som anbudsgivaren kan visa.');
    const own = await findRow(page, 'Uppgifter i elevens portfolio');
    expect(await own.innerText()).toContain('eget krav');
    expect(describeViolations(await axeViolations(page))).toBe('');

    // After: contract dates and the figures to follow up, taken from the requirements.
    await goToPhase(page, 'Efter', 'after');
    const contract = page.getByRole('form', { name: 'Avtalsförvaltning' });
    await contract.getByLabel('Leverantör').fill('Lärplattformsbolaget AB');
    await contract.getByLabel('Avtalsstart').fill('2027-07-01');
    await contract.getByLabel('Avtalsslut').fill('2031-06-30');
    await contract.getByLabel('Uppsägningstid (månader)').fill('6');
    await expect.poll(() => contract.getByRole('status').innerText()).toMatch(/^Säg upp senast \d{1,2} \S+ 2030/);
    const kpis = page.getByRole('region', { name: 'Att följa upp' });
    const breachKpi = kpis.getByRole('row', { name: /Anmälan av personuppgiftsincident/ });
    await expect.poll(() => breachKpi.innerText()).toContain('36 timmar');
    await expect.poll(() => kpis.getByRole('row', { name: /Tillgänglighet per månad/ }).innerText()).toContain('99,5 %');

    // Review: every item, open first.
    await goToPhase(page, 'Granskning', 'review');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Granskning');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'punkter öppna' }).innerText()).toMatch(/^\d+ av \d+ punkter öppna · 0 signerade$/);

    // The project remembers where the user was: reopened from the start page, it opens at Review.
    await page.waitForTimeout(700);
    await page.goto(baseUrl() + '/');
    await page.getByRole('link', { name: 'Ny lärplattform 2027' }).click();
    await page.waitForURL(/\/review$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Granskning');

    // Every step is reachable by keyboard: tab to the phase nav and open Before with Enter.
    await page.locator('body').focus();
    let onBefore = false;
    for (let i = 0; i < 40 && !onBefore; i++) {
      await page.keyboard.press('Tab');
      onBefore = await page.evaluate(() => {
        const el = document.activeElement;
        return !!el && el.tagName === 'A' && !!el.closest('.phase-nav') && (el.textContent ?? '').includes('Inför');
      });
    }
    expect(onBefore, 'the Before step took keyboard focus').toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/before$/);
    await expect.poll(() => page.getByRole('form', { name: 'Projektets uppgifter' }).getByLabel('Diarienummer').inputValue()).toBe('BUN 2027/112');

    expectClean(g);
    await g.context.close();
  });
});

describe('the school leader signs off the review and prints it', () => {
  it('signs items with name and time, sees open items first, and prints only the items', async () => {
    const g = await guardedPage(browser);
    const { page } = g;
    await createProject(page, 'Granskning av lärplattformsinköpet', 'Exempelstads kommun');
    await goToPhase(page, 'Granskning', 'review');
    const summary = page.getByRole('status').filter({ hasText: 'punkter öppna' });
    await expect.poll(() => summary.innerText()).toMatch(/^(\d+) av \1 punkter öppna · 0 signerade$/);
    const total = Number(/^(\d+)/.exec(await summary.innerText())![1]);
    const items = page.locator('ul.review-list > li');
    expect(await items.count()).toBe(total);

    // Sign off the first two open items.
    const signed: string[] = [];
    for (const signer of ['Eva Rektor', 'Eva Rektor']) {
      const first = items.first();
      const text = await first.locator('.checklist-text p').first().innerText();
      await first.getByLabel('Ditt namn').fill(signer);
      await first.getByRole('button', { name: 'Signera' }).click();
      const item = items.filter({ hasText: text });
      await expect.poll(() => item.innerText()).toMatch(new RegExp(`Signerat av ${signer}, .*20\\d\\d`));
      signed.push(text);
    }
    // A third is not applicable, with a note why.
    const third = items.first();
    const thirdText = await third.locator('.checklist-text p').first().innerText();
    await third.getByLabel('Anteckning').fill('Ramavtalet täcker detta.');
    await third.getByLabel('Status').selectOption('not-applicable');
    await expect.poll(() => summary.innerText()).toBe(`${total - 3} av ${total} punkter öppna · 2 signerade`);

    // Open items first: the settled three are at the end.
    const texts = await items.locator('.checklist-text p:first-child').allInnerTexts();
    const settledAt = [...signed, thirdText].map((s) => texts.indexOf(s));
    for (const i of settledAt) expect(i).toBeGreaterThanOrEqual(total - 3);
    await page.getByLabel('Visa bara öppna punkter').check();
    await expect.poll(() => items.count()).toBe(total - 3);
    await page.getByLabel('Visa bara öppna punkter').uncheck();
    await expect.poll(() => items.count()).toBe(total);
    expect(describeViolations(await axeViolations(page))).toBe('');

    // The sign-off is kept: after a reload the names are still there.
    await page.waitForTimeout(700);
    await page.reload();
    await expect.poll(() => page.getByText(/^Signerat av Eva Rektor/).count(), { timeout: 10_000 }).toBe(2);

    // Print: navigation and buttons go, every item stays.
    await page.emulateMedia({ media: 'print' });
    for (const hidden of [phaseNav(page), page.locator('.app-header'), page.locator('.project-toolbar'), page.getByRole('button', { name: 'Skriv ut' })]) {
      expect(await hidden.isVisible()).toBe(false);
    }
    const visibleButtons = await page.locator('button').evaluateAll((bs) => bs.filter((b) => (b as HTMLElement).offsetParent !== null).length);
    expect(visibleButtons).toBe(0);
    expect(await items.evaluateAll((lis) => lis.filter((li) => (li as HTMLElement).offsetParent !== null).length)).toBe(total);
    expect(await page.getByText(/^Signerat av Eva Rektor/).first().isVisible()).toBe(true);

    const pdf = join(mkdtempSync(join(tmpdir(), 'kravkit-review-')), 'granskning.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    const text = (await pdfPages(pdf)).join('\n');
    expect(text).toContain('Granskning');
    expect(text).toContain('Signerat av Eva Rektor');
    expect(text).toContain(thirdText.slice(0, 30));
    expect(text).not.toContain('Skriv ut');
    expect(text).not.toContain('Dra tillbaka signering');
    expect(text).not.toContain('Inköpets faser');
    await page.emulateMedia({ media: 'screen' });
    expect(await page.getByRole('button', { name: 'Skriv ut' }).isVisible()).toBe(true);

    expectClean(g);
    await g.context.close();
  });
});
