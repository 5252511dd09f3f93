// Whole journeys as a resident makes them, with the keyboard only: the scenario
// fixtures (tests/flows/*.json) replayed with Tab, Shift+Tab, arrows, Space, Enter and
// typing, and the advice checked against the fixture's expected outcome. Also: back and
// "Wijzig", helper mode, "Snel weg" (button and Esc Esc), the print view and the share
// link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE, CONFIG, openPage, waitForQuestion, tabTo, activeElement, foreignRequests, closeBrowser,
  flow, runFlow, doStep, setHelper, screen, waitForNewScreen, adviceOnScreen, widget, clean,
  message, outcomeHeading, questionText, serviceName, withoutExplanations,
} from './harness.mjs';

after(closeBrowser);

// One page for all keyboard journeys: "Opnieuw beginnen" between them, as a resident would.
let shared;
before(async () => {
  shared = await openPage();
  await shared.page.goto(BASE + '/');
  await waitForQuestion(shared.page);
});
after(() => shared?.context.close());

/** Keyboard: from wherever focus is, Tab to "Opnieuw beginnen" and press Enter. */
async function restartByKeyboard(page) {
  const label = clean(message('restart'));
  // "Opnieuw beginnen" is there as soon as something is answered; before that, we are at the start.
  if (!(await widget(page).locator('.wegwijzer-answers').count())) return;
  const before = await screen(page);
  await tabTo(page, (a) => a.tag === 'button' && clean(a.text) === label, 150);
  await page.keyboard.press('Enter');
  await waitForNewScreen(page, before);
}

/** Replays a fixture by keyboard and checks heading and first contact. */
async function keyboardFlow(name) {
  const { page } = shared;
  const f = flow(name);
  await restartByKeyboard(page);
  await runFlow(page, f, { keyboard: true });
  const shown = await adviceOnScreen(page);
  assert.equal(shown.heading, clean(outcomeHeading(f.expect.outcome, 'nl', !!f.helper)), `${name}: advice heading`);
  assert.equal(shown.firstContact, serviceName(f.expect['first-contact']), `${name}: first contact`);
  return f;
}

const visibleText = async (locator) => clean(await locator.innerText());

/** Keyboard: Tab to the advice's closed section named by message `id` and open it; returns it. */
async function openSection(page, id) {
  const name = clean(message(id));
  await tabTo(page, (a) => a.tag === 'summary' && clean(a.text) === name, 150);
  await page.keyboard.press('Enter');
  const section = widget(page).locator('details.wegwijzer-more', { has: page.locator(`summary:text-is("${name}")`) });
  assert.equal(await section.getAttribute('open'), '', `"${name}" opened`);
  return section;
}

for (const name of [
  'row01-household', 'row02-child-worry', 'row04-no-income-under-27', 'row05-carer', 'row06-alone',
  'row09-adaptation', 'row11-objection', 'row12-worry-about-someone', 'row13-anything-else',
]) {
  test(`keyboard only: ${name} ends at its advice`, () => keyboardFlow(name));
}

test('keyboard only: unsafe at home → 112 and Veilig Thuis at once, and "Snel weg"', async () => {
  const { page } = shared;
  await keyboardFlow('row08-unsafe-at-home');
  const w = widget(page);
  const viewport = page.viewportSize();
  for (const tel of ['tel:112', 'tel:08002000']) {
    const link = w.locator(`.wegwijzer-advice a[href="${tel}"]`).first();
    assert.ok(await link.isVisible(), `${tel} is on the advice`);
    const box = await link.boundingBox();
    assert.ok(box.y + box.height <= viewport.height, `${tel} is visible without scrolling (y=${box.y})`);
  }
  const exit = w.locator('.wegwijzer-quick-exit__button');
  assert.equal(clean(await exit.textContent()), clean(message('quick-exit')));
  assert.ok(await exit.isVisible());
});

test('keyboard only: debts with eviction → intake within the 3-working-day term', async () => {
  const { page } = shared;
  await keyboardFlow('row03-debt-urgent');
  const term = CONFIG.terms.find((t) => t.id === 'wgs-intake-urgent');
  assert.equal(term.unit, 'working-days');
  const steps = await visibleText((await openSection(page, 'steps-heading')).locator('.wegwijzer-steps__list'));
  assert.ok(steps.includes(`binnen ${term.amount} werkdagen`), `steps name the term: ${steps}`);
  assert.ok(await widget(page).locator('.wegwijzer-notice--urgent').isVisible(), 'urgent notice');
});

test('keyboard only: several problems → wijkteam first, with what they can bring in', async () => {
  const { page } = shared;
  const f = await keyboardFlow('row10-several-problems');
  const bring = (await openSection(page, 'more-help-heading')).locator('.wegwijzer-advice__bring-in');
  assert.ok(await bring.isVisible(), 'the "bring in" list is shown');
  const names = (await bring.locator('.wegwijzer-card__name').allTextContents()).map(clean);
  for (const id of ['schuldhulp', 'jeugd-gezin']) assert.ok(names.includes(serviceName(id)), `${id} in ${names}`);
  assert.ok(f.expect.shows.includes('schuldhulp'));
});

test('keyboard only: no postcode → gemeente-wide contact with 14 0999, never a dead end', async () => {
  const { page } = shared;
  await keyboardFlow('postcode-skipped');
  // The sentence is open; the gemeente's card is in "Meer hulp in de buurt".
  const sentence = widget(page).locator('.wegwijzer-advice__team-text');
  assert.ok(await sentence.isVisible(), 'the kind sentence is shown without opening anything');
  assert.equal(clean(await sentence.textContent()), clean(message('team-skipped')));
  const team = (await openSection(page, 'more-help-heading')).locator('.wegwijzer-advice__team');
  assert.ok((await visibleText(team)).includes('14 0999'), 'the gemeente number is in the team section');
});

test('keyboard only: back and "Wijzig" keep and drop answers as the engine promises', async () => {
  const { page } = shared;
  const w = widget(page);
  await keyboardFlow('row01-household');
  // Back from the advice: the postcode is still filled in.
  await doStep(page, { back: true }, { keyboard: true });
  assert.equal(await screen(page), `question:${questionText('postcode')}`);
  assert.equal(await w.locator('#ww-postcode').inputValue(), '9991 AB');
  assert.equal(await w.locator('#ww-house').inputValue(), '12');
  await doStep(page, { back: true }, { keyboard: true });
  assert.equal(await w.locator('textarea').inputValue(), 'Dat ik weer zelf kan koken.');
  // Change home-need: the later answers that still apply stay and are walked through.
  await doStep(page, { change: 'home-need' }, { keyboard: true });
  assert.equal(await w.locator('input[value="household"]').isChecked(), true, 'pre-filled');
  await doStep(page, { answer: 'home-need', input: { choice: 'adaptation' } }, { keyboard: true });
  assert.equal(await screen(page), `question:${questionText('own-words')}`, 'walks forward, not to the end');
  assert.equal(await w.locator('textarea').inputValue(), 'Dat ik weer zelf kan koken.');
  await doStep(page, { answer: 'own-words', input: { text: 'Dat ik weer zelf kan koken.' } }, { keyboard: true });
  assert.equal(await w.locator('#ww-postcode').inputValue(), '9991 AB');
  await doStep(page, { answer: 'postcode', input: { postcode: '9991 AB', 'house-number': '12' } }, { keyboard: true });
  assert.equal((await adviceOnScreen(page)).heading, clean(outcomeHeading('wmo-adaptation')));

  // Change the topic to something else: answers off the new route are dropped.
  await keyboardFlow('back-and-change-topic');
  const rows = await w.locator('.wegwijzer-answers__row').count();
  assert.equal(rows, 1, 'only the topic is left in "Je antwoorden"; debt-threat was dropped');
});

test('keyboard only: helper mode words questions in the third person and adds a tip', async () => {
  const { page } = shared;
  const w = widget(page);
  await restartByKeyboard(page);
  assert.equal(await screen(page), `question:${questionText('topic')}`);
  await setHelper(page, true, { keyboard: true });
  // The Dutch helper-mode words arrive with the full Dutch files (ADR 0011).
  const third = `question:${questionText('topic', true)}`;
  for (let i = 0; i < 50 && (await screen(page)) !== third; i++) await page.waitForTimeout(100);
  assert.equal(await screen(page), third);
  assert.notEqual(questionText('topic', true), questionText('topic'));
  const f = await keyboardFlow('helper-mode');
  const tip = w.locator('.wegwijzer-advice__helper');
  assert.ok(await tip.isVisible(), 'helper tip on the advice');
  assert.ok(clean(withoutExplanations(await tip.textContent())).includes(clean(message(`outcome-${f.expect.outcome}`, 'nl', 'helper'))));
  // Switch it off again for the other tests (restart keeps the helper flag).
  await restartByKeyboard(page);
  await setHelper(page, false, { keyboard: true });
  assert.equal(await screen(page), `question:${questionText('topic')}`);
});

/** Presses "Volgende" by keyboard. */
async function submitByKeyboard(page) {
  await tabTo(page, (a) => a.tag === 'button' && a.type === 'submit');
  await page.keyboard.press('Enter');
}

/** Waits for the error summary and checks that it has keyboard focus; returns it. */
async function expectFocusedSummary(page) {
  const summary = widget(page).locator('.wegwijzer-error-summary');
  await summary.waitFor({ state: 'visible' });
  const active = await activeElement(page);
  assert.ok(active.cls.includes('wegwijzer-error-summary'), `focus on the summary, got ${JSON.stringify(active)}`);
  return summary;
}

test('keyboard only: an empty answer shows the error summary and moves focus to it', async () => {
  const { page } = shared;
  await restartByKeyboard(page);
  await submitByKeyboard(page);
  await expectFocusedSummary(page);
  // Its link takes the keyboard to the first option.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const target = await activeElement(page);
  assert.equal(target.tag, 'input');
  assert.equal(target.value, CONFIG.questionnaire.questions[0].options[0].id);
});

// The form's memory starts over on every step (App keeps it, ADR 0010): a failed
// submit on the next question must move focus to its summary again, even though the
// count of failed submits on the step before was also one.
test('keyboard only: after an error on one question, an error on the next moves focus to the summary again', async () => {
  const { page } = shared;
  await restartByKeyboard(page);
  await submitByKeyboard(page);
  const summary = await expectFocusedSummary(page);
  await tabTo(page, (a) => a.tag === 'input' && a.value === 'home');
  await page.keyboard.press('Space');
  const before = await screen(page);
  await submitByKeyboard(page);
  await waitForNewScreen(page, before);
  assert.equal(await screen(page), `question:${questionText('home-need')}`);
  assert.equal(await summary.count(), 0, 'a new question starts without an error');
  const heading = await activeElement(page);
  assert.equal(heading.id, 'ww-question-heading', 'focus on the new heading');
  await submitByKeyboard(page);
  await expectFocusedSummary(page);
});

// ---- "Snel weg" -------------------------------------------------------------------

const EXIT = CONFIG.gemeente['quick-exit-url'];

/** A page on the unsafe-at-home advice, with the quick-exit site answered locally. */
async function onUnsafeAdvice() {
  const p = await openPage();
  const exitHits = [];
  await p.context.route(new URL(EXIT).origin + '/**', (route) => {
    exitHits.push(route.request().url());
    return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weer</title><p>Het weer</p>' });
  });
  await p.page.goto(BASE + '/');
  await waitForQuestion(p.page);
  await runFlow(p.page, flow('row08-unsafe-at-home'));
  return { ...p, exitHits };
}

async function assertLeft({ page, exitHits }, historyBefore) {
  await page.waitForURL((u) => u.href.startsWith(EXIT), { timeout: 5000 });
  assert.deepEqual(exitHits, [EXIT], 'one navigation to the quick-exit URL (answered locally)');
  assert.equal(await page.evaluate(() => history.length), historyBefore, 'location.replace: history did not grow');
  // Back reaches the widget's earlier history entries (they hold move indices only):
  // the first question, with nothing answered.
  await page.goBack().catch(() => null);
  if (page.url().startsWith(BASE)) {
    await waitForQuestion(page);
    assert.equal(await screen(page), `question:${clean(questionText('topic'))}`, 'Back: the first question');
    assert.equal(await widget(page).locator('.wegwijzer-answers, input:checked:not(#ww-helper)').count(), 0, 'Back: no answer');
  }
}

test('"Snel weg" replaces the page with the quick-exit URL', async () => {
  const p = await onUnsafeAdvice();
  const historyBefore = await p.page.evaluate(() => history.length);
  await widget(p.page).locator('.wegwijzer-quick-exit__button').click();
  await assertLeft(p, historyBefore);
  await p.context.close();
});

test('Escape twice leaves the same way on a sensitive screen', async () => {
  const p = await onUnsafeAdvice();
  const historyBefore = await p.page.evaluate(() => history.length);
  await p.page.keyboard.press('Escape');
  await p.page.keyboard.press('Escape');
  await assertLeft(p, historyBefore);
  await p.context.close();
});

test('Escape twice does nothing where "Snel weg" is not offered (quick-exit: sensitive-screens)', async () => {
  const { context, page } = await openPage();
  await page.goto(BASE + '/test/gemeente.html?quick-exit=sensitive-screens');
  await waitForQuestion(page);
  assert.equal(await widget(page).locator('.wegwijzer-quick-exit').count(), 0, 'not on the first question');
  await tabTo(page, (a) => a.tag === 'input');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  assert.ok(page.url().startsWith(BASE), 'still on the widget page');
  // A danger answer brings it, and Escape twice with it.
  await doStep(page, { answer: 'topic', input: { choices: ['safety'] } });
  await widget(page).locator('.wegwijzer-quick-exit').waitFor();
  await context.close();
});

// ---- Print view -------------------------------------------------------------------

test('print view: only "Mijn overzicht" shows; crisis strip and controls are hidden', async () => {
  const { context, page } = await openPage();
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  await runFlow(page, flow('row08-unsafe-at-home'));
  const w = widget(page);
  const display = (sel) => w.locator(sel).first().evaluate((el) => getComputedStyle(el).display);
  assert.notEqual(await display('.wegwijzer-crisis'), 'none', 'on screen, the strip shows');
  await page.emulateMedia({ media: 'print' });
  const note = w.locator('.wegwijzer-handover');
  assert.ok(await note.isVisible(), 'the handover note is visible in print');
  assert.equal(clean(await note.locator('#ww-handover-heading').textContent()), clean(message('handover-heading')));
  for (const sel of ['.wegwijzer-crisis', '.wegwijzer-quick-exit', '.wegwijzer-toolbar', '.wegwijzer-answers',
    '.wegwijzer-advice > .wegwijzer-no-print', '.wegwijzer-handover .wegwijzer-actions']) {
    assert.equal(await display(sel), 'none', `${sel} is hidden in print`);
  }
  assert.equal(await w.locator('#ww-advice-heading').isVisible(), false);
  // The note still names the advice and the first contact with its number.
  // Numbers on the note do not break: no-break spaces and hyphens (U+2011).
  const text = clean(await note.innerText()).replace(/\u2011/g, '-');
  assert.ok(text.includes(clean(outcomeHeading('unsafe-at-home'))), text);
  assert.ok(text.includes('0800-2000'), text);
  await page.emulateMedia({ media: 'screen' });
  assert.notEqual(await display('.wegwijzer-crisis'), 'none');
  await context.close();
});

test('print view: every phone number of the advice on screen, the crisis numbers and the date', async () => {
  const { context, page } = await openPage();
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  // A Wmo route: first contact, the wijkteam, the cliëntondersteuner and more on screen.
  await runFlow(page, flow('row01-household'));
  const w = widget(page);
  // Digits as shown, whatever joins them (space, no-break space, hyphens).
  const norm = (s) => s.replace(/[\u2068\u2069]/g, '').replace(/[\s\u00a0]+/g, ' ').replace(/\u2011/g, '-');
  const shownNumbers = async (sel) => (await w.locator(sel).evaluateAll((links) => links
    .filter((a) => a.getClientRects().length)
    .map((a) => a.textContent.match(/\d[\d\s\u00a0\u2011-]*\d|\d/)[0])))
    .map(norm);
  // Every section opened, as a resident may: paper holds what is in them too.
  const sections = w.locator('details.wegwijzer-more');
  assert.ok(await sections.count() >= 3, 'closed sections on the advice');
  for (const summary of await sections.locator('summary').all()) await summary.click();
  const onScreen = await shownNumbers('.wegwijzer-advice > .wegwijzer-no-print a[href^="tel:"]');
  const crisis = await shownNumbers('.wegwijzer-crisis a[href^="tel:"]');
  assert.ok(onScreen.length >= 4, JSON.stringify(onScreen));
  assert.ok(crisis.length >= 3, JSON.stringify(crisis));
  // Closed again: what prints does not depend on what the resident opened.
  for (const summary of await sections.locator('summary').all()) await summary.click();
  assert.equal(await w.locator('details.wegwijzer-more[open]').count(), 0);
  await page.emulateMedia({ media: 'print' });
  const note = w.locator('.wegwijzer-handover');
  const text = norm(await note.innerText());
  const missing = [...onScreen, ...crisis].filter((n) => !text.includes(n));
  assert.deepEqual(missing, [], `every number on paper: ${text}`);
  // The names of the wijkteam and the cliëntondersteuner, and the date in Dutch.
  const support = clean(await w.locator('.wegwijzer-advice__support .wegwijzer-card__name').textContent());
  for (const name of [serviceName('wijkteam-noord'), support]) assert.ok(text.includes(name), `${name} on paper`);
  const today = await page.evaluate(() => new Date().toLocaleDateString('nl', { dateStyle: 'long' }));
  assert.ok(text.includes(today), `the date ${today} on paper`);
  await page.emulateMedia({ media: 'screen' });
  await context.close();
});

// ---- Share link -------------------------------------------------------------------

async function shareLinkOf(page) {
  const w = widget(page);
  await w.getByRole('button', { name: clean(message('handover-share')) }).click();
  return w.locator('#ww-share-link').inputValue();
}

test('share link: state only after #, reopens the same advice on another device', async () => {
  const a = await openPage();
  await a.page.goto(BASE + '/');
  await waitForQuestion(a.page);
  const f = flow('row03-debt-urgent');
  await runFlow(a.page, f);
  const link = await shareLinkOf(a.page);
  assert.ok(link.startsWith(BASE + '/#wegwijzer='), link);
  assert.ok(!link.includes('?'), 'no query string');
  const state = link.slice(link.indexOf('#'));
  assert.match(state, /^#wegwijzer=[A-Za-z0-9_-]+$/, 'the answers are in the fragment, opaque');
  assert.ok(!state.includes('debt') && !state.includes('money'), state);
  const heading = (await adviceOnScreen(a.page)).heading;
  await a.context.close();

  const b = await openPage(); // a new context: nothing shared but the link
  await b.page.goto(link);
  await widget(b.page).locator('#ww-advice-heading').waitFor({ timeout: 20000 });
  assert.equal((await adviceOnScreen(b.page)).heading, heading);
  const leaking = b.log.requests.filter((u) => u.includes('wegwijzer=') || u.includes('debt-threat') || u.includes('cyes'));
  assert.deepEqual(leaking, [], 'no request carries the answers');
  assert.deepEqual(foreignRequests(b.log), []);
  assert.deepEqual(b.log.errors, []);
  await b.context.close();
});

test('share link: own words are never in it, and it still reopens the same advice', async () => {
  const a = await openPage();
  await a.page.goto(BASE + '/');
  await waitForQuestion(a.page);
  const f = flow('row01-household');
  await runFlow(a.page, f);
  const link = await shareLinkOf(a.page);
  const words = f.steps.find((s) => s.answer === 'own-words').input.text;
  assert.ok(!decodeURIComponent(link).includes('koken'), `own words not in the link: ${link}`);
  // The free-text question travels as passed, without its words: the reopened
  // journey still gets past it to the postcode and the same team (below).
  assert.ok((await widget(a.page).locator('.wegwijzer-handover').innerText()).includes(words), 'the note itself has them');
  await a.context.close();

  const b = await openPage();
  await b.page.goto(link);
  await widget(b.page).locator('#ww-advice-heading').waitFor({ timeout: 20000 });
  assert.equal((await adviceOnScreen(b.page)).heading, clean(outcomeHeading(f.expect.outcome)));
  assert.equal((await adviceOnScreen(b.page)).firstContact, serviceName(f.expect['first-contact']));
  assert.ok(!(await widget(b.page).locator('.wegwijzer-handover').innerText()).includes(words));
  assert.deepEqual(b.log.requests.filter((u) => u.includes('9991')), [], 'the postcode is not sent anywhere');
  await b.context.close();
});
