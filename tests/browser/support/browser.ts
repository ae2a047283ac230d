import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Flags that keep Chromium from calling home on a closed network, and run it as root in CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--metrics-recording-only',
];

/** Creates a project on the start page as a user does; returns its id once its Before page is open. */
export async function createProject(page: Page, title: string): Promise<string> {
  await page.goto(baseUrl() + '/');
  await page.locator('#np-title').fill(title);
  await page.locator('form.new-project button[type=submit]').click();
  await page.waitForURL(/\/project\/[^/]+\/before$/);
  return /\/project\/([^/]+)\//.exec(page.url())![1];
}

export function baseUrl(): string {
  return inject('baseUrl');
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), headless: true, args: CHROMIUM_ARGS });
}

/**
 * A page that records every request leaving loopback and every CSP violation, so a test can assert
 * that nothing leaves the browser and the strict policy holds.
 */
export interface GuardedPage {
  page: Page;
  context: BrowserContext;
  offLoopback: string[];
  cspViolations: string[];
  pageErrors: string[];
}

const LOOPBACK = /^(https?|wss?):\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\//;

export async function guardedPage(browser: Browser, context?: BrowserContext): Promise<GuardedPage> {
  const ctx = context ?? (await browser.newContext({ acceptDownloads: true, locale: 'sv-SE' }));
  const page = await ctx.newPage();
  const guard: GuardedPage = { page, context: ctx, offLoopback: [], cspViolations: [], pageErrors: [] };
  page.on('request', (req) => {
    const url = req.url();
    if (/^(data|blob|about|chrome-extension):/.test(url)) return;
    if (!LOOPBACK.test(url)) guard.offLoopback.push(url);
  });
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|create)/i.test(msg.text())) guard.cspViolations.push(msg.text());
  });
  page.on('pageerror', (err) => guard.pageErrors.push(String(err)));
  await ctx.exposeBinding('__kravkitCsp', (_src, text: string) => guard.cspViolations.push(text)).catch(() => undefined);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __kravkitCsp?: (t: string) => void }).__kravkitCsp?.(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return guard;
}

/** Nothing left loopback, the CSP held, and no script error escaped: asserted after every journey. */
export function expectClean(g: GuardedPage): void {
  expect(g.offLoopback, 'requests that left loopback').toEqual([]);
  expect(g.cspViolations, 'CSP violations').toEqual([]);
  expect(g.pageErrors, 'uncaught page errors').toEqual([]);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page (evaluated through the DevTools protocol, so the strict CSP stays on). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!hasAxe) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n');
}
