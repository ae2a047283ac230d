import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { baseUrl, CHROMIUM_ARGS, createProject, expectClean, guardedPage, launch } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

/** A Chromium we start and kill ourselves, on a profile that outlives it. */
async function startChromium(profile: string): Promise<{ proc: ChildProcess; browser: Browser }> {
  const port = await freePort();
  // Its own process group, so a kill takes its renderer and helper processes along, as a crash would.
  const proc = spawn(inject('chromiumPath'), ['--headless=new', ...CHROMIUM_ARGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore', detached: true });
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error('Chromium did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  return { proc, browser: await chromium.connectOverCDP(`http://127.0.0.1:${port}`) };
}

/** SIGKILL to Chromium and every process it started: no chance to flush anything. */
async function killAll(proc: ChildProcess): Promise<void> {
  const exited = proc.exitCode !== null ? Promise.resolve() : new Promise((r) => proc.once('exit', r));
  try {
    process.kill(-proc.pid!, 'SIGKILL');
  } catch {
    proc.kill('SIGKILL');
  }
  await exited;
}

/** Every text node of a parsed XML document, joined in document order. */
function collectText(node: unknown): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(collectText).join('');
  if (node && typeof node === 'object') return Object.values(node).map(collectText).join('');
  return '';
}

/**
 * Holds back the app's debounced save (its 300 ms timer never fires once `__holdSaves` is set), so
 * an edit reaches disk only if the page flushes it on pagehide/visibilitychange.
 */
async function holdDebouncedSaves(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __holdSaves?: boolean; setTimeout: typeof setTimeout };
    const original = w.setTimeout;
    w.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => (w.__holdSaves && ms === 300 ? 0 : original(fn, ms, ...args))) as typeof setTimeout;
  });
}

/**
 * Once window.__slowWrite is set, the next project record written is reported written 1.5 s late:
 * to the app, a save still running on a slow disk when the user leaves. The write itself is not
 * held, so only a save that waits for it can be lost.
 */
async function slowNextProjectWrite(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __slowWrite?: boolean };
    const slow = new WeakSet<IDBTransaction>();
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (w.__slowWrite && typeof key === 'string' && key.startsWith('project:')) {
        w.__slowWrite = false;
        slow.add(this.transaction);
      }
      return put.call(this, value, key);
    };
    const complete = Object.getOwnPropertyDescriptor(IDBTransaction.prototype, 'oncomplete')!;
    Object.defineProperty(IDBTransaction.prototype, 'oncomplete', {
      ...complete,
      set(this: IDBTransaction, handler: ((this: IDBTransaction, ev: Event) => unknown) | null) {
        const late = handler && slow.has(this) ? (ev: Event) => void setTimeout(() => handler.call(this, ev), 1500) : handler;
        complete.set!.call(this, late);
      },
    });
  });
}

/**
 * A new context and page, instrumented before the app loads, with a project created and saved;
 * `arm` then switches the instrument on for the next save.
 */
async function savedProject(instrument: (page: Page) => Promise<void>, title: string, flag: string) {
  const context = await browser.newContext({ locale: 'sv-SE' });
  const page = await context.newPage();
  await instrument(page);
  const id = await createProject(page, title);
  await expect.poll(() => page.locator('.save-status').innerText(), { timeout: 10_000 }).toBe('Sparat i webbläsaren');
  const arm = () => page.evaluate((name) => Object.assign(window, { [name]: true }), flag);
  return { context, page, id, arm };
}

describe('nothing lost, nothing leaked', () => {
  it('keeps the last edit when Chromium is killed mid-session and started again on the same profile', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'kravkit-profile-'));
    try {
      const first = await startChromium(profile);
      const page = first.browser.contexts()[0].pages()[0] ?? (await first.browser.contexts()[0].newPage());
      const id = await createProject(page, 'Före krasch');
      await page.locator('#f-org').fill('Exempelby kommun');
      await page.locator('#f-title').fill('Efter sista ändringen');
      // The promise: saved within a second. Then the kill comes at once, whatever the page says.
      // The 300 ms debounce and the IndexedDB write fit in the second with room to spare; the
      // extra 500 ms only absorbs a CI machine so loaded that the renderer itself stalls.
      await page.waitForTimeout(1000 + 500);
      await killAll(first.proc);

      const second = await startChromium(profile);
      const again = await second.browser.contexts()[0].newPage();
      await again.goto(`${baseUrl()}/project/${id}/before`);
      await expect.poll(() => again.locator('#f-title').inputValue(), { timeout: 15_000 }).toBe('Efter sista ändringen');
      expect(await again.locator('#f-org').inputValue()).toBe('Exempelby kommun');
      await second.browser.close();
      await killAll(second.proc);
    } finally {
      // Best effort: a crashed Chromium's helpers may still be letting go of files in the profile.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch {
        // a temporary directory; the OS cleans it up
      }
    }
  });

  it('writes a pending edit when the page is closed before its debounced save has run', async () => {
    const { context, page, id, arm } = await savedProject(holdDebouncedSaves, 'Före stängning', '__holdSaves');
    await arm();
    await page.locator('#f-title').fill('Skrivet precis före stängning');
    await page.waitForTimeout(500); // the save delay has passed, and the held save has not written
    expect(await page.locator('.save-status').innerText()).toBe('Sparar…');
    // Only the flush on pagehide/visibilitychange can save it now.
    const closedAfter = Date.now();
    await page.close({ runBeforeUnload: true });
    expect(Date.now() - closedAfter).toBeLessThan(2000);

    const again = await context.newPage();
    await again.goto(`${baseUrl()}/project/${id}/before`);
    await expect.poll(() => again.locator('#f-title').inputValue(), { timeout: 10_000 }).toBe('Skrivet precis före stängning');
    await context.close();
  });

  it('writes a pending edit when the user navigates away before its debounced save has run', async () => {
    const { context, page, id, arm } = await savedProject(holdDebouncedSaves, 'Före navigering', '__holdSaves');
    await arm();
    await page.locator('#f-org').fill('Skrivet precis före navigering');
    await page.goto('about:blank');
    await page.goto(`${baseUrl()}/project/${id}/before`);
    await expect.poll(() => page.locator('#f-org').inputValue(), { timeout: 10_000 }).toBe('Skrivet precis före navigering');
    await context.close();
  });

  it('writes the last edit when the user leaves while an earlier save is still being written', async () => {
    const { context, page, id, arm } = await savedProject(slowNextProjectWrite, 'Långsam disk', '__slowWrite');
    await arm();
    await page.locator('#f-org').fill('Första ändringen');
    await page.waitForTimeout(600); // its debounced save has started and is still being written
    expect(await page.locator('.save-status').innerText()).toBe('Sparar…');
    await page.locator('#f-org').fill('Sista ändringen');
    await page.goto('about:blank');
    await page.goto(`${baseUrl()}/project/${id}/before`);
    await expect.poll(() => page.locator('#f-org').inputValue(), { timeout: 10_000 }).toBe('Sista ändringen');
    await context.close();
  });

  it('makes a second tab on the same project read-only, following the first, until it takes over', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const a = await context.newPage();
    const id = await createProject(a, 'Två flikar');
    const b = await context.newPage();
    await b.goto(`${baseUrl()}/project/${id}/before`);
    await expect.poll(() => b.getByRole('alert').innerText()).toContain('öppet för redigering i en annan flik');
    expect(await b.locator('#f-title').isDisabled()).toBe(true);

    // The user goes back to tab A to edit there (a background tab's timers are throttled).
    await a.bringToFront();
    await a.locator('#f-title').fill('Ändrat i flik A');
    await expect.poll(() => a.locator('.save-status').innerText(), { timeout: 10_000 }).toBe('Sparat i webbläsaren');
    await b.bringToFront();
    await expect.poll(() => b.locator('.project-name').innerText(), { timeout: 15_000 }).toContain('Ändrat i flik A');
    // The form follows too, so taking over does not write the old title back.
    await expect.poll(() => b.locator('#f-title').inputValue()).toBe('Ändrat i flik A');

    await b.getByRole('button', { name: 'Redigera här i stället' }).click();
    await expect.poll(() => b.locator('#f-title').isDisabled()).toBe(false);
    await expect.poll(() => a.getByRole('alert').innerText()).toContain('öppet för redigering i en annan flik');
    await b.locator('#f-org').fill('Skrivet i flik B');
    await expect.poll(() => a.locator('#f-org').inputValue(), { timeout: 10_000 }).toBe('Skrivet i flik B');
    expect(await a.locator('#f-title').inputValue()).toBe('Ändrat i flik A');
    await context.close();
  });

  it('renames a project another tab edits through that tab, refuses to delete it there, and never brings a deleted project back', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const editor = await context.newPage();
    const id = await createProject(editor, 'Originalnamn');
    await editor.locator('#f-org').fill('Kommun A');
    await expect.poll(() => editor.locator('.save-status').innerText(), { timeout: 10_000 }).toBe('Sparat i webbläsaren');

    const start = await context.newPage();
    await start.goto(baseUrl() + '/');
    const row = start.locator('.project-row').filter({ has: start.locator(`a[href="/project/${id}"]`) });
    await row.getByRole('button', { name: 'Byt namn på Originalnamn' }).click();
    await start.locator(`#rename-${id}`).fill('Nytt namn från startsidan');
    await start.locator(`#rename-${id}`).press('Enter');
    // The editing tab applies the new title itself, so its next save keeps it.
    await expect.poll(() => editor.locator('#f-title').inputValue(), { timeout: 10_000 }).toBe('Nytt namn från startsidan');
    await expect.poll(() => row.locator('.project-title').innerText(), { timeout: 10_000 }).toBe('Nytt namn från startsidan');
    await editor.locator('#f-org').fill('Kommun B');
    await expect.poll(() => editor.locator('.save-status').innerText(), { timeout: 10_000 }).toBe('Sparat i webbläsaren');
    await start.reload();
    await expect.poll(() => row.locator('.project-title').innerText()).toBe('Nytt namn från startsidan');

    // Deleting it while the other tab edits would let that tab's next save bring it back.
    await row.getByRole('button', { name: 'Ta bort Nytt namn från startsidan' }).click();
    await expect.poll(() => row.getByRole('alert').innerText()).toContain('öppet för redigering i en annan flik');
    await editor.locator('#f-org').fill('Kommun C');
    await expect.poll(() => editor.locator('.save-status').innerText(), { timeout: 10_000 }).toBe('Sparat i webbläsaren');
    await start.reload();
    await expect.poll(() => row.count()).toBe(1);

    // A tab that only shows the project is closed when the project is deleted once nobody edits it.
    const viewer = await context.newPage();
    await viewer.goto(`${baseUrl()}/project/${id}/before`);
    await expect.poll(() => viewer.getByRole('alert').innerText()).toContain('öppet för redigering i en annan flik');
    await editor.close({ runBeforeUnload: true });
    await row.getByRole('button', { name: 'Ta bort Nytt namn från startsidan' }).click();
    await expect.poll(() => row.count()).toBe(0);
    await expect.poll(() => viewer.getByRole('heading', { name: 'Projektet raderades i en annan flik.' }).count()).toBe(1);
    expect(await viewer.locator('#f-title').count()).toBe(0);
    await viewer.waitForTimeout(1000);
    await start.reload();
    await start.waitForSelector('h1');
    expect(await row.count()).toBe(0);
    const stored = await start.evaluate(
      (pid) =>
        new Promise<unknown>((resolve, reject) => {
          const open = indexedDB.open('kravkit');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('kv').objectStore('kv').get(`project:${pid}`);
            get.onsuccess = () => resolve(get.result ?? null);
            get.onerror = () => reject(get.error);
          };
        }),
      id,
    );
    expect(stored).toBeNull();
    await context.close();
  });

  it('says clearly when storage is full, keeps the work in memory and offers an export', async () => {
    const g = await guardedPage(browser);
    const { page } = g;
    await page.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if ((window as unknown as { __full?: boolean }).__full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    await createProject(page, 'Full disk');
    await page.evaluate(() => ((window as unknown as { __full: boolean }).__full = true));
    await page.locator('#f-title').fill('Arbete som inte får förloras');
    const alert = page.locator('.save-problem');
    await expect.poll(() => alert.innerText(), { timeout: 10_000 }).toContain('webbläsarens lagring är full');
    expect(await page.locator('.project-name').innerText()).toContain('Arbete som inte får förloras');
    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Exportera projektet nu' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.kravkit\.json$/);
    await g.context.close();
  });

  it('shows hostile user text as text everywhere, runs none of it, and escapes it in the Word export', async () => {
    const g = await guardedPage(browser);
    const { page } = g;
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    // Markup, the five XML specials, an RTL override, a zero-width joiner inside an emoji family,
    // and astral-plane letters.
    const hostile = `<script>alert(1)</script><img src=x onerror=alert(2)> "&'<> ‮RTL‬ a‍b 👩‍👩‍👧 𝔘𝔫𝔦`;
    const injected = () => page.locator('img[src="x"], script:not([src])').count();
    const id = await createProject(page, hostile);
    await expect.poll(() => page.locator('.project-name').innerText()).toContain('<script>alert(1)</script>');

    // Notes: the needs text, typed, plus a lone surrogate set the way a paste of broken text would
    // (Playwright's typing goes through UTF-8 and would replace it).
    const needs = page.locator('#n-problem');
    await needs.fill(`Behov ${hostile}`);
    await needs.evaluate((el: HTMLTextAreaElement) => {
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      setter.call(el, `${el.value} lone:${String.fromCharCode(0xd800)}:end`);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect.poll(() => needs.inputValue()).toContain('lone:');

    // A custom requirement.
    await page.goto(`${baseUrl()}/project/${id}/during`);
    const custom = page.locator('details', { has: page.getByText('Skriv ett eget krav') });
    await custom.getByText('Skriv ett eget krav').click();
    await custom.getByLabel('Rubrik').fill(`Eget ${hostile}`.slice(0, 120));
    await custom.getByLabel('Kravtext').fill(`Kravtext ${hostile}`);
    await custom.getByLabel('Område').selectOption({ index: 1 });
    await custom.getByRole('button', { name: 'Lägg till kravet' }).click();
    await expect.poll(() => page.locator('main').innerText(), { timeout: 10_000 }).toContain(`Eget <script>alert(1)</script>`);
    expect(await injected()).toBe(0);

    // A checklist note.
    await page.goto(`${baseUrl()}/project/${id}/review`);
    const item = page.locator('ul.review-list > li').first();
    await item.getByLabel('Anteckning').fill(`Notering ${hostile}`);
    await expect.poll(() => item.getByLabel('Anteckning').inputValue()).toContain('onerror=alert(2)');

    // Pasted contract text, checked and shown as a report.
    await page.goto(`${baseUrl()}/project/${id}/contract`);
    await page.getByText('…eller klistra in avtalstexten').click();
    const paste = page.getByLabel('Avtalstext');
    await expect.poll(() => paste.isEditable(), { timeout: 10_000 }).toBe(true);
    await paste.fill(`1. Personuppgifter\n${hostile}\nLeverantören raderar personuppgifter inom 30 dagar. ${hostile}`);
    await page.getByRole('button', { name: 'Kontrollera avtalet' }).click();
    await page.getByRole('heading', { name: /^Rapport: / }).waitFor({ timeout: 15_000 });
    expect(await injected()).toBe(0);

    await page.waitForTimeout(1200); // saved within a second; the pages below read it back
    for (const route of ['before', 'during', 'after', 'review', 'contract', 'library']) {
      await page.goto(`${baseUrl()}/project/${id}/${route}`);
      await page.waitForSelector('h1');
      await expect.poll(() => page.locator('.project-name').innerText()).toContain('<img src=x onerror=alert(2)>');
      expect(await injected(), route).toBe(0);
    }
    await page.goto(`${baseUrl()}/project/${id}/before`);
    await expect.poll(() => page.locator('#n-problem').inputValue()).toContain(`Behov ${hostile}`);
    // The lone surrogate was stored and read back, not dropped with the rest of the text.
    expect(await page.locator('#n-problem').inputValue()).toMatch(/lone:.:end/s);
    await page.goto(baseUrl() + '/');
    await expect.poll(() => page.locator('.project-list').innerText()).toContain('<img src=x onerror=alert(2)>');
    expect(await page.locator('.project-list img').count()).toBe(0);

    // The specification as Word: well-formed XML with the text escaped, as Word needs to open it.
    await page.goto(`${baseUrl()}/project/${id}/during`);
    const button = page.getByRole('button', { name: 'Exportera kravspecifikation och svarsformulär (Word)' });
    await expect.poll(() => button.isEnabled(), { timeout: 10_000 }).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), button.click()]);
    const parts = unzipSync(new Uint8Array(readFileSync(await download.path())));
    for (const [name, bytes] of Object.entries(parts)) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      const xml = strFromU8(bytes);
      expect(XMLValidator.validate(xml), name).toBe(true);
      expect(xml, `${name} carries no raw markup from the user`).not.toMatch(/<script|<img/);
    }
    const documentXml = strFromU8(parts['word/document.xml']);
    expect(documentXml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const text = collectText(new XMLParser({ ignoreAttributes: true, processEntities: true, htmlEntities: false }).parse(documentXml));
    for (const expected of [`Eget <script>alert(1)</script>`, `Kravtext ${hostile}`, `<img src=x onerror=alert(2)> "&'<>`, '👩‍👩‍👧', '‮RTL‬', 'a‍b']) {
      expect(text, expected).toContain(expected);
    }
    expect(strFromU8(parts['docProps/core.xml'])).toContain('&lt;script&gt;');
    // XML 1.0 has no place for a lone surrogate: none reaches the file.
    for (const bytes of Object.values(parts)) expect(strFromU8(bytes)).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    // The lone surrogate is dropped or replaced there, and the text around it kept.
    expect(text, 'the needs text').toMatch(/Behov <script>alert\(1\)<\/script>.*lone:\uFFFD?:end/s);
    expect(dialogs).toBe(0);
    expectClean(g);
    await g.context.close();
  });
});
