// Accessibility, screen by screen: axe-core (WCAG 2.1 A/AA) with zero violations on
// every screen type in Dutch, English and Arabic; reflow at 320 px; text spacing
// (WCAG 1.4.12); visible focus; the accessibility tree of each question; forced colours.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import {
  BASE, ROOT, openPage, waitForQuestion, axe, closeBrowser, flow, runFlow, doStep, setHelper,
  widget, clean, questionText, message, screen, activeElement,
} from './harness.mjs';

after(closeBrowser);

const PAGES = { nl: '/', en: '/test/en.html', ar: '/test/ar.html', tr: '/test/tr.html' };

async function restart(page) {
  const w = widget(page);
  if (await w.locator('.wegwijzer-answers').count()) {
    await w.locator('.wegwijzer-answers > .wegwijzer-button').click();
    await w.locator('.wegwijzer-answers').waitFor({ state: 'detached' });
  }
}

const fmt = (v) => v.map((x) => `${x.id} (${x.impact}): ${x.help}\n    ${x.nodes.join('\n    ')}`).join('\n');

for (const lang of ['nl', 'en', 'ar', 'tr']) {
  test(`axe: every screen type passes WCAG 2.1 A/AA (${lang})`, async () => {
    const { context, page, log } = await openPage({ bypassCSP: true });
    await page.goto(BASE + PAGES[lang]);
    await waitForQuestion(page);
    const w = widget(page);
    const failures = [];
    const check = async (name) => {
      const v = await axe(page);
      if (v.length) failures.push(`${name}:\n  ${fmt(v)}`);
    };
    const opts = { lang, strict: false };
    const step = (answer, input) => doStep(page, { answer, input }, opts);

    assert.equal(await w.locator('.wegwijzer').getAttribute('lang'), lang, 'the widget speaks the page language');
    await check('first question (multiple choice with icons)');
    await w.locator('form button[type=submit]').click();
    await w.locator('.wegwijzer-error-summary').waitFor();
    await check('error summary');
    await step('topic', { choices: ['home'] });
    await check('single choice');
    await step('home-need', { choice: 'household' });
    await check('free text');
    await step('own-words', { text: 'Zelf koken.' });
    await check('postcode');
    await w.locator('#ww-postcode').fill('12');
    await w.locator('form button[type=submit]').click();
    await w.locator('.wegwijzer-error-summary').waitFor();
    await check('postcode with error');
    await step('postcode', { postcode: '9991 AB', 'house-number': '12' });
    await w.locator('#ww-advice-heading').waitFor();
    await check('advice (normal)');
    await w.locator('.wegwijzer-handover button[aria-expanded]').click();
    await w.locator('#ww-share-link').waitFor();
    await check('handover note with share link');

    await restart(page);
    await step('topic', { choices: ['money'] });
    await check('yes-no');
    await step('debt-threat', { choice: 'yes' });
    await check('advice (urgent)');

    await restart(page);
    await step('topic', { choices: ['safety'] });
    await w.locator('.wegwijzer-quick-exit').waitFor();
    await check('advice (crisis, with quick exit)');

    await restart(page);
    await setHelper(page, true);
    await check('helper mode question');
    await runFlow(page, flow('helper-mode'), opts);
    await w.locator('.wegwijzer-advice__helper').waitFor();
    await check('helper mode advice');

    assert.deepEqual(log.errors, []);
    assert.equal(failures.length, 0, failures.join('\n'));
    await context.close();
  });
}

/** No horizontal scrolling of the page. */
const scrollWidth = (page) => page.evaluate(() => document.scrollingElement.scrollWidth);

test('reflow: no horizontal scroll at 320 px on question and advice screens', async () => {
  const { context, page } = await openPage({ width: 320, height: 640 });
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  const wide = [];
  const measure = async (name) => {
    const sw = await scrollWidth(page);
    if (sw > 320) wide.push(`${name}: ${sw}px`);
  };
  await measure('first question');
  await doStep(page, { answer: 'topic', input: { choices: ['home'] } });
  await measure('single choice');
  await doStep(page, { answer: 'home-need', input: { choice: 'household' } });
  await measure('free text');
  await doStep(page, { answer: 'own-words', input: { text: 'Zelf koken.' } });
  await measure('postcode');
  await doStep(page, { answer: 'postcode', input: { postcode: '9991 AB', 'house-number': '12' } });
  await measure('advice');
  await widget(page).locator('.wegwijzer-handover button[aria-expanded]').click();
  await measure('advice with share link');
  await restart(page);
  await runFlow(page, flow('row08-unsafe-at-home'));
  await measure('crisis advice');
  assert.deepEqual(wide, []);
  await context.close();
});

// The WCAG 1.4.12 bookmarklet values, applied inside the shadow root (as a constructable
// sheet, which the demo's strict CSP allows).
async function applyTextSpacing(page) {
  await page.evaluate(() => {
    const root = document.querySelector('wegwijzer-widget').shadowRoot;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
      word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }`);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  });
}

/** Elements that hide overflow and have more content than room (visually hidden excepted). */
const clipped = (page) => page.evaluate(() => {
  const root = document.querySelector('wegwijzer-widget').shadowRoot;
  const out = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.closest('.wegwijzer-visually-hidden')) continue;
    const s = getComputedStyle(el);
    if (s.display === 'none') continue;
    const hidesX = /hidden|clip/.test(s.overflowX);
    const hidesY = /hidden|clip/.test(s.overflowY);
    const cutY = hidesY && el.scrollHeight > el.clientHeight + 1;
    const cutX = hidesX && el.scrollWidth > el.clientWidth + 1;
    // Text that runs out of a box of fixed height is clipped too, even without overflow:hidden.
    if (cutY || cutX) out.push(`${el.tagName.toLowerCase()}.${el.className} ${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight}`);
  }
  return out;
});

for (const width of [1280, 320]) {
  test(`text spacing (WCAG 1.4.12) clips nothing at ${width} px`, async () => {
    const { context, page } = await openPage({ width, height: 800 });
    await page.goto(BASE + '/');
    await waitForQuestion(page);
    await applyTextSpacing(page);
    const found = [];
    const look = async (name) => {
      for (const c of await clipped(page)) found.push(`${name}: ${c}`);
      if (width === 320 && (await scrollWidth(page)) > 320) found.push(`${name}: horizontal scroll`);
    };
    await look('first question');
    await doStep(page, { answer: 'topic', input: { choices: ['alone', 'letters'] } });
    await look('free text');
    await doStep(page, { answer: 'own-words', input: { skip: true } });
    await look('postcode');
    await doStep(page, { answer: 'postcode', input: { postcode: '9990 AA', 'house-number': '5' } });
    await look('advice');
    assert.deepEqual(found, []);
    await context.close();
  });
}

/** Whether the focused element (inside the shadow root) shows a focus indicator. */
const focusShown = (page) => page.evaluate(() => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  const s = getComputedStyle(el);
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
  const shadow = s.boxShadow && s.boxShadow !== 'none';
  return outline || shadow;
});

test('visible focus on every focusable element of a question and an advice', async () => {
  const { context, page } = await openPage();
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  const missing = [];
  const walk = async (name) => {
    await page.locator('body').focus();
    const seen = new Set();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const a = await activeElement(page);
      if (!a || a.tag === 'body') break;
      const key = `${a.tag}#${a.id}.${a.cls}:${a.value ?? ''}:${a.text.slice(0, 30)}`;
      if (seen.has(key)) break;
      seen.add(key);
      if (!(await focusShown(page))) missing.push(`${name}: ${key}`);
    }
    assert.ok(seen.size > 5, `${name}: Tab reached ${seen.size} elements`);
  };
  await walk('first question');
  await runFlow(page, flow('row10-several-problems'));
  // Every closed section open, so Tab reaches the links in them too.
  await widget(page).locator('details.wegwijzer-more').evaluateAll((all) => all.forEach((d) => { d.open = true; }));
  await walk('advice');
  assert.deepEqual(missing, []);
  await context.close();
});

test('accessibility tree: each question has a heading, a named group and named controls', async () => {
  const { context, page } = await openPage();
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  const w = widget(page);
  const problems = [];
  const inspect = async (qid) => {
    const title = clean(questionText(qid));
    const tree = clean(await w.locator('form').ariaSnapshot()).replace(/[\u2068\u2069]/g, '');
    const lines = (await w.locator('form').ariaSnapshot()).split('\n').map((l) => l.trim());
    if (!lines.some((l) => l.startsWith(`- group "${title}"`) || l.startsWith(`- radiogroup "${title}"`))) problems.push(`${qid}: no group named "${title}"`);
    if (!lines.some((l) => l.startsWith(`- heading "${title}" [level=2]`))) problems.push(`${qid}: no heading "${title}"`);
    const controls = lines.filter((l) => /^- (radio|checkbox|textbox)\b/.test(l));
    if (!controls.length) problems.push(`${qid}: no form controls in ${tree}`);
    for (const c of controls) if (!/^- \w+ "[^"]+"/.test(c)) problems.push(`${qid}: unnamed control ${c}`);
    const inputs = await w.locator('form input, form textarea').count();
    if (controls.length !== inputs) problems.push(`${qid}: ${inputs} inputs, ${controls.length} in the tree`);
  };
  const f = flow('row01-household');
  for (const s of f.steps) {
    await inspect(s.answer);
    await doStep(page, s);
  }
  await restart(page);
  await doStep(page, { answer: 'topic', input: { choices: ['money'] } });
  await inspect('debt-threat');
  assert.deepEqual(problems, []);
  await context.close();
});

test('forced colours: screenshot, and "Volgende" keeps a visible border', async () => {
  const { context, page } = await openPage({ width: 1280, forcedColors: 'active' });
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  // Into the (ignored) artifacts folder: the README's copy is made by scripts/screenshots,
  // so a test run never dirties the work tree.
  const dir = new URL('tests/e2e/artifacts/', ROOT);
  mkdirSync(dir, { recursive: true });
  await widget(page).screenshot({ path: new URL('forced-colors.png', dir).pathname });
  const next = widget(page).locator('form button[type=submit]');
  assert.equal(clean(await next.textContent()), clean(message('button-next')));
  const border = await next.evaluate((el) => {
    const s = getComputedStyle(el);
    return { style: s.borderTopStyle, width: parseFloat(s.borderTopWidth), color: s.borderTopColor, bg: s.backgroundColor };
  });
  assert.notEqual(border.style, 'none');
  assert.ok(border.width >= 1, `border width ${border.width}`);
  const canvas = await widget(page).locator('.wegwijzer').evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.notEqual(border.color, canvas, 'the border stands out from the background');
  assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
  assert.equal(await screen(page), `question:${questionText('topic')}`);
  await context.close();
});
