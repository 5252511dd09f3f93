// Plain words in a real browser: an advice that mentions Wmo explains it in brackets at
// its first use on the screen, as visible text (so screen readers, touch users and
// print get it, unlike an <abbr title>); later uses on the screen stay short; the
// explanation follows the language; the resident's own words are left as typed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE, openPage, waitForQuestion, closeBrowser, flow, runFlow, widget, clean, message,
  adviceOnScreen, outcomeHeading,
} from './harness.mjs';

after(closeBrowser);

let page;
let context;
before(async () => {
  ({ page, context } = await openPage({ width: 390, height: 844 }));
});
after(() => context?.close());

/** The glossary entry `glossary-<term>` of `lang`: [word, explanation]. */
const entry = (term, lang = 'nl') => message(`glossary-${term}`, lang).split(': ');

async function advice(name) {
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  await runFlow(page, flow(name));
  const w = widget(page);
  await w.locator('#ww-advice-heading').waitFor();
  // The explaining script (wegwijzer_glossary.js, ADR 0016) follows the first question
  // and explains after each render: wait until it has been over this advice.
  await page.waitForFunction(() => /\(/.test(document.querySelector('wegwijzer-widget').shadowRoot.querySelector('#ww-advice-heading').parentElement.parentElement.textContent));
  return w;
}

test('an advice mentioning Wmo explains it at the first use, as visible text', async () => {
  const w = await advice('row01-household');
  const [word, meaning] = entry('wmo');
  assert.equal(word, 'Wmo');
  const explained = `Wmo-melding (Wmo: ${meaning})`;
  const screenPart = w.locator('.wegwijzer-advice > .wegwijzer-no-print');
  // textContent: the sections below the fold are not laid out yet (content-visibility).
  const shown = clean(await screenPart.textContent());
  assert.equal(shown.split(explained).length - 1, 1, `explained once on screen: ${shown}`);
  // In the steps, where the word is first used, and visible (not a tooltip).
  // The first step is what to say on the first call, open above the closed sections.
  const step = w.locator('.wegwijzer-advice__now, .wegwijzer-steps__item', { hasText: 'Wmo-melding' }).first();
  await step.scrollIntoViewIfNeeded();
  assert.ok(await step.isVisible());
  // Rendered text (innerText) once laid out: what is on screen, not only in the DOM.
  let rendered = '';
  for (let i = 0; i < 20 && !rendered.includes(explained); i++) {
    await page.waitForTimeout(100);
    rendered = clean(await step.innerText());
  }
  assert.ok(rendered.includes(explained), rendered);
  assert.equal(await w.locator('abbr').count(), 0, 'no <abbr title> standing in for it');
  // The accessibility tree has it too: a screen reader reads the explanation.
  const snapshot = await step.ariaSnapshot();
  assert.ok(clean(snapshot).includes(meaning), snapshot);
  // "Mijn overzicht" is printed on its own: it explains again.
  const note = clean(await w.locator('.wegwijzer-handover').textContent());
  assert.ok(note.includes(explained), note);
  // The resident's own words are theirs, unchanged.
  assert.ok(note.includes('Dat ik weer zelf kan koken.'), note);
});

test('the first use is explained, the next ones on the screen are not', async () => {
  const w = await advice('row04-lost-job');
  const [, meaning] = entry('uwv');
  const heading = clean(await widget(page).locator('#ww-advice-heading').textContent());
  assert.equal(heading, `${clean(outcomeHeading('job-loss'))} (${meaning})`, 'the heading is the first use');
  const shown = clean(await w.locator('.wegwijzer-advice > .wegwijzer-no-print').textContent());
  assert.equal(shown.split(`(${meaning})`).length - 1, 1, shown);
  assert.ok(shown.split('UWV').length - 1 > 3, 'UWV is used again, without the explanation');
});

test('the explanation is in the language of the screen', async () => {
  const w = await advice('row04-lost-job');
  await w.locator('#ww-language').selectOption('en');
  await w.locator('.wegwijzer-language button').click();
  await page.waitForFunction(() => document.querySelector('wegwijzer-widget').shadowRoot.querySelector('.wegwijzer').lang === 'en');
  const [, meaning] = entry('uwv', 'en');
  await page.waitForFunction((m) => document.querySelector('wegwijzer-widget').shadowRoot.querySelector('#ww-advice-heading').textContent.includes(m), meaning);
  const heading = clean(await widget(page).locator('#ww-advice-heading').textContent());
  assert.equal(heading, clean(outcomeHeading('job-loss', 'en')).replace('UWV', `UWV (${meaning})`));
  const shown = clean(await w.locator('.wegwijzer-advice > .wegwijzer-no-print').textContent());
  assert.ok(!shown.includes(entry('uwv')[1]), 'no Dutch explanation on the English screen');
});
