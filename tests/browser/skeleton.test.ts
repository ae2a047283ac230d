import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, createProject, describeViolations, expectClean, guardedPage, launch } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the walking skeleton in real Chromium', () => {
  it('keeps a created project and its edited title across a reload', async () => {
    const g = await guardedPage(browser);
    const { page } = g;
    await createProject(g.page, 'Lärplattform 2027');
    const title = page.locator('#f-title');
    await expect.poll(() => title.inputValue()).toBe('Lärplattform 2027');
    await title.fill('Lärplattform 2027–2031');
    await expect.poll(() => page.locator('.project-name').innerText()).toContain('Lärplattform 2027–2031');
    await page.waitForTimeout(700); // saved within a second
    await page.reload();
    await expect.poll(() => page.locator('#f-title').inputValue(), { timeout: 10_000 }).toBe('Lärplattform 2027–2031');
    await page.goto(baseUrl() + '/');
    await expect.poll(() => page.locator('.project-list').innerText()).toContain('Lärplattform 2027–2031');
    expectClean(g);
    await g.context.close();
  });

  it('switches the interface language and remembers the choice after a reload', async () => {
    const g = await guardedPage(browser);
    const { page } = g;
    await page.goto(baseUrl() + '/');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Köp skolans programvara klokt');
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await page.locator('#ui-language').selectOption('da');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Køb skolens software klogt');
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    await page.locator('#ui-language').selectOption('en');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Buy school software well');
    await page.reload();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Buy school software well');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expectClean(g);
    await g.context.close();
  });

  it('refuses a broken project file with its JSON paths and leaves the projects untouched', async () => {
    const g = await guardedPage(browser);
    const { page } = g;
    await createProject(g.page, 'Befintligt projekt');
    await page.goto(baseUrl() + '/');
    const broken = JSON.stringify({ kind: 'kravkit.project', formatVersion: 1, app: { name: 'kravkit', version: '0' }, project: { id: 'x', title: '', language: 'fi' } });
    await page.getByRole('button', { name: 'Välj en projektfil' }).setInputFiles({ name: 'trasig.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('trasig.json öppnades inte');
    const text = await alert.innerText();
    expect(text).toContain('/project/language');
    expect(text).toContain('Inget ändrades');
    await page.getByRole('button', { name: 'Välj en projektfil' }).setInputFiles({ name: 'inte-json.json', mimeType: 'application/json', buffer: Buffer.from('{"kind": "kravkit.project", ') });
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('inte giltig JSON');
    await expect.poll(() => page.locator('.project-list').innerText()).toContain('Befintligt projekt');
    expect(await page.locator('.project-row').count()).toBe(1);
    expectClean(g);
    await g.context.close();
  });

  it('has no axe-core violations on any route, and nothing leaves loopback on the way', async () => {
    const g = await guardedPage(browser);
    const { page } = g;
    const id = await createProject(g.page, 'Tillgänglighetstest');
    const routes = ['/', '/accessibility', '/library', ...['before', 'during', 'after', 'review', 'library', 'contract', 'evaluation', 'pool'].map((r) => `/project/${id}/${r}`)];
    const found: string[] = [];
    for (const route of routes) {
      await page.goto(baseUrl() + route);
      await page.waitForSelector('h1');
      await page.waitForLoadState('networkidle');
      const violations = await axeViolations(page);
      if (violations.length) found.push(`${route}:\n${describeViolations(violations)}`);
    }
    expect(found.join('\n\n')).toBe('');
    expectClean(g);
    await g.context.close();
  });
});
