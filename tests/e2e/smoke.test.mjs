// The demo page shows the real widget, and a resident can answer the first question
// with the keyboard alone and reach the second.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE, openPage, waitForQuestion, tabTo, axe, foreignRequests, closeBrowser } from './harness.mjs';

after(closeBrowser);

test('demo: first question by keyboard leads to the second question', async () => {
  const { context, page, log } = await openPage();
  await page.goto(BASE + '/');
  const heading = await waitForQuestion(page);
  const first = (await heading.textContent()).trim();
  assert.ok(first.length > 3, 'the first question has a heading');
  assert.doesNotMatch(first, /⟦/, 'no missing-message marker in the heading');

  // Keyboard only: tab to the first checkbox or radio, tick it, tab to "Volgende", press Enter.
  await tabTo(page, (a) => a.tag === 'input' && (a.type === 'checkbox' || a.type === 'radio'));
  await page.keyboard.press('Space');
  await tabTo(page, (a) => a.tag === 'button' && /volgende/i.test(a.text));
  await page.keyboard.press('Enter');

  await page.waitForFunction(
    (before) => {
      const h = document.querySelector('wegwijzer-widget')?.shadowRoot?.querySelector('h2');
      return h && h.textContent.trim() !== before;
    },
    first,
    { timeout: 10000 },
  );
  const second = (await page.locator('wegwijzer-widget h2').first().textContent()).trim();
  assert.notEqual(second, first);
  assert.deepEqual(log.errors, [], 'no uncaught errors');
  assert.deepEqual(foreignRequests(log), [], 'no request to another host');
  // The demo page runs under a strict CSP (script-src 'self' 'wasm-unsafe-eval', no
  // 'unsafe-inline'); the widget must work without any violation.
  const csp = log.console.filter((m) => /Content Security Policy/i.test(m.text));
  assert.deepEqual(csp, [], 'no CSP violation');
  await context.close();
});

test('demo: the first screen passes axe-core (WCAG 2.1 A/AA)', async () => {
  const { context, page } = await openPage({ bypassCSP: true });
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  const violations = await axe(page);
  assert.deepEqual(violations, []);
  await context.close();
});

test('demo: the preload hints are used, so each widget file is fetched once', async () => {
  const { context, page, log } = await openPage();
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  // Chromium warns a few seconds after load when a preloaded response went unused
  // (say, because its request mode differs from the real fetch): wait past that.
  await page.waitForTimeout(3500);
  for (const file of ['wegwijzer.js', 'wegwijzer_core.js', 'wegwijzer_core_bg.wasm', 'voorbeeldgemeente.wgw']) {
    const hits = log.requests.filter((u) => new URL(u).pathname.endsWith('/' + file));
    assert.equal(hits.length, 1, `${file} requested ${hits.length} times`);
  }
  assert.deepEqual(log.requests.filter((u) => /wegwijzer_playground/.test(u)), [], 'a compiled config never loads the checker module');
  const unused = log.console.filter((m) => /preload/i.test(m.text));
  assert.deepEqual(unused, [], 'no "preloaded but not used" warning');
  await context.close();
});

// Issue 7's budget: at most 150 KB brotli to the first question, and its target of
// 130 KB, with a compiled configuration as gemeenten ship it (ADR 0009). The ratchet
// sits just above the current size, so a change that makes the widget heavier fails
// here at once; lower it as the size work lands. Raised 127 -> 128.5 for issue 18 (quick
// exit on every screen, Escape twice on the whole page, browser Back/Forward between
// screens): 125.4 -> 128.2 KB, measured on a clean target/ (module +2.3 KB, glue +0.1,
// loader +0.4, after moving the page listeners into the loader). Raised 128.5 -> 129.0
// for issue 23 (the decoder holds a compiled file to the checker's rules: https links,
// e-mail addresses, ids, text lengths; overlays only from the config's origin):
// 128.2 -> 128.8 KB, the module +0.6 KB (the link walk ~0.3, ids/lengths/errors ~0.2,
// e-mail and origin checks ~0.1 together).
// Issue 19's visual part (surfaces mixed from a dark host theme, numbers that do not
// break or reorder, sizes independent of the host's root font size, every contact and
// the date on "Mijn overzicht") added 1.2 KB (CSS +0.15, the note's contacts +0.6, the
// date from the browser +0.25, isolation +0.2); refusing v1 share links saved 0.5 KB,
// the cards' descriptions on crisis advice following with the complete words 0.3 KB, and
// the sources' pages left out of the compiled file 0.5 KB: 129.4 KB.
// Issue 19's rest and issue 23 (advice in sections, read aloud, language of parts, the
// glossary, progress with a bound, safer events and share links, double-click guard)
// came to 131.8 KB in Rust; wasm-opt -O1 (ADR 0014), the glossary and the later
// screens' styles in files fetched after the first question (ADR 0016), the share and
// rights words fetched later, and inline threshold 20 (measured smallest) brought it to
// 128.8 KB; the loader's do-not-record markers, timeouts and element returns 128.9.
// The size jumps by several hundred bytes with small code changes (inlining,
// brotli): the ratchet keeps 0.1 KB of slack; raise it only with the figure.
const BUDGET_KB = 150;
const TARGET_KB = 130;
const RATCHET_KB = 129.0;

test(`byte budget: at most ${BUDGET_KB} KB brotli to the first question (target ${TARGET_KB} KB, ratchet ${RATCHET_KB} KB)`, () => {
  const sizes = JSON.parse(readFileSync(new URL('../../dist/sizes.json', import.meta.url)));
  const kb = sizes.firstQuestion.brotli / 1024;
  assert.ok(sizes.firstQuestionFiles.includes('wegwijzer_core_bg.wasm'));
  assert.ok(sizes.firstQuestionFiles.includes('voorbeeldgemeente.wgw'), 'the configuration counts');
  assert.ok(kb > 10, `implausibly small: ${kb.toFixed(1)} KB`);
  assert.ok(kb <= BUDGET_KB, `first question needs ${kb.toFixed(1)} KB brotli, budget ${BUDGET_KB} KB`);
  assert.ok(kb <= TARGET_KB, `first question needs ${kb.toFixed(1)} KB brotli, target ${TARGET_KB} KB`);
  assert.ok(kb <= RATCHET_KB, `first question needs ${kb.toFixed(1)} KB brotli, ratchet ${RATCHET_KB} KB`);
});
