// No double activation (issue 23, item 4): older residents often double-click
// "Volgende"; the second click used to land on whatever the next screen put under the
// pointer ("Opnieuw beginnen" on a desktop, "Sla over" on a phone). The loader ignores
// a click that the browser counts as the second of a pair when the screen changed in
// between; single clicks, and a double click that changes no screen, act as before.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, browser, openPage, waitForQuestion, closeBrowser, doStep, screen, widget, clean, questionText, waitForNewScreen } from './harness.mjs';

after(closeBrowser);

/** Counts clicks that reach the widget's own listeners (inside its shadow root). */
async function countInnerClicks(page) {
  await page.evaluate(() => {
    window.__inner = [];
    document.querySelector('wegwijzer-widget').shadowRoot
      .addEventListener('click', (e) => window.__inner.push(e.detail));
  });
  return () => page.evaluate(() => window.__inner);
}

const rows = (page) => widget(page).locator('.wegwijzer-answers__row').count();

async function phone() {
  const context = await (await browser()).newContext({
    viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'nl-NL',
  });
  const page = await context.newPage();
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  return { context, page };
}

test('desktop: a double click on "Volgende" moves one screen and keeps the answer', async () => {
  const { context, page } = await openPage({ width: 1280, height: 900 });
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  const w = widget(page);
  await w.locator('input[value="money"]').check();
  const inner = await countInnerClicks(page);
  const before = await screen(page);
  await w.locator('form button[type=submit]').dblclick();
  assert.equal(await waitForNewScreen(page, before), `question:${clean(questionText('debt-threat'))}`);
  await page.waitForTimeout(300);
  assert.equal(await screen(page), `question:${clean(questionText('debt-threat'))}`, 'still on question 2');
  assert.equal(await rows(page), 1, 'the first answer is kept');
  assert.deepEqual(await inner(), [1], 'the second click of the pair never reached the widget');
  // A single click right after a screen change still works.
  await w.locator('input[value="no"]').check();
  await w.locator('form button[type=submit]').click();
  await waitForNewScreen(page, `question:${clean(questionText('debt-threat'))}`);
  await context.close();
});

test('desktop: a double click that changes no screen acts twice (a tile ticked and unticked)', async () => {
  const { context, page } = await openPage({ width: 1280, height: 900 });
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  const w = widget(page);
  const inner = await countInnerClicks(page);
  await w.locator('label[for="ww-opt-money"]').dblclick();
  assert.equal(await w.locator('input[value="money"]').isChecked(), false, 'ticked, then unticked');
  assert.ok((await inner()).includes(2), 'the second click reached the widget');
  await context.close();
});

test('phone: a double tap on "Volgende" before the postcode does not skip the postcode', async () => {
  const { context, page } = await phone();
  await doStep(page, { answer: 'topic', input: { choices: ['home'] } });
  await doStep(page, { answer: 'home-need', input: { choice: 'household' } });
  const w = widget(page);
  await w.locator('textarea').fill('Ik kan niet meer stofzuigen');
  const submit = w.locator('form button[type=submit]');
  await submit.scrollIntoViewIfNeeded();
  const box = await submit.boundingBox();
  const inner = await countInnerClicks(page);
  const before = await screen(page);
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.touchscreen.tap(x, y);
  await page.waitForTimeout(120);
  await page.touchscreen.tap(x, y);
  const postcode = `question:${clean(questionText('postcode'))}`;
  assert.equal(await waitForNewScreen(page, before), postcode);
  await page.waitForTimeout(300);
  assert.equal(await screen(page), postcode, 'still asked for the postcode');
  assert.deepEqual(await inner(), [1], 'the second tap of the pair never reached the widget');
  await context.close();
});
