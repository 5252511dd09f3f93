// The advice built for the moment (issue 19), on a small phone (320 × 568): first what
// to do now (crisis lines where they apply, the first contact with its call button, what
// to say on that call), then closed sections a keyboard opens ("Wat gebeurt er daarna?",
// "Neem mee", "Meer hulp in de buurt", "Je rechten"). The open part fits in three
// screens on every kind of route, in Dutch and Arabic; axe finds nothing with every
// section open.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE, openPage, waitForQuestion, closeBrowser, flow, runFlow, widget, clean, message, serviceName,
  axe, activeElement, tabTo,
} from './harness.mjs';

after(closeBrowser);

const VIEWPORT = { width: 320, height: 568 };
const PAGES = { nl: '/', en: '/test/en.html', ar: '/test/ar.html' };

/** The household route with a postcode the gemeente has no team for (page without postcode list). */
const unknownPostcode = {
  steps: flow('row01-household').steps.map((s) => (s.answer === 'postcode'
    ? { answer: 'postcode', input: { postcode: '1234 AB', 'house-number': '1' } } : s)),
};

/** Where things are on the advice: its height up to the first closed section, and what comes before it. */
const layout = (page) => page.evaluate(() => {
  const root = document.querySelector('wegwijzer-widget').shadowRoot;
  const advice = root.querySelector('.wegwijzer-advice');
  const sections = [...advice.querySelectorAll('details.wegwijzer-more')];
  const end = sections[0] ?? advice.querySelector('.wegwijzer-handover');
  const before = (el) => !!el && !el.closest('details')
    && !!(el.compareDocumentPosition(end) & Node.DOCUMENT_POSITION_FOLLOWING);
  const shown = (el) => before(el) && el.getClientRects().length > 0;
  const all = (sel) => [...advice.querySelectorAll(sel)];
  const primary = advice.querySelector('.wegwijzer-card--primary');
  const crisis = all('.wegwijzer-advice__crisis');
  return {
    height: Math.round(end.getBoundingClientRect().top - advice.getBoundingClientRect().top),
    headingTop: Math.round(root.querySelector('#ww-advice-heading').getBoundingClientRect().top),
    summaries: sections.map((d) => d.querySelector('summary').textContent.replace(/[\u2068\u2069]/g, '').trim()),
    open: sections.filter((d) => d.open).length,
    call: shown(primary?.querySelector('a[href^="tel:"]')),
    now: shown(advice.querySelector('.wegwijzer-advice__now')) ? advice.querySelector('.wegwijzer-advice__now').textContent : null,
    notices: all('.wegwijzer-notice').map((n) => shown(n)),
    crisisFirst: crisis.length > 0 && shown(crisis[0])
      && !!(crisis[0].compareDocumentPosition(primary) & Node.DOCUMENT_POSITION_FOLLOWING),
    crisisClosedAway: crisis.some((c) => c.closest('details')),
    teamText: shown(advice.querySelector('.wegwijzer-advice__team-text'))
      ? advice.querySelector('.wegwijzer-advice__team-text').textContent : null,
  };
});

const ROUTES = [
  // [fixture, page, language, what else must be open before the first closed section]
  ['row01-household', '/', 'nl', {}],
  ['row01-household', '/test/ar.html', 'ar', {}],
  ['row03-debt', '/', 'nl', {}],
  ['row03-debt-urgent', '/', 'nl', { urgent: true }],
  ['row03-debt-urgent', '/test/ar.html', 'ar', { urgent: true }],
  ['row08-unsafe-at-home', '/', 'nl', { crisis: true }],
  ['row07-mental-crisis', '/', 'nl', { crisis: true }],
  ['row07-mental-crisis', '/test/ar.html', 'ar', { crisis: true }],
  ['row10-several-problems', '/', 'nl', {}],
  ['postcode-skipped', '/', 'nl', { team: 'team-skipped' }],
  ['unknown-postcode', '/test/gemeente.html?postcodes=none', 'nl', { team: 'team-unknown' }],
  ['helper-mode', '/', 'nl', {}],
];

for (const [name, path, lang, expect] of ROUTES) {
  test(`320 px: ${name} (${lang}) shows what to do now within three screens, the rest closed`, async () => {
    const { context, page, log } = await openPage(VIEWPORT);
    await page.goto(BASE + path);
    await waitForQuestion(page);
    await runFlow(page, name === 'unknown-postcode' ? unknownPostcode : flow(name), { lang });
    await widget(page).locator('#ww-advice-heading').waitFor();
    const l = await layout(page);
    const info = JSON.stringify(l);
    // The resident starts at the advice: focus moved to its heading, which is in view.
    assert.ok(l.headingTop >= 0 && l.headingTop < VIEWPORT.height, `heading in view: ${info}`);
    assert.ok(l.height <= 3 * VIEWPORT.height, `open part ${l.height} px > 3 × ${VIEWPORT.height}: ${info}`);
    assert.ok(l.summaries.length >= 2, `closed sections: ${info}`);
    assert.equal(l.open, 0, 'every section starts closed');
    assert.ok(l.call, `the first contact's call button comes first: ${info}`);
    assert.ok(l.now && clean(l.now).length > 10, `what to say on that call: ${info}`);
    assert.ok(l.notices.every(Boolean), `notices stay open: ${info}`);
    if (expect.urgent) assert.ok(l.notices.length > 0, 'the urgent notice is shown');
    assert.equal(l.crisisClosedAway, false, 'no crisis card in a closed section');
    if (expect.crisis) assert.ok(l.crisisFirst, `crisis cards before the first contact: ${info}`);
    if (expect.team) assert.equal(clean(l.teamText), clean(message(expect.team, lang)));
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

test('the sections are named plainly, in order, and open and close with the keyboard', async () => {
  const { context, page } = await openPage(VIEWPORT);
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  await runFlow(page, flow('row01-household'));
  const w = widget(page);
  const names = ['steps-heading', 'bring-heading', 'more-help-heading', 'handover-rights'].map((id) => clean(message(id)));
  assert.deepEqual((await layout(page)).summaries.map(clean), names);
  assert.deepEqual(names, ['Wat gebeurt er daarna?', 'Neem mee', 'Meer hulp in de buurt', 'Je rechten']);

  // The wijkteam and the free cliëntondersteuner wait in "Meer hulp in de buurt".
  const more = w.locator('details.wegwijzer-more').nth(2);
  const team = more.locator('.wegwijzer-card__name', { hasText: serviceName('wijkteam-noord') });
  assert.equal(await team.isVisible(), false, 'closed at first');
  await tabTo(page, (a) => a.tag === 'summary' && clean(a.text) === names[2]);
  await page.keyboard.press('Enter');
  assert.ok(await team.isVisible(), 'Enter opens it');
  assert.ok(await more.locator('.wegwijzer-advice__support .wegwijzer-card__name').isVisible(), 'the cliëntondersteuner');
  assert.ok(await more.locator('a[href^="tel:"]').first().isVisible(), 'with their numbers');
  await page.keyboard.press('Space');
  assert.equal(await team.isVisible(), false, 'Space closes it again');

  // "Wat gebeurt er daarna?" goes on from the first step, which is on top.
  await tabTo(page, (a) => a.tag === 'summary' && clean(a.text) === names[0], 80);
  await page.keyboard.press('Enter');
  const steps = w.locator('details.wegwijzer-more').first().locator('ol');
  assert.equal(await steps.getAttribute('start'), '2');
  assert.ok(clean(await steps.innerText()).includes('binnen 6 weken'));
  assert.equal((await activeElement(page)).tag, 'summary', 'focus stays on the summary');
  await context.close();
});

for (const lang of ['nl', 'en', 'ar']) {
  test(`axe: advices with every section open pass WCAG 2.1 A/AA (${lang})`, async () => {
    const { context, page } = await openPage({ ...VIEWPORT, bypassCSP: true });
    const failures = [];
    for (const name of ['row01-household', 'row07-mental-crisis', 'postcode-skipped']) {
      await page.goto(BASE + PAGES[lang]);
      await waitForQuestion(page);
      await runFlow(page, flow(name), { lang, strict: false });
      await widget(page).locator('#ww-advice-heading').waitFor();
      const n = await page.evaluate(() => {
        const d = document.querySelector('wegwijzer-widget').shadowRoot.querySelectorAll('details');
        d.forEach((x) => { x.open = true; });
        return d.length;
      });
      assert.ok(n >= 3, `${name}: sections to open`);
      const v = await axe(page);
      if (v.length) failures.push(`${name}: ${JSON.stringify(v, null, 1)}`);
    }
    assert.deepEqual(failures, []);
    await context.close();
  });
}
