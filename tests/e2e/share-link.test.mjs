// The share link, in every language the default configuration offers: made on an
// advice after a route with a postcode and house number, it is opaque (no ids, no
// topic words, no postcode in the fragment), says that anyone with it can see the
// answers, and reopens on a fresh device in the same language with the same advice
// and the same answers. Helper mode survives; crisis advice has no share link.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE, CONFIG, CONFIG_IDS, openPage, waitForQuestion, closeBrowser, runFlow, doStep, widget,
  adviceOnScreen, clean, message, outcomeHeading, foreignRequests,
} from './harness.mjs';

after(closeBrowser);

const POSTCODE = '9991 ab';
const HOUSE = '12';

/** Household help, own words passed, postcode and house number: ends at wmo-household. */
const HOUSEHOLD = {
  helper: false,
  steps: [
    { answer: 'topic', input: { choices: ['home'] } },
    { answer: 'home-need', input: { choice: 'household' } },
    { answer: 'own-words', input: { skip: true } },
    { answer: 'postcode', input: { postcode: POSTCODE, 'house-number': HOUSE } },
  ],
};

/** Everything a fragment must not give away: config ids (those of four characters or
 * more: shorter ones such as `no` turn up in any random base64 text) and the postcode. */
const SECRETS = [
  ...[...CONFIG_IDS, ...CONFIG.questionnaire.questions.flatMap((q) => (q.options ?? []).map((o) => o.id))]
    .filter((id) => id.length >= 4),
  '9991', '9991AB', '9991 AB', '9991ab',
];

async function switchLanguage(page, lang) {
  const w = widget(page);
  if ((await w.locator('.wegwijzer').getAttribute('lang')) === lang) return;
  await w.locator('#ww-language').selectOption(lang);
  await w.locator('.wegwijzer-language button').click();
  await page.waitForFunction((lang) =>
    document.querySelector('wegwijzer-widget').shadowRoot.querySelector('.wegwijzer').lang === lang, lang);
}

/** The "Je antwoorden" list as question → answer lines. */
async function answersList(page) {
  return widget(page).locator('.wegwijzer-answers__row').evaluateAll((rows) => rows.map((r) => {
    const t = (sel) => r.querySelector(sel).textContent.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();
    return `${t('.wegwijzer-answers__question')} → ${t('.wegwijzer-answers__answer')}`;
  }));
}

/** Unfolds the share link; returns the link and the share panel's text. */
async function makeLink(page) {
  const w = widget(page);
  await w.locator('.wegwijzer-handover button[aria-expanded]').click();
  await w.locator('#ww-share-link').waitFor();
  return {
    link: await w.locator('#ww-share-link').inputValue(),
    panel: clean(await w.locator('.wegwijzer-share').innerText()),
  };
}

function assertOpaque(link, what) {
  assert.ok(link.startsWith(BASE + '/#wegwijzer='), `${what}: the state is in the fragment only: ${link}`);
  const state = link.slice(link.indexOf('#') + 1);
  assert.match(state, /^wegwijzer=[A-Za-z0-9_-]+$/, `${what}: one base64url value`);
  for (const s of SECRETS) assert.ok(!state.includes(s), `${what}: \`${s}\` readable in ${state}`);
}

/** Opens `link` in a fresh browser context (nothing shared but the link). */
async function reopen(link) {
  const fresh = await openPage();
  await fresh.page.goto(link);
  await widget(fresh.page).locator('#ww-advice-heading').waitFor({ timeout: 20000 });
  return fresh;
}

const LANGUAGES = CONFIG.gemeente.languages;

test('the default config offers the seven languages', () => {
  assert.deepEqual([...LANGUAGES].sort(), ['ar', 'en', 'fy', 'nl', 'pl', 'tr', 'uk']);
});

for (const lang of LANGUAGES) {
  test(`opaque share link round trip in ${lang}`, async () => {
    const a = await openPage();
    await a.page.goto(BASE + '/');
    await waitForQuestion(a.page);
    await switchLanguage(a.page, lang);
    await runFlow(a.page, HOUSEHOLD, { lang, strict: false });
    const shown = await adviceOnScreen(a.page);
    assert.equal(shown.heading, clean(outcomeHeading('wmo-household', lang)), 'the household advice, in the language');
    const answers = await answersList(a.page);
    assert.equal(answers.length, 4, answers.join('\n'));
    assert.ok(answers.some((l) => l.includes('9991')), `the postcode is among the answers: ${answers}`);
    const { link, panel } = await makeLink(a.page);
    assertOpaque(link, lang);
    assert.ok(panel.includes(clean(message('share-anyone', lang))), `${lang}: the panel says who can read it: ${panel}`);
    assert.deepEqual(a.log.errors, []);
    await a.context.close();

    const b = await reopen(link);
    const w = widget(b.page);
    assert.equal(await w.locator('.wegwijzer').getAttribute('lang'), lang, 'reopens in the language it was made in');
    assert.deepEqual(await adviceOnScreen(b.page), shown, 'the same advice and first contact');
    assert.deepEqual(await answersList(b.page), answers, 'the same answers');
    assert.equal(await w.locator('#ww-language').inputValue(), lang, 'the switcher shows it');
    assert.deepEqual(b.log.requests.filter((u) => u.includes('wegwijzer=') || u.includes('9991')), [], 'the state is never sent');
    assert.deepEqual(foreignRequests(b.log), []);
    assert.deepEqual(b.log.errors, []);
    await b.context.close();
  });
}

test('helper mode survives the share link', async () => {
  const a = await openPage();
  await a.page.goto(BASE + '/');
  await waitForQuestion(a.page);
  await switchLanguage(a.page, 'en');
  await runFlow(a.page, { ...HOUSEHOLD, helper: true }, { lang: 'en', strict: false });
  await widget(a.page).locator('.wegwijzer-advice__helper').waitFor();
  const shown = await adviceOnScreen(a.page);
  const answers = await answersList(a.page);
  const { link } = await makeLink(a.page);
  assertOpaque(link, 'helper');
  await a.context.close();

  const b = await reopen(link);
  const w = widget(b.page);
  assert.equal(await w.locator('.wegwijzer').getAttribute('lang'), 'en');
  assert.equal(await w.locator('.wegwijzer-advice__helper').count(), 1, 'the helper tip is back');
  assert.deepEqual(await adviceOnScreen(b.page), shown);
  assert.deepEqual(await answersList(b.page), answers, 'the questions in helper wording, the same answers');
  // Back to a question ("Wijzig"): still in helper mode.
  await w.locator('.wegwijzer-answers__row button').first().click();
  await w.locator('#ww-helper').waitFor();
  assert.equal(await w.locator('#ww-helper').isChecked(), true, 'helper mode is on');
  await b.context.close();
});

test('a link made with the own words typed leaves them out and still reopens', async () => {
  const a = await openPage();
  await a.page.goto(BASE + '/');
  await waitForQuestion(a.page);
  const words = 'Mijn GEHEIM verhaal';
  const f = { ...HOUSEHOLD, steps: HOUSEHOLD.steps.map((s) => (s.answer === 'own-words' ? { ...s, input: { text: words } } : s)) };
  await runFlow(a.page, f, { strict: false });
  const shown = await adviceOnScreen(a.page);
  const { link } = await makeLink(a.page);
  assertOpaque(link, 'own words');
  assert.ok(!decodeURIComponent(link).includes('GEHEIM'));
  await a.context.close();
  const b = await reopen(link);
  assert.deepEqual(await adviceOnScreen(b.page), shown, 'passed as skipped: the route goes on to the postcode');
  assert.ok(!(await widget(b.page).innerText()).includes('GEHEIM'));
  await b.context.close();
});

test('crisis advice ("Veilig zijn thuis") has no share link; print and copy stay', async () => {
  const { context, page } = await openPage();
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  const w = widget(page);
  await doStep(page, { answer: 'topic', input: { choices: ['safety'] } });
  assert.equal((await adviceOnScreen(page)).heading, clean(outcomeHeading('unsafe-at-home')));
  const note = w.locator('.wegwijzer-handover');
  await note.waitFor();
  assert.equal(await note.getByRole('button', { name: clean(message('handover-share')) }).count(), 0, 'no "Deel link"');
  assert.equal(await w.locator('#ww-share-link').count(), 0);
  assert.equal(await note.getByRole('button', { name: clean(message('handover-print')) }).count(), 1);
  assert.equal(await note.getByRole('button', { name: clean(message('handover-copy')) }).count(), 1);
  await context.close();
});

test('an old readable v1 link and a damaged link open at the start', async () => {
  const { context, page, log } = await openPage();
  // The first format carried the situation in plain words; it is refused, not opened.
  await page.goto(BASE + '/#wegwijzer=1~topic_msafety');
  await waitForQuestion(page);
  assert.equal(await widget(page).locator('#ww-advice-heading').count(), 0);
  assert.ok(log.console.some((m) => m.text.includes('share link ignored')), 'the webmaster is told why');
  await context.close();

  const d = await openPage();
  await d.page.goto(BASE + '/#wegwijzer=AgAAAAAxyz');
  const heading = await waitForQuestion(d.page);
  assert.equal(await widget(d.page).locator('#ww-advice-heading').count(), 0);
  assert.ok(await heading.isVisible());
  assert.ok(d.log.console.some((m) => m.text.includes('share link ignored')), 'the webmaster is told why');
  assert.deepEqual(d.log.errors, []);
  await d.context.close();
  assert.deepEqual(log.errors, []);
});

test('an opened link leaves the address bar and the history: after "Snel weg", Back shows the first question', async () => {
  const made = await openPage();
  await made.page.goto(BASE + '/');
  await runFlow(made.page, HOUSEHOLD);
  const { link } = await makeLink(made.page);
  await made.context.close();

  const { context, page } = await openPage();
  const exit = CONFIG.gemeente['quick-exit-url'];
  await context.route(new URL(exit).origin + '/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weer</title><p>Het weer</p>' }));
  await page.goto(BASE + '/#top');
  await page.goto(link);
  await widget(page).locator('#ww-advice-heading').waitFor({ timeout: 20000 });
  assert.equal(page.url(), BASE + '/', 'the address bar no longer holds the link');
  await widget(page).locator('.wegwijzer-quick-exit__button').click();
  await page.waitForURL((u) => u.href.startsWith(exit), { timeout: 5000 });
  for (let i = 0; i < 3 && !page.url().startsWith(BASE); i++) await page.goBack();
  assert.ok(!page.url().includes('wegwijzer'), `no history entry holds the link: ${page.url()}`);
  await waitForQuestion(page);
  assert.equal(await widget(page).locator('#ww-advice-heading').count(), 0, 'Back reopens no advice');
  await context.close();
});

test('on a page with two widgets a link opens in the widget it was made in only', async () => {
  const { context, page } = await openPage();
  await page.goto(BASE + '/test/two.html');
  await waitForQuestion(page, 1);
  await runFlow(page, HOUSEHOLD, { nth: 1 });
  const link = await (async () => {
    const w = widget(page, 1);
    await w.locator('.wegwijzer-handover button[aria-expanded]').click();
    return w.locator('#ww-share-link').inputValue();
  })();
  assert.match(link, /#wegwijzer-w1=[A-Za-z0-9_-]+$/, link);
  await context.close();

  const fresh = await openPage();
  await fresh.page.goto(link);
  await widget(fresh.page, 1).locator('#ww-advice-heading').waitFor({ timeout: 20000 });
  await waitForQuestion(fresh.page, 0);
  assert.equal(await widget(fresh.page, 0).locator('#ww-advice-heading').count(), 0, 'the first widget stays at its first question');
  assert.equal(fresh.page.url(), BASE + '/test/two.html');
  await fresh.context.close();
});
