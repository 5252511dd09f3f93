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
  await context.close();
});

test('demo: the first screen passes axe-core (WCAG 2.1 A/AA)', async () => {
  const { context, page } = await openPage();
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  const violations = await axe(page);
  assert.deepEqual(violations, []);
  await context.close();
});

test('byte budget: at most 150 KB brotli to the first question', () => {
  const sizes = JSON.parse(readFileSync(new URL('../../dist/sizes.json', import.meta.url)));
  const kb = sizes.firstQuestion.brotli / 1024;
  assert.ok(sizes.firstQuestionFiles.includes('wegwijzer_core_bg.wasm'));
  assert.ok(kb > 10, `implausibly small: ${kb.toFixed(1)} KB`);
  assert.ok(kb <= 150, `first question needs ${kb.toFixed(1)} KB brotli, budget 150 KB`);
});
