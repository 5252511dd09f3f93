// Leaving at once and the browser's Back button (issue 18): "Snel weg" on every screen,
// Escape twice anywhere on the page (not from the site's own fields), focus never under
// the sticky "Snel weg" bar (WCAG 2.4.11), and Back/Forward between the widget's
// screens — answers kept, nothing answered back after "Snel weg", two widgets each at
// their own screen.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE, CONFIG, browser, openPage, waitForQuestion, closeBrowser, doStep, screen, widget, clean,
  message, questionText, activeElement,
} from './harness.mjs';

after(closeBrowser);

const EXIT = CONFIG.gemeente['quick-exit-url'];
const FIRST = `question:${clean(questionText('topic'))}`;
const step = (page, answer, input, nth = 0) => doStep(page, { answer, input }, { nth });

/** A page with the quick-exit site answered locally; `mobile` emulates a phone. */
async function open({ path = '/', mobile = false, width, height } = {}) {
  let p;
  if (mobile) {
    const context = await (await browser()).newContext({
      viewport: { width: width ?? 390, height: height ?? 844 }, isMobile: true, hasTouch: true,
      deviceScaleFactor: 2, locale: 'nl-NL',
    });
    p = { context, page: await context.newPage() };
  } else {
    p = await openPage({ width, height });
  }
  const exitHits = [];
  await p.context.route(new URL(EXIT).origin + '/**', (route) => {
    exitHits.push(route.request().url());
    return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weer</title><p>Het weer</p>' });
  });
  await p.page.goto(BASE + path);
  await waitForQuestion(p.page);
  if (path.includes('two')) await waitForQuestion(p.page, 1);
  return { ...p, exitHits };
}

const left = (page) => page.waitForURL((u) => u.href.startsWith(EXIT), { timeout: 5000 });

/** Still on the widget's page after a moment. */
async function stayed(page) {
  await page.waitForTimeout(1200);
  assert.ok(page.url().startsWith(BASE), `still on the widget page (at ${page.url()})`);
}

/** What the widget shows as answered: checked choices and filled fields, and the summary rows. */
async function answered(page, nth = 0) {
  return page.evaluate((nth) => {
    const root = document.querySelectorAll('wegwijzer-widget')[nth].shadowRoot;
    const inputs = [...root.querySelectorAll('input, textarea')]
      .filter((i) => (i.type === 'checkbox' || i.type === 'radio' ? i.checked : i.value) && i.id !== 'ww-helper')
      .map((i) => (i.type === 'checkbox' || i.type === 'radio' ? i.value : i.value.trim()));
    return { inputs, rows: root.querySelectorAll('.wegwijzer-answers__row').length };
  }, nth);
}

/** Waits for the screen `want` after Back or Forward in the browser. */
async function travel(page, go, want, nth = 0) {
  await (go === 'back' ? page.goBack() : page.goForward());
  await page.waitForFunction(([want, nth]) => {
    const h = document.querySelectorAll('wegwijzer-widget')[nth]?.shadowRoot
      ?.querySelector('#ww-question-heading, #ww-advice-heading');
    if (!h) return false;
    const kind = h.id === 'ww-advice-heading' ? 'advice' : 'question';
    return `${kind}:${h.textContent.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim()}` === want;
  }, [want, nth], { timeout: 5000 }).catch(async () => {
    throw new Error(`after ${go}: wanted "${want}", on screen "${await screen(page, nth)}"`);
  });
}

// ---- "Snel weg" on every screen, Escape twice ----------------------------------------

test('"Snel weg" and its note are on the first question', async () => {
  const { context, page } = await open();
  const w = widget(page);
  assert.equal(await screen(page), FIRST);
  assert.ok(await w.locator('.wegwijzer-quick-exit__button').isVisible(), 'the button shows');
  const note = clean(await w.locator('.wegwijzer-quick-exit__note').textContent());
  assert.ok(note.includes(clean(message('quick-exit-note'))), note);
  await context.close();
});

test('Escape twice on the page body, outside the widget, leaves the page', async () => {
  const p = await open();
  await p.page.locator('h1').click(); // plain page text: focus is on the body
  assert.equal(await p.page.evaluate(() => document.activeElement === document.body), true);
  await p.page.keyboard.press('Escape');
  await p.page.keyboard.press('Escape');
  await left(p.page);
  assert.deepEqual(p.exitHits, [EXIT]);
  await p.context.close();
});

test('Escape twice in a field inside the widget still leaves', async () => {
  const p = await open();
  await widget(p.page).locator('input[value="home"]').focus();
  await p.page.keyboard.press('Escape');
  await p.page.keyboard.press('Escape');
  await left(p.page);
  await p.context.close();
});

test("Escape twice in the site's own search box does not leave", async () => {
  const p = await open();
  await p.page.evaluate(() => {
    const form = document.createElement('form');
    form.innerHTML = '<label>Zoeken <input id="site-search" type="search"></label>';
    document.querySelector('h1').after(form);
  });
  await p.page.locator('#site-search').fill('afval');
  await p.page.keyboard.press('Escape');
  await p.page.keyboard.press('Escape');
  await stayed(p.page);
  assert.deepEqual(p.exitHits, []);
  // Out of the box, on the page text, it works again.
  await p.page.locator('h1').click();
  await p.page.keyboard.press('Escape');
  await p.page.keyboard.press('Escape');
  await left(p.page);
  await p.context.close();
});

test('two widgets on a page leave once and listen no more once removed', async () => {
  const p = await open({ path: '/test/two.html' });
  await p.page.locator('h1').click();
  await p.page.keyboard.press('Escape');
  await p.page.keyboard.press('Escape');
  await left(p.page);
  assert.deepEqual(p.exitHits, [EXIT], 'one navigation, not one per widget');
  await p.context.close();

  const q = await open({ path: '/test/two.html' });
  await q.page.evaluate(() => document.querySelectorAll('wegwijzer-widget').forEach((w) => w.remove()));
  await q.page.locator('h1').click();
  await q.page.keyboard.press('Escape');
  await q.page.keyboard.press('Escape');
  await stayed(q.page);
  await q.context.close();
});

// ---- Focus never under the bar (WCAG 2.4.11) ---------------------------------------

/** Tabs through every focusable element of the widget, forwards then backwards, and
 *  returns each one whose box (a choice's whole tile) meets the sticky bar's box. */
async function hiddenUnderBar(page) {
  const covered = [];
  let seen = 0;
  const check = async () => {
    // Two frames: the browser's own scrolling, then the widget's correction.
    return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => {
      const host = document.querySelector('wegwijzer-widget');
      const el = host.shadowRoot.activeElement;
      if (!el || document.activeElement !== host) return done(null);
      const bar = host.shadowRoot.querySelector('.wegwijzer-quick-exit');
      if (!bar) return done({ meets: true, what: 'no "Snel weg" bar on this screen', box: [], bar: [] });
      if (bar.contains(el)) return done({ inside: true });
      const box = (el.closest('.wegwijzer-choice') || el).getBoundingClientRect();
      const b = bar.getBoundingClientRect();
      const meets = box.top < b.bottom && box.bottom > b.top && box.left < b.right && box.right > b.left;
      done({ meets, what: `${el.tagName.toLowerCase()}.${el.className || el.id} "${(el.textContent || el.value || '').trim().slice(0, 30)}"`, box: [box.top, box.bottom], bar: [b.top, b.bottom] });
    }))));
  };
  for (const key of ['Tab', 'Shift+Tab']) {
    let inWidget = false;
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press(key);
      const r = await check();
      if (!r) { if (inWidget) break; continue; }
      inWidget = true;
      seen++;
      if (r.meets) covered.push(`${key}: ${r.what} at ${r.box.map(Math.round)} under the bar at ${r.bar.map(Math.round)}`);
    }
  }
  return { covered, seen };
}

for (const width of [320, 412]) {
  test(`focus never lands under the "Snel weg" bar at ${width} px (first question and an advice)`, { timeout: 60000 }, async () => {
    const { context, page } = await open({ mobile: true, width, height: 640 });
    await page.locator('h1').click();
    let r = await hiddenUnderBar(page);
    assert.ok(r.seen > 10, `tabbed through the first question (${r.seen} stops)`);
    assert.deepEqual(r.covered, [], 'first question');

    await step(page, 'topic', { choices: ['home'] });
    await step(page, 'home-need', { choice: 'household' });
    await step(page, 'own-words', { text: 'Zelf koken lukt niet meer.' });
    await step(page, 'postcode', { postcode: '9991 AB', 'house-number': '12' });
    await widget(page).locator('#ww-advice-heading').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('h1').click();
    r = await hiddenUnderBar(page);
    assert.ok(r.seen > 10, `tabbed through the advice (${r.seen} stops)`);
    assert.deepEqual(r.covered, [], 'advice');
    await context.close();
  });
}

// ---- Back and Forward in the browser -----------------------------------------------

test('phone: Back and Forward through three steps keep every answer', async () => {
  const { context, page } = await open({ mobile: true });
  const before = await page.evaluate(() => history.length);
  const q2 = await step(page, 'topic', { choices: ['home'] });
  const q3 = await step(page, 'home-need', { choice: 'household' });
  const q4 = await step(page, 'own-words', { text: 'Zelf koken lukt niet meer.' });
  assert.equal(await page.evaluate(() => history.length), before + 3, 'one entry per step');
  // Nothing but move indices in the history, and the URL as it was.
  const state = await page.evaluate(() => JSON.stringify(history.state));
  assert.match(state, /^\{"wegwijzer":\{"w\d+":\d+\}\}$/, state);
  assert.equal(page.url(), BASE + '/');

  await travel(page, 'back', q3);
  assert.deepEqual((await answered(page)).inputs, ['Zelf koken lukt niet meer.']);
  assert.equal((await activeElement(page)).id, 'ww-question-heading', 'focus on the heading after Back');
  await travel(page, 'back', q2);
  assert.deepEqual((await answered(page)).inputs, ['household']);
  await travel(page, 'back', FIRST);
  assert.deepEqual((await answered(page)).inputs, ['home']);
  assert.equal((await activeElement(page)).id, 'ww-question-heading');

  await travel(page, 'forward', q2);
  await travel(page, 'forward', q3);
  assert.deepEqual((await answered(page)).inputs, ['Zelf koken lukt niet meer.']);
  await travel(page, 'forward', q4);
  assert.equal((await answered(page)).rows, 3, 'all three answers in "Je antwoorden"');
  assert.equal(page.url(), BASE + '/');

  // A new answer after Back replaces the steps ahead, as on any website.
  await travel(page, 'back', q3);
  await travel(page, 'back', q2);
  await step(page, 'home-need', { choice: 'household' });
  assert.equal(await page.evaluate(() => history.length), before + 2);
  await page.goForward();
  await page.waitForTimeout(300);
  assert.equal(await screen(page), q3, 'no Forward to the dropped steps');
  await context.close();
});

test('after "Snel weg", Back shows no answer', async () => {
  const p = await open({ mobile: true });
  await step(p.page, 'topic', { choices: ['home'] });
  await step(p.page, 'home-need', { choice: 'household' });
  await step(p.page, 'own-words', { text: 'Zelf koken lukt niet meer.' });
  await widget(p.page).locator('.wegwijzer-quick-exit__button').click();
  await left(p.page);
  for (let i = 0; i < 3; i++) {
    await p.page.goBack();
    if (!p.page.url().startsWith(BASE)) continue;
    await waitForQuestion(p.page);
    assert.equal(await screen(p.page), FIRST, `Back ${i + 1}: the first question`);
    assert.deepEqual(await answered(p.page), { inputs: [], rows: 0 }, `Back ${i + 1}: no answer`);
  }
  await p.context.close();
});

test('two widgets on one page keep their own screens on Back and Forward', async () => {
  const { context, page } = await open({ path: '/test/two.html' });
  const a2 = await step(page, 'topic', { choices: ['home'] }, 0);
  const b2 = await step(page, 'topic', { choices: ['money'] }, 1);
  const state = await page.evaluate(() => history.state.wegwijzer);
  assert.equal(Object.keys(state).length, 2, `each widget has its own key: ${JSON.stringify(state)}`);

  await travel(page, 'back', FIRST, 1);
  assert.equal(await screen(page, 0), a2, 'the first widget stays');
  assert.deepEqual((await answered(page, 1)).inputs, ['money']);
  await travel(page, 'back', FIRST, 0);
  assert.equal(await screen(page, 1), FIRST);
  assert.deepEqual((await answered(page, 0)).inputs, ['home']);

  await travel(page, 'forward', a2, 0);
  assert.equal(await screen(page, 1), FIRST, 'the second widget stays');
  await travel(page, 'forward', b2, 1);
  assert.equal(await screen(page, 0), a2);
  await context.close();
});
