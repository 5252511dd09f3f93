// What a gemeente can set without code: the u-form, overlay texts, and which language
// is shown. Also: only the chosen language's files are fetched, and "Lees voor" reads
// the screen in the widget's language.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE, openPage, waitForQuestion, closeBrowser } from './harness.mjs';

after(closeBrowser);

/** The value of a Fluent message as written in a .ftl file (single-line messages). */
function ftl(path, id) {
  const src = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
  const line = src.split('\n').find((l) => l.startsWith(`${id} = `));
  assert.ok(line, `${id} in ${path}`);
  return line.slice(id.length + 3).trim();
}

const heading = async (page) =>
  (await page.locator('wegwijzer-widget h2').first().textContent()).replace(/[\u2066-\u2069]/g, '').trim();

test('form "u": the whole widget speaks the u-form', async () => {
  const { context, page } = await openPage();
  await page.goto(BASE + '/test/gemeente.html?form=u');
  await waitForQuestion(page);
  assert.equal(await heading(page), ftl('locales/nl/u/flow.ftl', 'question-topic'));
  assert.notEqual(ftl('locales/nl/u/flow.ftl', 'question-topic'), ftl('locales/nl/flow.ftl', 'question-topic'));
  const text = await page.locator('wegwijzer-widget').evaluate((el) => el.shadowRoot.textContent);
  assert.doesNotMatch(text, /\bje\b|\bjij\b|\bjouw\b/i, 'no je-form anywhere on the first screen');
  await context.close();
});

test('an overlay .ftl replaces the gemeente\'s chosen words', async () => {
  const { context, page, log } = await openPage();
  await page.goto(BASE + '/test/gemeente.html?overlay=nl');
  await waitForQuestion(page);
  assert.equal(await heading(page), 'Waarmee kan het Buurtteam je helpen?');
  assert.ok(log.requests.some((u) => u.endsWith('/test/overlay-nl.ftl')), 'the overlay was fetched');
  await context.close();
});

test('only the chosen language is fetched; Dutch needs none for the first question', async () => {
  const nl = await openPage();
  await nl.page.goto(BASE + '/test/gemeente.html');
  await waitForQuestion(nl.page);
  // The first screens are compiled in; the complete Dutch words (every advice, the
  // helper-mode variants) follow once the first question shows (ADR 0011).
  for (let i = 0; i < 50 && nl.log.requests.filter((u) => u.includes('/locales/')).length < 2; i++) {
    await nl.page.waitForTimeout(100);
  }
  const dutch = nl.log.requests.filter((u) => u.includes('/locales/')).map((u) => new URL(u).pathname).sort();
  assert.deepEqual(dutch, ['/locales/nl/flow.ftl', '/locales/nl/ui.ftl'], 'the complete Dutch words, once');
  await nl.context.close();

  const en = await openPage();
  await en.page.goto(BASE + '/test/gemeente.html?lang=en');
  await waitForQuestion(en.page);
  const fetched = en.log.requests.filter((u) => u.includes('/locales/')).map((u) => new URL(u).pathname).sort();
  assert.deepEqual(fetched, ['/locales/en/flow.ftl', '/locales/en/ui.ftl']);
  assert.equal(await heading(en.page), ftl('locales/en/flow.ftl', 'question-topic'));
  await en.context.close();
});

test('"Lees voor" reads the current screen in the widget\'s language', async () => {
  const { context, page } = await openPage();
  // Record what would be spoken; the browser's own voices are not part of the test.
  await page.addInitScript(() => {
    window.__spoken = [];
    if (window.speechSynthesis) {
      window.speechSynthesis.speak = (u) => window.__spoken.push({ text: u.text, lang: u.lang });
      // Only a voice on the device is used (headless Chromium has none; see read-aloud.test.mjs).
      window.speechSynthesis.getVoices = () => [{ name: 'local', lang: 'en-GB', localService: true }];
      Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', { configurable: true, get() { return null; }, set() {} });
    }
  });
  await page.goto(BASE + '/test/gemeente.html?lang=en');
  await waitForQuestion(page);
  const button = page.locator('wegwijzer-widget').getByRole('button', { name: ftl('locales/en/ui.ftl', 'read-aloud') });
  if (!(await page.evaluate(() => 'speechSynthesis' in window))) {
    assert.equal(await button.count(), 0, 'hidden where the browser has no speech');
    await context.close();
    return;
  }
  await button.click();
  const spoken = await page.evaluate(() => window.__spoken);
  assert.equal(spoken.length >= 1, true, 'something was spoken');
  const all = spoken.map((s) => s.text).join(' ');
  assert.match(all, new RegExp(ftl('locales/en/flow.ftl', 'question-topic').replace(/[?]/g, '\\?')));
  assert.ok(spoken.every((s) => s.lang.startsWith('en')), `spoken in English: ${JSON.stringify(spoken.map((s) => s.lang))}`);
  await context.close();
});
