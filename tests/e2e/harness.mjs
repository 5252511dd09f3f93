// Shared set-up for the end-to-end tests: Debian's Chromium through playwright-core
// (never a downloaded browser), a record of every request, console message, cookie and
// storage write, and axe-core.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const BASE = process.env.E2E_BASE || 'http://127.0.0.1:8099';
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

let browserPromise = null;
export function browser() {
  browserPromise ??= chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ARGS,
  });
  return browserPromise;
}

export async function closeBrowser() {
  if (browserPromise) await (await browserPromise).close();
  browserPromise = null;
}

/** A fresh page with request, console and error logs. */
export async function openPage({ width = 1280, height = 900, locale = 'nl-NL', colorScheme, forcedColors, reducedMotion, bypassCSP = false } = {}) {
  // bypassCSP only for pages where a test injects axe-core; the widget itself never needs it.
  const context = await (await browser()).newContext({
    viewport: { width, height }, locale, colorScheme, forcedColors, reducedMotion, bypassCSP,
  });
  const page = await context.newPage();
  const log = { requests: [], console: [], errors: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => log.errors.push(String(e)));
  return { context, page, log };
}

/** The widget's shadow root must render a heading: the first question is on screen. */
export async function waitForQuestion(page, nth = 0) {
  const heading = page.locator('wegwijzer-widget').nth(nth).locator('h2').first();
  await heading.waitFor({ state: 'visible', timeout: 20000 });
  return heading;
}

/** The element that has focus, looking inside shadow roots. */
export async function activeElement(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    return {
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute('type'),
      text: (el.textContent || '').trim(),
      name: el.getAttribute('aria-label') || el.labels?.[0]?.textContent?.trim() || '',
      value: el.value ?? null,
    };
  });
}

/** Presses Tab until `predicate(active)` holds; fails after `max` presses. */
export async function tabTo(page, predicate, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const a = await activeElement(page);
    if (a && predicate(a)) return a;
  }
  throw new Error('keyboard focus never reached the wanted element');
}

/** Runs axe-core (WCAG 2.1 A and AA) on the page, shadow roots included. */
export async function axe(page) {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' :: ' + n.failureSummary),
    }));
  });
}

/** Every request went to the page's own origin. */
export function foreignRequests(log, base = BASE) {
  const origin = new URL(base).origin;
  return log.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
}
