// "Lees voor" (issue 19, issue 23 item 3): reads the whole screen in reading order —
// below the fold and closed sections too — without addresses and link noise, in the
// screen's language, with a voice on the device only; the button says whether it reads.
//
// The widget's own code runs; only the browser's speech is replaced: an init script
// records every `speechSynthesis.speak` (text, lang, voice) and offers stand-in voices
// (headless Chromium has none, and a real SpeechSynthesisVoice cannot be made in script).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE, openPage, waitForQuestion, closeBrowser, flow, runFlow, doStep, widget, clean, message, axe,
} from './harness.mjs';

after(closeBrowser);

const NL = { name: 'Lokaal Nederlands', lang: 'nl-NL', localService: true, default: true, voiceURI: 'local-nl' };
const EN = { name: 'Local English', lang: 'en-GB', localService: true, default: false, voiceURI: 'local-en' };
const CLOUD_NL = { name: 'Cloud Nederlands', lang: 'nl-NL', localService: false, default: true, voiceURI: 'cloud-nl' };
const CLOUD_EN = { name: 'Cloud English', lang: 'en-US', localService: false, default: false, voiceURI: 'cloud-en' };

async function open(path, voices, opts = {}) {
  const { context, page, log } = await openPage(opts);
  await page.addInitScript((voices) => {
    window.__spoken = [];
    window.__utterances = [];
    window.__cancels = 0;
    const synth = window.speechSynthesis;
    if (!synth) return;
    synth.getVoices = () => voices;
    Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
      configurable: true,
      get() { return this.__voice ?? null; },
      set(v) { this.__voice = v; },
    });
    synth.speak = (u) => {
      window.__utterances.push(u);
      window.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null });
    };
    // As a browser does, a cancel ends the utterance being read (once), a moment later.
    synth.cancel = () => {
      window.__cancels += 1;
      const u = window.__utterances.at(-1);
      if (u && !u.__ended) {
        u.__ended = true;
        setTimeout(() => u.dispatchEvent(new Event('end')));
      }
    };
  }, voices);
  await page.goto(BASE + path);
  await waitForQuestion(page);
  const speech = await page.evaluate(() => 'speechSynthesis' in window);
  return { context, page, log, speech };
}

const button = (page) => widget(page).locator('.wegwijzer-read-aloud');
const spoken = (page) => page.evaluate(() => window.__spoken);
const said = async (page) => clean((await spoken(page)).map((s) => s.text).join(' '));
const pressed = (page) => button(page).getAttribute('aria-pressed');
/** The browser reports that the last utterance has been read. */
const finish = (page) => page.evaluate(() => {
  const u = window.__utterances.at(-1);
  u.__ended = true;
  u.dispatchEvent(new Event('end'));
});

/** Asserts that `texts` occur in `all` in this order. */
function inOrder(all, texts, what) {
  let at = -1;
  for (const t of texts) {
    const i = all.indexOf(t, at + 1);
    assert.ok(i > at, `${what}: "${t}" is read, after the one before it.\nRead: ${all}`);
    at = i;
  }
}

test('the whole advice, in reading order, below the fold and in closed sections, without noise', async (t) => {
  const { context, page, speech } = await open('/test/gemeente.html', [CLOUD_NL, EN, NL], { width: 360, height: 640 });
  if (!speech) return t.skip('this browser has no speechSynthesis');
  await runFlow(page, flow('row01-household'));
  const w = widget(page);
  await button(page).click();
  const calls = await spoken(page);
  assert.ok(calls.length >= 1, 'something was read');
  assert.ok(calls.every((c) => c.lang.startsWith('nl') && c.voice === NL.name), `in Dutch, with the local voice: ${JSON.stringify(calls.map((c) => [c.lang, c.voice]))}`);
  const all = await said(page);

  // Every heading and section title of the advice, in the order on screen (the note's
  // list repeats the advice for paper and is not read twice).
  const main = w.locator('.wegwijzer-main');
  const titles = (await main.locator('h2, h3, h4, summary').evaluateAll((els) =>
    els.filter((e) => !e.closest('.wegwijzer-handover__list')).map((e) => e.textContent))).map(clean);
  assert.ok(titles.length >= 8, `headings found: ${titles}`);
  inOrder(all, titles, 'headings');
  // Some of them are far below the fold.
  const below = await main.locator('h3, h4').evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().top > 2 * innerHeight).length);
  assert.ok(below > 0, 'the advice reaches below the fold');
  // What closed sections hold is read too.
  const closed = await main.locator('details:not([open])').evaluateAll((ds) =>
    ds.map((d) => [...d.querySelectorAll('p')].find((p) => !/address/.test(p.className))?.textContent).filter(Boolean));
  assert.ok(closed.length > 0, 'the advice has a closed section');
  for (const text of closed) assert.ok(all.includes(clean(text)), `closed section read: "${clean(text)}"`);
  // The last step and the last thing to bring: the end of the advice.
  const last = clean(await main.locator('ol li').last().textContent());
  assert.ok(all.includes(last), `the last step is read: ${last}`);

  // No addresses, e-mail addresses, URLs, link noise, controls or the bars around it.
  assert.doesNotMatch(all, /@|https?:|www\.|\.example/, 'no e-mail address or URL');
  for (const id of ['link-email', 'link-website']) {
    const noise = message(id).split('{')[0].trim();
    assert.ok(!all.includes(noise), `no "${noise}" (${id})`);
  }
  assert.ok(!all.includes('Marktplein 1'), 'no street address');
  for (const id of ['quick-exit', 'read-aloud', 'read-aloud-stop', 'button-back', 'handover-print', 'handover-copy']) {
    const text = message(id);
    if (text) assert.ok(!new RegExp(`\\b${text}\\b`).test(all), `"${text}" (${id}) is not read`);
  }
  // A phone number digit by digit, in its groups.
  assert.ok(all.includes('0 9 9 9, 1 2 0, 2 0 0'), `phone number in groups: ${all.match(/Bel [^.]{0,40}/)?.[0]}`);
  await context.close();
});

test('the button shows whether it reads: aria-pressed and its words; off at the end, on stop and on a move', async (t) => {
  const { context, page, speech } = await open('/test/gemeente.html', [NL], { bypassCSP: true });
  if (!speech) return t.skip('this browser has no speechSynthesis');
  const w = widget(page);
  const label = async () => clean(await button(page).textContent());
  assert.equal(await pressed(page), 'false');
  assert.equal(await label(), message('read-aloud'));

  // The question with its options and their hints, in order, and the closed "why".
  await button(page).click();
  assert.equal(await pressed(page), 'true', 'pressed while reading');
  assert.equal(await label(), message('read-aloud-stop'));
  assert.deepEqual(await axe(page), [], 'axe while reading');
  const all = await said(page);
  const options = (await w.locator('.wegwijzer-choice__label').evaluateAll((ls) =>
    ls.flatMap((l) => [...l.querySelectorAll('span')].map((s) => s.textContent)))).map(clean);
  inOrder(all, [clean(await w.locator('h2').first().textContent()), ...options, message('why-question'), clean(await w.locator('.wegwijzer-why__text').textContent())].filter(Boolean), 'question');
  assert.ok(!all.includes(message('button-next')), 'not the "Volgende" button');

  // Reading ends by itself.
  await finish(page);
  await page.waitForFunction(() => document.querySelector('wegwijzer-widget').shadowRoot.querySelector('.wegwijzer-read-aloud').getAttribute('aria-pressed') === 'false');
  assert.equal(await label(), message('read-aloud'));

  // Stop: the button again.
  await button(page).click();
  assert.equal(await pressed(page), 'true');
  const cancels = await page.evaluate(() => window.__cancels);
  await button(page).click();
  assert.equal(await pressed(page), 'false', 'stopped');
  assert.ok((await page.evaluate(() => window.__cancels)) > cancels, 'speech was cancelled');
  await button(page).click();
  assert.equal(await pressed(page), 'true');

  // A move to another screen stops it.
  const before = await page.evaluate(() => window.__cancels);
  await doStep(page, flow('row01-household').steps[0]);
  await page.waitForFunction(() => document.querySelector('wegwijzer-widget').shadowRoot.querySelector('.wegwijzer-read-aloud').getAttribute('aria-pressed') === 'false');
  assert.ok((await page.evaluate(() => window.__cancels)) > before, 'the move cancelled speech');
  assert.equal(await label(), message('read-aloud'));
  await context.close();
});

test('in the screen\'s language, with that language\'s local voice', async (t) => {
  const { context, page, speech } = await open('/test/gemeente.html?lang=en', [NL, EN]);
  if (!speech) return t.skip('this browser has no speechSynthesis');
  await button(page).click();
  const calls = await spoken(page);
  assert.ok(calls.length >= 1);
  assert.ok(calls.every((c) => c.lang === 'en' && c.voice === EN.name), JSON.stringify(calls.map((c) => [c.lang, c.voice])));
  assert.ok((await said(page)).includes(clean(message('question-topic', 'en'))));
  assert.equal(clean(await button(page).textContent()), message('read-aloud-stop', 'en'));
  await context.close();
});

test('a language switch stops reading', async (t) => {
  const { context, page, speech } = await open('/test/gemeente.html', [NL, EN]);
  if (!speech) return t.skip('this browser has no speechSynthesis');
  const w = widget(page);
  await button(page).click();
  assert.equal(await pressed(page), 'true');
  const cancels = await page.evaluate(() => window.__cancels);
  await w.locator('#ww-language').selectOption('en');
  await w.locator('.wegwijzer-language__button').click();
  await page.waitForFunction(() => document.querySelector('wegwijzer-widget').shadowRoot.querySelector('.wegwijzer').lang === 'en');
  assert.ok((await page.evaluate(() => window.__cancels)) > cancels, 'speech was cancelled');
  await page.waitForFunction(() => document.querySelector('wegwijzer-widget').shadowRoot.querySelector('.wegwijzer-read-aloud').getAttribute('aria-pressed') === 'false');
  assert.equal(clean(await button(page).textContent()), message('read-aloud', 'en'));
  await context.close();
});

test('no local voice for the language: nothing is read, and the widget says why', async (t) => {
  // Network voices only.
  const { context, page, log, speech } = await open('/test/gemeente.html', [CLOUD_NL, CLOUD_EN], { bypassCSP: true });
  if (!speech) return t.skip('this browser has no speechSynthesis');
  const requests = log.requests.length;
  await button(page).click();
  assert.deepEqual(await spoken(page), [], 'no speak call with a network voice');
  assert.equal(await pressed(page), 'false');
  const note = widget(page).locator('.wegwijzer-read-aloud__note');
  assert.equal(clean(await note.textContent()), message('read-aloud-no-voice'));
  assert.equal(await note.getAttribute('role'), 'alert');
  assert.deepEqual(await axe(page), [], 'axe with the note');
  assert.equal(log.requests.length, requests, 'no request');
  // The note goes with the next screen.
  await doStep(page, flow('row01-household').steps[0]);
  assert.equal(await note.count(), 0);
  await context.close();
});

test('a local voice in another language does not read Dutch', async (t) => {
  const { context, page, speech } = await open('/test/gemeente.html', [CLOUD_NL, EN]);
  if (!speech) return t.skip('this browser has no speechSynthesis');
  await button(page).click();
  assert.deepEqual(await spoken(page), [], 'no speak call');
  assert.equal(clean(await widget(page).locator('.wegwijzer-read-aloud__note').textContent()), message('read-aloud-no-voice'));
  await context.close();
});
