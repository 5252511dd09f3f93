// Languages: the widget in Arabic runs right-to-left with lang="ar", a full flow works
// and passes axe; switching language keeps the answers; crisis numbers are the same in
// every language (numbers are data, only labels are translated).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE, openPage, waitForQuestion, axe, closeBrowser, flow, runFlow, doStep, widget, screen,
  waitForNewScreen, adviceOnScreen, outcomeHeading, questionText, serviceName, clean,
} from './harness.mjs';

after(closeBrowser);

test('Arabic: rtl, lang="ar", a full flow to the advice, and axe passes', async () => {
  const { context, page, log } = await openPage({ bypassCSP: true });
  await page.goto(BASE + '/test/ar.html');
  await waitForQuestion(page);
  const root = widget(page).locator('.wegwijzer');
  assert.equal(await root.getAttribute('dir'), 'rtl');
  assert.equal(await root.getAttribute('lang'), 'ar');
  assert.equal(await screen(page), `question:${clean(questionText('topic', false, 'ar'))}`);
  assert.match(await screen(page), /[\u0600-\u06FF]/, 'the question is in Arabic script');
  // Mirrored layout: the tick box sits on the right of its tile.
  const tile = await widget(page).locator('.wegwijzer-choice').first().boundingBox();
  const box = await widget(page).locator('.wegwijzer-choice__input').first().boundingBox();
  assert.ok(box.x > tile.x + tile.width / 2, 'checkbox at the inline start (right) in rtl');

  const f = flow('row03-debt-urgent');
  await runFlow(page, f, { lang: 'ar' });
  const shown = await adviceOnScreen(page);
  assert.equal(shown.heading, clean(outcomeHeading(f.expect.outcome, 'ar')));
  assert.equal(shown.firstContact, serviceName(f.expect['first-contact']), 'service names are data, not translated');
  const violations = await axe(page);
  assert.deepEqual(violations, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('switching language keeps the answers', async () => {
  const { context, page } = await openPage();
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  const w = widget(page);
  await doStep(page, { answer: 'topic', input: { choices: ['money'] } });
  assert.equal(await screen(page), `question:${questionText('debt-threat')}`);
  const before = await screen(page);
  await w.locator('#ww-language').selectOption('en');
  await w.locator('.wegwijzer-language button').click();
  await page.waitForFunction(() => document.querySelector('wegwijzer-widget').shadowRoot.querySelector('.wegwijzer').lang === 'en');
  const now = await waitForNewScreen(page, before);
  assert.equal(now, `question:${clean(questionText('debt-threat', false, 'en'))}`, 'same question, in English');
  await w.locator('.wegwijzer-back').click();
  await w.locator('input[value="money"]').waitFor();
  assert.equal(await screen(page), `question:${clean(questionText('topic', false, 'en'))}`);
  assert.equal(await w.locator('input[value="money"]').isChecked(), true, 'the answer is still ticked');
  assert.equal(await w.locator('#ww-language').inputValue(), 'en');
  await context.close();
});

/** The crisis strip's numbers: the tel: links and the number shown in each. */
async function crisisNumbers(page) {
  return widget(page).locator('.wegwijzer-crisis__link').evaluateAll((links) =>
    links.map((a) => {
      // Fluent isolates the number argument with U+2068 … U+2069.
      const shown = a.textContent.match(/\u2068([^\u2069]*)\u2069/)?.[1] ?? a.textContent;
      return `${a.getAttribute('href')} ${shown}`;
    }));
}

test('crisis numbers are identical in Dutch and Arabic', async () => {
  const nl = await openPage();
  await nl.page.goto(BASE + '/');
  await waitForQuestion(nl.page);
  const ar = await openPage();
  await ar.page.goto(BASE + '/test/ar.html');
  await waitForQuestion(ar.page);
  const a = await crisisNumbers(nl.page);
  const b = await crisisNumbers(ar.page);
  assert.ok(a.length >= 4, JSON.stringify(a));
  assert.ok(a.some((x) => x.startsWith('tel:112 112')), JSON.stringify(a));
  assert.deepEqual(b, a);
  // In right-to-left text the number keeps its bidi isolate, so "0800-2000" is not reordered.
  const raw = await widget(ar.page).locator('.wegwijzer-crisis__link').allTextContents();
  assert.ok(raw.every((t) => /\u2068[^\u2069]+\u2069/.test(t)), JSON.stringify(raw));
  await nl.context.close();
  await ar.context.close();
});

test('Arabic: phone numbers keep their visual order ("14 0999", not "0999 14")', async () => {
  const { context, page } = await openPage();
  await page.goto(BASE + '/test/ar.html');
  await waitForQuestion(page);
  // Where on screen do "14" and "0999" of the gemeente number appear? Without bidi
  // isolation a right-to-left paragraph lays "14 0999" out as "0999 14"; Fluent's
  // isolation marks (kept on in the widget) prevent that. This guards them.
  const order = await page.evaluate(() => {
    const root = document.querySelector('wegwijzer-widget').shadowRoot;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      // A no-break space joins the groups (issue 19: numbers never break inside).
      const i = n.data.search(/14[ \u00a0]0999/);
      if (i < 0) continue;
      const x = (from, len) => {
        const r = document.createRange();
        r.setStart(n, from);
        r.setEnd(n, from + len);
        return r.getBoundingClientRect().left;
      };
      return { fourteen: x(i, 2), rest: x(i + 3, 4) };
    }
    return null;
  });
  assert.ok(order, 'the gemeente number is on screen');
  assert.ok(order.fourteen < order.rest, `"14" must stand left of "0999": ${JSON.stringify(order)}`);
  await context.close();
});

test('Arabic at 320 px: postcodes, names and phone numbers read left to right and never break', async () => {
  const { context, page } = await openPage({ width: 320, height: 700 });
  await page.goto(BASE + '/test/ar.html');
  await waitForQuestion(page);
  const f = flow('row01-household');
  for (const step of f.steps.slice(0, -1)) await doStep(page, step, { lang: 'ar' });
  // The postcode input runs left to right: typed "9992 cd" must not show as "CD 9992".
  const input = widget(page).locator('#ww-postcode');
  await input.fill('9992 cd');
  assert.equal(await input.evaluate((el) => getComputedStyle(el).direction), 'ltr');
  await doStep(page, f.steps.at(-1), { lang: 'ar' });
  // Every closed section open: the numbers in them are measured too.
  for (const summary of await widget(page).locator('details.wegwijzer-more > summary').all()) await summary.click();

  const found = await page.evaluate(() => {
    const root = document.querySelector('wegwijzer-widget').shadowRoot;
    const box = (n, from, to) => {
      const r = document.createRange();
      r.setStart(n, from);
      r.setEnd(n, to);
      return r;
    };
    const out = { postcode: null, alarm: null, numbers: [] };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.parentElement.getClientRects().length) continue;
      const pc = n.data.indexOf('9991 AB');
      if (pc >= 0 && n.parentElement.closest('.wegwijzer-answers')) {
        out.postcode = { digits: box(n, pc, pc + 4).getBoundingClientRect().left, letters: box(n, pc + 5, pc + 7).getBoundingClientRect().left };
      }
      const al = n.data.indexOf('112 (alarmnummer)');
      if (al >= 0) {
        out.alarm = { digits: box(n, al, al + 3).getBoundingClientRect().left, word: box(n, al + 5, al + 16).getBoundingClientRect().left };
      }
      // Phone numbers: digit groups joined by spaces or hyphens ("0999-120 200", "14 0999").
      for (const m of n.data.matchAll(/\d{2,}(?:[ \u00a0\u2011-]\d{2,})+/g)) {
        const whole = box(n, m.index, m.index + m[0].length);
        const lines = new Set([...whole.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        out.numbers.push({
          number: m[0],
          lines: lines.size,
          first: box(n, m.index, m.index + 1).getBoundingClientRect().left,
          last: box(n, m.index + m[0].length - 1, m.index + m[0].length).getBoundingClientRect().left,
        });
      }
    }
    out.scroll = document.documentElement.scrollWidth;
    return out;
  });
  assert.ok(found.postcode, 'the postcode answer is on screen');
  assert.ok(found.postcode.digits < found.postcode.letters, `"9991" stands left of "AB": ${JSON.stringify(found.postcode)}`);
  assert.ok(found.alarm, '"112 (alarmnummer)" is on screen (in "Mijn overzicht")');
  assert.ok(found.alarm.digits < found.alarm.word, `"112" stands left of "alarmnummer": ${JSON.stringify(found.alarm)}`);
  assert.ok(found.numbers.length >= 5, JSON.stringify(found.numbers));
  const wrong = found.numbers.filter((x) => x.lines !== 1 || !(x.first < x.last));
  assert.deepEqual(wrong, [], 'every phone number on one line, first digit at the left');
  assert.ok(found.scroll <= 320, `no horizontal scrolling at 320 px (${found.scroll} px)`);
  await context.close();
});

test('a language whose words cannot be fetched: the widget stays in its language and the list goes back to it', async () => {
  const { context, page } = await openPage();
  await context.route('**/locales/ar/**', (route) => route.fulfill({ status: 404, body: 'weg' }));
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  const w = widget(page);
  await w.locator('#ww-language').selectOption('en');
  await w.locator('.wegwijzer-language button').click();
  await page.waitForFunction(() => document.querySelector('wegwijzer-widget').shadowRoot.querySelector('.wegwijzer').lang === 'en');
  const english = await screen(page);
  await w.locator('#ww-language').selectOption('ar');
  await w.locator('.wegwijzer-language button').click();
  await page.waitForTimeout(1500);
  assert.equal(await w.locator('.wegwijzer').getAttribute('lang'), 'en', 'still English, not Dutch');
  assert.equal(await screen(page), english);
  assert.equal(await w.locator('#ww-language').inputValue(), 'en', 'the list shows the language on screen again');
  await context.close();
});
