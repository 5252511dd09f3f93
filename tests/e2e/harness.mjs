// Shared set-up for the end-to-end tests: Debian's Chromium through playwright-core
// (never a downloaded browser), a record of every request, console message, cookie and
// storage write, and axe-core.
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
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
  // The complete Dutch words follow the first question (ADR 0011); a test that clicks
  // through to an advice faster than any resident would otherwise meet its placeholder
  // title. Wait until the page's requests have settled (a blocked fetch ends at once).
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
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
      id: el.id || '',
      cls: typeof el.className === 'string' ? el.className : '',
      text: (el.textContent || '').replace(/[\u2068\u2069]/g, '').trim(),
      name: (el.getAttribute('aria-label') || el.labels?.[0]?.textContent || '').replace(/[\u2068\u2069]/g, '').trim(),
      value: el.value ?? null,
      checked: el.checked ?? null,
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
  // Inject once per document: axe is 500 KB, and some tests run it on every screen.
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ content: AXE_SOURCE });
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

// ---------------------------------------------------------------------------------
// Flow driving: the scenario fixtures (tests/flows/*.json) replayed in the browser,
// by keyboard only or by plain clicks, and the texts to expect (read from the .ftl
// files and the config, so the tests follow the content instead of copying it).

export const ROOT = new URL('../../', import.meta.url);
export const CONFIG = JSON.parse(readFileSync(new URL('config/voorbeeldgemeente.json', ROOT), 'utf8'));

/** Every scenario fixture, with its file name (without `.json`) as `name`. */
export function loadFlows() {
  const dir = new URL('tests/flows/', ROOT);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), ...JSON.parse(readFileSync(new URL(f, dir), 'utf8')) }));
}

export function flow(name) {
  const f = loadFlows().find((x) => x.name === name);
  if (!f) throw new Error(`no fixture tests/flows/${name}.json`);
  return f;
}

/** Text as a resident reads it: no bidi isolation marks, single spaces. */
export const clean = (s) => String(s ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

const ftlCache = new Map();
/** Messages of locales/<lang>/<file>.ftl as { id: { value, attrs } } (simple values only). */
function ftl(lang, file) {
  const key = `${lang}/${file}`;
  if (!ftlCache.has(key)) {
    const out = {};
    const path = new URL(`locales/${lang}/${file}.ftl`, ROOT);
    if (existsSync(path)) {
      let current = null;
      for (const line of readFileSync(path, 'utf8').split('\n')) {
        const m = line.match(/^([a-zA-Z][\w-]*)\s*=\s*(.*)$/);
        const a = line.match(/^\s+\.([\w-]+)\s*=\s*(.*)$/);
        if (m) { current = out[m[1]] = { value: m[2].trim(), attrs: {} }; }
        else if (a && current) current.attrs[a[1]] = a[2].trim();
        else if (/^\S/.test(line)) current = null;
      }
    }
    ftlCache.set(key, out);
  }
  return ftlCache.get(key);
}

/** A message's text in `lang`, falling back to Dutch like the widget does. */
export function message(id, lang = 'nl', attr = null) {
  for (const l of [lang, 'nl']) {
    for (const file of ['ui', 'flow']) {
      const m = ftl(l, file)[id];
      const text = m && (attr ? m.attrs[attr] : m.value);
      if (text) return text;
    }
  }
  return null;
}

/** `s` without the explanations the glossary (`glossary-*`) writes in after hard words. */
export function withoutExplanations(s, lang = 'nl') {
  let out = String(s ?? '');
  for (const [id, m] of Object.entries(ftl(lang, 'flow'))) {
    if (!id.startsWith('glossary-')) continue;
    const [word, meaning] = m.value.split(': ');
    out = out.replace(` (${word}: ${meaning})`, '').replace(` (${meaning})`, '');
  }
  return out;
}

/** Every glossary explanation the widget can add, in every language (" (meaning)" and
 * " (word: meaning)"): the glossary script adds them after a render, so screen
 * comparisons leave them out and do not depend on when it ran (ADR 0016). */
let explained = null;
function explanations() {
  if (!explained) {
    explained = [];
    for (const lang of ['nl', 'nl/u', 'en', 'ar', 'tr', 'pl', 'uk', 'fy']) {
      for (const [id, m] of Object.entries(ftl(lang, 'flow'))) {
        if (!id.startsWith('glossary-')) continue;
        const [word, meaning] = m.value.split(': ');
        explained.push(` (${word}: ${meaning})`, ` (${meaning})`);
      }
    }
  }
  return explained;
}

/** `s` without glossary explanations (see `explanations`). */
export const plain = (s) => explanations().reduce((t, e) => t.split(e).join(''), String(s ?? ''));

/** The advice heading; in helper mode its third-person variant where there is one. */
export const outcomeHeading = (outcome, lang = 'nl', helper = false) =>
  (helper && message(`outcome-${outcome}-helper`, lang)) || message(`outcome-${outcome}`, lang);
export const questionText = (q, helper = false, lang = 'nl') =>
  (helper && message(`question-${q}-helper`, lang)) || message(`question-${q}`, lang);
export const serviceName = (id) => CONFIG.directory.find((s) => s.id === id)?.name;
export const question = (id) => CONFIG.questionnaire.questions.find((q) => q.id === id);
export const widget = (page, nth = 0) => page.locator('wegwijzer-widget').nth(nth);

/** Ids a host-page event may carry: question and outcome ids of the config. */
export const CONFIG_IDS = new Set([
  ...CONFIG.questionnaire.questions.map((q) => q.id),
  ...CONFIG.outcomes.map((o) => o.id),
]);

/** What is on screen: `question:<heading>` or `advice:<heading>`. */
export async function screen(page, nth = 0) {
  const s = await page.evaluate((nth) => {
    const root = document.querySelectorAll('wegwijzer-widget')[nth]?.shadowRoot;
    const h = root?.querySelector('#ww-question-heading, #ww-advice-heading');
    if (!h) return null;
    const kind = h.id === 'ww-advice-heading' ? 'advice' : 'question';
    return kind + ':' + h.textContent.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();
  }, nth);
  return s && plain(s);
}

/** Checks `done()` every 100 ms until it holds or `ms` have passed; returns whether it held. */
export async function until(page, done, ms = 5000) {
  for (let waited = 0; !done() && waited < ms; waited += 100) await page.waitForTimeout(100);
  return done();
}

/** Waits until the screen differs from `before`; explains what is on screen if not. */
export async function waitForNewScreen(page, before, nth = 0) {
  try {
    await page.waitForFunction(
      ([before, nth, explained]) => {
        const root = document.querySelectorAll('wegwijzer-widget')[nth]?.shadowRoot;
        const h = root?.querySelector('#ww-question-heading, #ww-advice-heading');
        if (!h) return false;
        const kind = h.id === 'ww-advice-heading' ? 'advice' : 'question';
        const text = explained.reduce((t, e) => t.split(e).join(''), h.textContent.replace(/[\u2068\u2069]/g, ''));
        return kind + ':' + text.replace(/\s+/g, ' ').trim() !== before;
      },
      [before, nth, explanations()],
      { timeout: 8000 },
    );
  } catch {
    const err = await widget(page, nth).locator('.wegwijzer-error-summary').textContent().catch(() => '');
    throw new Error(`the screen did not change from "${before}"${err ? `; error shown: ${clean(err)}` : ''}`);
  }
  return screen(page, nth);
}

/** Presses Shift+Tab until `predicate(active)` holds. */
export async function shiftTabTo(page, predicate, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Shift+Tab');
    const a = await activeElement(page);
    if (a && predicate(a)) return a;
  }
  throw new Error('keyboard focus (backwards) never reached the wanted element');
}

const isSubmit = (a) => a.tag === 'button' && a.type === 'submit';

async function typeInto(page, text) {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
}

/**
 * Replays one fixture step on the screen. `keyboard: true` uses Tab, Shift+Tab,
 * arrows, Space, Enter and typing only; otherwise plain locator actions (faster).
 * Returns the new screen.
 */
export async function doStep(page, step, { keyboard = false, helper = false, lang = 'nl', nth = 0, strict = true } = {}) {
  const w = widget(page, nth);
  const before = await screen(page, nth);
  if (step.back) {
    if (keyboard) {
      await shiftTabTo(page, (a) => a.cls.includes('wegwijzer-back'));
      await page.keyboard.press('Enter');
    } else {
      await w.locator('.wegwijzer-back').click();
    }
    return waitForNewScreen(page, before, nth);
  }
  if (step.change) {
    const q = clean(questionText(step.change, helper, lang));
    if (keyboard) {
      await tabTo(page, (a) => a.cls.includes('wegwijzer-link-button') && clean(a.name).includes(q), 120);
      await page.keyboard.press('Enter');
    } else {
      await w.locator('.wegwijzer-answers__row').filter({ has: page.locator('dt', { hasText: q }) })
        .locator('button').click();
    }
    return waitForNewScreen(page, before, nth);
  }
  const expected = clean(questionText(step.answer, helper, lang));
  if (strict && before !== `question:${expected}`) throw new Error(`expected question "${expected}", on screen: "${before}"`);
  const q = question(step.answer);
  const input = step.input;
  if (input.skip) {
    const skip = clean(message('button-skip', lang));
    if (keyboard) {
      await tabTo(page, (a) => a.tag === 'button' && clean(a.text) === skip);
      await page.keyboard.press('Enter');
    } else {
      await w.locator('form .wegwijzer-button--secondary').click();
    }
    return waitForNewScreen(page, before, nth);
  }
  if (input.choices) {
    const order = q.options.map((o) => o.id);
    for (const id of order) {
      const want = input.choices.includes(id);
      if (keyboard) {
        const a = await tabTo(page, (a) => a.tag === 'input' && a.value === id);
        if (a.checked !== want) await page.keyboard.press('Space');
      } else {
        await w.locator(`input[value="${id}"]`).setChecked(want);
      }
    }
  } else if (input.choice) {
    if (keyboard) {
      let a = await tabTo(page, (a) => a.tag === 'input' && a.type === 'radio');
      for (let i = 0; i < 12 && !(a.value === input.choice && a.checked); i++) {
        await page.keyboard.press(a.value === input.choice ? 'Space' : 'ArrowDown');
        a = await activeElement(page);
      }
      if (!(a.value === input.choice && a.checked)) throw new Error(`could not pick ${input.choice} with the arrow keys`);
    } else {
      await w.locator(`input[value="${input.choice}"]`).check();
    }
  } else if ('postcode' in input) {
    const house = input['house-number'] ?? '';
    if (keyboard) {
      await tabTo(page, (a) => a.id === 'ww-postcode');
      await typeInto(page, input.postcode);
      if (await w.locator('#ww-house').count()) {
        await tabTo(page, (a) => a.id === 'ww-house');
        await typeInto(page, house);
      }
    } else {
      await w.locator('#ww-postcode').fill(input.postcode);
      if (await w.locator('#ww-house').count()) await w.locator('#ww-house').fill(house);
    }
  } else if ('text' in input) {
    if (keyboard) {
      await tabTo(page, (a) => a.tag === 'textarea');
      await typeInto(page, input.text);
    } else {
      await w.locator('textarea').fill(input.text);
    }
  } else {
    throw new Error(`unknown step input ${JSON.stringify(input)}`);
  }
  if (keyboard) {
    await tabTo(page, isSubmit);
    await page.keyboard.press('Enter');
  } else {
    await w.locator('form button[type=submit]').click();
  }
  if (step.error) {
    // A refused answer: the error summary names the problem and the question stays.
    const want = clean(message(step.error, lang));
    const summary = w.locator('.wegwijzer-error-summary');
    await summary.waitFor({ state: 'visible' });
    const text = clean(await summary.innerText());
    if (!text.includes(want)) throw new Error(`expected error "${want}", summary says "${text}"`);
    const now = await screen(page, nth);
    if (now !== before) throw new Error(`a refused answer moved on to "${now}"`);
    return now;
  }
  return waitForNewScreen(page, before, nth);
}

/** Turns helper mode on or off with its checkbox (keyboard or click). */
export async function setHelper(page, on, { keyboard = false, nth = 0 } = {}) {
  const box = widget(page, nth).locator('#ww-helper');
  if ((await box.isChecked()) === on) return;
  if (keyboard) {
    await tabTo(page, (a) => a.id === 'ww-helper');
    await page.keyboard.press('Space');
  } else {
    await box.setChecked(on);
  }
  await page.waitForFunction(([on, nth]) =>
    document.querySelectorAll('wegwijzer-widget')[nth].shadowRoot.querySelector('#ww-helper')?.checked === on, [on, nth]);
  // In Dutch the helper-mode words come with the full Dutch files, fetched the first
  // time helper mode is turned on (ADR 0011): wait until the heading turns third person.
  const heading = () => screen(page, nth);
  const before = await heading();
  const id = CONFIG.questionnaire.questions.find((q) => `question:${clean(questionText(q.id))}` === before)?.id;
  const want = id && `question:${clean(questionText(id, on))}`;
  for (let i = 0; want && i < 50 && (await heading()) !== want; i++) await page.waitForTimeout(100);
}

/** Replays a whole fixture from the first question; returns the final screen. */
export async function runFlow(page, fixture, opts = {}) {
  const helper = !!fixture.helper;
  await setHelper(page, helper, opts);
  let s = await screen(page, opts.nth ?? 0);
  for (const step of fixture.steps) s = await doStep(page, step, { ...opts, helper });
  return s;
}

/** The advice on screen matches the fixture: heading and first contact. */
export async function adviceOnScreen(page, nth = 0) {
  const w = widget(page, nth);
  return {
    heading: clean(plain(await w.locator('#ww-advice-heading').textContent())),
    firstContact: clean(await w.locator('.wegwijzer-card--primary .wegwijzer-card__name').textContent()),
  };
}

/** Records `wegwijzer:step` and `wegwijzer:advice` events (as JSON) in `window.__events`. */
export async function recordEvents(page) {
  await page.addInitScript(() => {
    window.__events = [];
    for (const type of ['wegwijzer:step', 'wegwijzer:advice']) {
      document.addEventListener(type, (e) => window.__events.push({ type, detail: JSON.stringify(e.detail) }));
    }
  });
}

/** Records cookie, Web Storage and IndexedDB writes in `window.__writes`. */
export async function recordWrites(page) {
  await page.addInitScript(() => {
    window.__writes = [];
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) { window.__writes.push('storage:' + k); return set.call(this, k, v); };
    const desc = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    Object.defineProperty(Document.prototype, 'cookie', {
      get() { return desc.get.call(this); },
      set(v) { window.__writes.push('cookie:' + v); return desc.set.call(this, v); },
    });
    const open = indexedDB.open.bind(indexedDB);
    indexedDB.open = (...a) => { window.__writes.push('indexeddb:' + a[0]); return open(...a); };
    if (window.caches) {
      const o = caches.open.bind(caches);
      caches.open = (...a) => { window.__writes.push('cache:' + a[0]); return o(...a); };
    }
  });
}
