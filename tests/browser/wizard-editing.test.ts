import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, createProject, describeViolations, expectClean, guardedPage, launch } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The uids of the requirement rows in the page, top to bottom as drawn. */
const drawnOrder = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.requirement-scroller article')]
      .map((a) => ({ uid: a.getAttribute('aria-labelledby')!.slice(4), top: a.getBoundingClientRect().top }))
      .sort((x, y) => x.top - y.top)
      .map((x) => x.uid),
  );

describe('editing the specification in real Chromium', () => {
  it('moves a requirement one row down on screen with "Flytta ned", and the open editor and the library detail pass axe', async () => {
    const g = await guardedPage(browser);
    const { page } = g;
    const id = await createProject(page, 'Ordning i kraven');
    await page.goto(`${baseUrl()}/project/${id}/during`);
    await page.getByRole('button', { name: /^Lägg till \d+ föreslagna krav$/ }).click();
    const scroller = page.getByRole('region', { name: /^Kravspecifikation: \d+ krav$/ });
    await expect.poll(() => scroller.getByRole('article').count(), { timeout: 10_000 }).toBeGreaterThan(2);

    // Open editors from the top until one can move down, then move it.
    let moved = false;
    for (let i = 0; i < 8 && !moved; i++) {
      const order = await drawnOrder(page);
      const uid = order[i]!;
      const row = page.locator(`article[aria-labelledby="req-${uid}"]`);
      await row.getByRole('button', { name: 'Redigera' }).click();
      const down = row.getByRole('button', { name: 'Flytta ned' });
      if (await down.isEnabled()) {
        const violations = await axeViolations(page);
        expect(describeViolations(violations)).toBe('');
        await down.click();
        await expect.poll(async () => (await drawnOrder(page)).indexOf(uid)).toBe(i + 1);
        const after = await drawnOrder(page);
        expect(after[i]).toBe(order[i + 1]);
        expect(await row.getByRole('button', { name: 'Flytta upp' }).isEnabled()).toBe(true);
        moved = true;
      } else {
        await row.getByRole('button', { name: 'Stäng' }).click().catch(() => undefined);
      }
    }
    expect(moved, 'some requirement near the top could move down inside its group').toBe(true);

    // The library with an area chosen and a template open.
    await page.goto(`${baseUrl()}/project/${id}/library`);
    await page.getByLabel('Område').selectOption('identity-access');
    await expect.poll(() => page.locator('#lf-area-hint').innerText()).toContain('Edtechkartan: Huvudman');
    await page.locator('.template-results button').first().click();
    await expect.poll(() => page.locator('.template-detail').innerText()).toContain('Edtechkartan');
    expect(describeViolations(await axeViolations(page))).toBe('');
    expectClean(g);
    await g.context.close();
  });
});
