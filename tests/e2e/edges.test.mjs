// Residents at the edges, by keyboard on a phone-sized screen: several worries with
// each danger answer (crisis advice wins), young people, a postcode of another
// gemeente, a street split between two teams. Each replays a scenario fixture
// (tests/flows/*.json) and checks what the resident sees.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE, openPage, waitForQuestion, closeBrowser, flow, runFlow, adviceOnScreen, widget, clean,
  outcomeHeading, serviceName, message,
} from './harness.mjs';

after(closeBrowser);

let page;
let context;
before(async () => {
  ({ page, context } = await openPage({ width: 390, height: 844 }));
});
after(() => context?.close());

/** A fresh start for each journey, then the fixture by keyboard; the advice matches it. */
async function keyboardFlow(name) {
  const f = flow(name);
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  await runFlow(page, f, { keyboard: true });
  const shown = await adviceOnScreen(page);
  assert.equal(shown.heading, clean(outcomeHeading(f.expect.outcome)), `${name}: advice heading`);
  assert.equal(shown.firstContact, serviceName(f.expect['first-contact']), `${name}: first contact`);
  return f;
}

const advice = () => widget(page).locator('.wegwijzer-advice');
const text = async (locator) => clean(await locator.innerText());
/** Opens every closed section of the advice, so its text is all on screen. */
const openAll = async () => {
  for (const summary of await advice().locator('details.wegwijzer-more > summary').all()) await summary.click();
};

for (const [name, tels] of [
  ['several-money-children-child-unsafe', ['tel:112', 'tel:08002000']],
  ['several-health-alone-crisis', ['tel:113']],
  ['several-children-health-child-unsafe', ['tel:08002000']],
]) {
  test(`several worries: ${name} → crisis advice wins, its cards and "Snel weg"`, async () => {
    await keyboardFlow(name);
    for (const tel of tels) {
      assert.ok(await advice().locator(`a[href="${tel}"]`).first().isVisible(), `${tel} on the advice`);
    }
    assert.ok(await widget(page).locator('.wegwijzer-quick-exit__button').isVisible(), 'quick exit');
    // Crisis advice promises no objection period and no conversation.
    const note = await text(widget(page).locator('.wegwijzer-handover'));
    assert.ok(!note.includes(clean(message('handover-rights'))), `no rights block: ${note}`);
  });
}

test('several worries, health not a crisis: one contact, and no 113 card as if it was chosen', async () => {
  await keyboardFlow('several-health-alone-unwell');
  assert.equal(await advice().locator('.wegwijzer-advice__crisis').count(), 0, 'no crisis section');
  // 113 stays in the crisis strip, on every screen.
  assert.ok(await widget(page).locator('.wegwijzer-crisis a[href="tel:113"]').count() > 0, '113 in the strip');
});

test('several worries with an eviction threat: one contact, marked urgent', async () => {
  await keyboardFlow('several-money-caring-debt-urgent');
  assert.ok(await advice().locator('.wegwijzer-notice--urgent').isVisible(), 'urgent notice');
});

for (const name of ['young-carer', 'young-worries-at-home', 'young-money', 'young-several']) {
  test(`young people: ${name} → a youth route with the Kindertelefoon, not "report to the gemeente"`, async () => {
    await keyboardFlow(name);
    await openAll();
    const all = await text(advice());
    assert.ok(all.includes('Kindertelefoon'), `${name}: Kindertelefoon offered`);
    assert.ok(!/meld (je|dat) bij de gemeente/i.test(all), `${name}: no "meld je bij de gemeente"`);
  });
}

test('young people: the age question says why it is asked', async () => {
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  await runFlow(page, { steps: flow('young-carer').steps.slice(0, 1) }, { keyboard: true });
  const form = await text(widget(page).locator('form'));
  assert.ok(form.includes(clean(message('question-young', 'nl', 'hint'))), form);
});

for (const name of ['postcode-outside-gemeente', 'outside-several']) {
  test(`outside the gemeente: ${name} → said plainly, national routes, not this gemeente's desks`, async () => {
    await keyboardFlow(name);
    const routes = await text(advice().locator('.wegwijzer-card--primary'));
    assert.ok(routes.includes(serviceName('eigen-gemeente')), routes);
    for (const tel of ['tel:112', 'tel:113', 'tel:08002000', 'tel:08008115']) {
      assert.ok(await advice().locator(`a[href="${tel}"]`).count() > 0, `${tel} on the outside advice`);
    }
    // None of the gemeente's own desks on the advice (its numbers start 0999-120).
    const desks = await advice().locator('.wegwijzer-card--primary a[href^="tel:0999120"], .wegwijzer-advice__community a[href^="tel:0999120"], .wegwijzer-advice__also a[href^="tel:0999120"]').count();
    assert.equal(desks, 0, 'no local desk');
  });
}

test('a street split between two teams: the house number is asked for, then the right team', async () => {
  const f = await keyboardFlow('split-street-no-number');
  await openAll();
  const team = await text(advice());
  assert.ok(team.includes(serviceName(f.expect.team)), `${f.expect.team} on the advice`);
  assert.ok(!team.includes(clean(message('team-choose'))), 'no "choose your team"');
});

test('the rest of the Dutch words cannot load: questions and crisis advice still have theirs; other advice says so, with its numbers', async () => {
  const { context: c2, page: p2 } = await openPage({ width: 390, height: 844 });
  await p2.route('**/locales/nl/*.ftl', (route) => route.abort());
  await p2.goto(BASE + '/');
  await waitForQuestion(p2);
  // Crisis advice from the first screen: fully worded.
  await runFlow(p2, flow('row08-unsafe-at-home'), { keyboard: true });
  const crisis = await adviceOnScreen(p2);
  assert.equal(crisis.heading, clean(outcomeHeading('unsafe-at-home')));
  assert.equal(await widget(p2).locator('.wegwijzer-advice [role=status].wegwijzer-notice').count(), 0);
  // Another advice: a plain notice, and the contacts (data) are all there.
  await p2.goto(BASE + '/');
  await waitForQuestion(p2);
  await runFlow(p2, flow('row11-letter'), { keyboard: false });
  const notice = widget(p2).locator('.wegwijzer-advice .wegwijzer-notice[role=status]');
  assert.equal(clean(await notice.textContent()), clean(message('advice-words-missing')));
  assert.ok(await widget(p2).locator('.wegwijzer-card--primary a[href^="tel:"]').count() > 0, 'first contact with a number');
  await c2.close();
});
