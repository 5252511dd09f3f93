// Screen readers and keyboard (issue 19): what Chromium's accessibility tree exposes
// and what would be announced, measured rather than assumed.
//
// * The language list changes nothing until confirmed (WCAG 3.2.2).
// * One announcement per change: an announcement recorder counts focus moves (a screen
//   reader reads the newly focused element) and text changes of live regions; a step,
//   a refused answer and an advice each make exactly one.
// * Descriptions are said once: no option repeats the error or its own hint.
// * Enter on a checkbox does not submit; cleared ticks and the character count near
//   its limit are said politely; glyphs are not part of names; the crisis title is a
//   heading; a few landmarks only.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE, openPage, waitForQuestion, closeBrowser, doStep, widget, clean, message, questionText,
  screen, activeElement, tabTo, waitForNewScreen,
} from './harness.mjs';

after(closeBrowser);

/**
 * Starts recording inside the widget's shadow root: every focus move (with the focused
 * element's tag and text) and every change of a live region's text to something
 * non-empty (`aria-live`, `role=status|alert|log`, including a region that appears
 * with text). `take()` returns and clears what was recorded.
 */
async function recorder(page) {
  await page.evaluate(() => {
    const root = document.querySelector('wegwijzer-widget').shadowRoot;
    const LIVE = '[aria-live]:not([aria-live=off]), [role=status], [role=alert], [role=log]';
    const seen = new Map();
    const text = (el) => el.textContent.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();
    for (const el of root.querySelectorAll(LIVE)) seen.set(el, text(el));
    const log = [];
    const scan = () => {
      for (const el of root.querySelectorAll(LIVE)) {
        const now = text(el);
        if (seen.get(el) !== now && now) log.push({ kind: 'live', text: now });
        seen.set(el, now);
      }
    };
    new MutationObserver(scan).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    root.addEventListener('focusin', (e) => {
      const el = e.composedPath()[0];
      log.push({ kind: 'focus', text: `${el.tagName.toLowerCase()}: ${text(el).slice(0, 60)}` });
    });
    window.__announcements = { take: () => log.splice(0) };
  });
  return {
    take: async () => {
      await page.waitForTimeout(300);
      return page.evaluate(() => window.__announcements.take());
    },
  };
}

/** Chromium's full accessibility tree (shadow DOM included), via the DevTools protocol. */
async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const prop = (n, name) => n.properties?.find((p) => p.name === name)?.value?.value;
  return nodes.filter((n) => !n.ignored).map((n) => ({
    role: n.role?.value,
    name: clean(n.name?.value),
    description: clean(n.description?.value),
    level: prop(n, 'level'),
    required: prop(n, 'required'),
    invalid: prop(n, 'invalid'),
  }));
}

/** The widget's landmarks (the host page has its own), from its ARIA snapshot. */
const landmarksOf = async (page) => (await widget(page).locator('.wegwijzer').ariaSnapshot())
  .split('\n').map((l) => l.trim())
  .filter((l) => /^- (banner|complementary|contentinfo|form|main|navigation|region|search)\b/.test(l));

test('language list: arrow keys change nothing, the button applies the choice (WCAG 3.2.2)', async () => {
  const { context, page, log } = await openPage();
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  const w = widget(page);
  const before = await screen(page);
  await w.locator('#ww-language').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.waitForTimeout(800);
  const picked = await w.locator('#ww-language').inputValue();
  assert.equal(picked, 'ar', 'two arrows down from Nederlands, via English');
  assert.equal(await w.locator('.wegwijzer').getAttribute('lang'), 'nl', 'the widget stays Dutch');
  assert.equal(await w.locator('.wegwijzer').getAttribute('dir'), 'ltr', 'and is not mirrored');
  assert.equal(await screen(page), before);
  assert.equal((await activeElement(page)).id, 'ww-language', 'focus stays on the list');
  // Confirm: Tab to the button, Enter.
  const button = await tabTo(page, (a) => a.tag === 'button', 2);
  assert.equal(clean(button.text), clean(message('language-apply')));
  await page.keyboard.press('Enter');
  await w.locator('.wegwijzer[lang=ar]').waitFor({ timeout: 8000 });
  assert.equal(await w.locator('.wegwijzer').getAttribute('dir'), 'rtl');
  await page.waitForFunction(() => {
    const h = document.querySelector('wegwijzer-widget').shadowRoot.querySelector('#ww-question-heading');
    return h && h.textContent.replace(/[\u2068\u2069]/g, '').trim() !== '';
  });
  assert.equal(await screen(page), `question:${clean(questionText('topic', false, 'ar'))}`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('one announcement per change: a step, a refused answer, an advice', async () => {
  const { context, page } = await openPage();
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  const w = widget(page);
  const rec = await recorder(page);

  // Only what the widget does counts, not the resident's own ticks and focus: tick,
  // focus "Volgende", forget that, then press Enter.
  const submit = async () => {
    await w.locator('form button[type=submit]').focus();
    await rec.take();
    await page.keyboard.press('Enter');
  };
  let before = await screen(page);
  await w.locator('#ww-opt-money').check();
  await submit();
  await waitForNewScreen(page, before);
  let said = await rec.take();
  assert.deepEqual(said, [{ kind: 'focus', text: `h2: ${clean(questionText('debt-threat'))}`.slice(0, 64) }],
    `a step: focus on the heading only, no live region repeating it: ${JSON.stringify(said)}`);

  await submit();
  await w.locator('.wegwijzer-error-summary').waitFor();
  said = await rec.take();
  assert.equal(said.length, 1, `a refused answer: the focused summary only (no alert too): ${JSON.stringify(said)}`);
  assert.equal(said[0].kind, 'focus');
  assert.match(said[0].text, /^div: /);

  before = await screen(page);
  await w.locator('#ww-opt-yes').check();
  await submit();
  await waitForNewScreen(page, before);
  said = await rec.take();
  assert.equal(said.length, 1, `an advice: its heading only: ${JSON.stringify(said)}`);
  assert.equal(said[0].kind, 'focus');
  assert.match(said[0].text, /^h2: /);
  await context.close();
});

test('accessibility tree: error and hints are said once; required radios; glyphs not in names', async () => {
  const { context, page } = await openPage();
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  const w = widget(page);
  await w.locator('form button[type=submit]').click();
  await w.locator('.wegwijzer-error-summary').waitFor();
  const error = clean(message('error-required'));
  let tree = await axTree(page);
  const boxes = tree.filter((n) => n.role === 'checkbox' && n.name !== clean(message('helper-toggle')));
  assert.equal(boxes.length, 11);
  for (const b of boxes) {
    assert.ok(!b.description.includes(error), `${b.name}: the error is not repeated per option (“${b.description}”)`);
    assert.equal(b.description, '', `${b.name}: its hint is in its name, not also its description`);
  }
  const money = boxes.find((b) => b.name.startsWith(clean(message('option-topic-money'))));
  assert.ok(money.name.includes(clean(message('option-topic-money', 'nl', 'hint'))), `hint in the name: ${money.name}`);
  const group = tree.find((n) => n.role === 'group' && n.name === clean(questionText('topic')));
  assert.ok(group.description.includes(error), `the group carries the error once: “${group.description}”`);
  assert.ok(!tree.some((n) => n.role === 'alert'), 'the focused summary is not also an alert');

  // The crisis strip's title is a heading at level 2, naming its landmark.
  const title = clean(message('crisis-heading'));
  assert.ok(tree.some((n) => n.role === 'heading' && n.name === title && n.level === 2), 'crisis title heading');
  assert.ok(tree.some((n) => n.role === 'complementary' && n.name === title));

  await doStep(page, { answer: 'topic', input: { choices: ['money'] } });
  tree = await axTree(page);
  const radios = tree.filter((n) => n.role === 'radio');
  assert.equal(radios.length, 2);
  const radiogroup = tree.find((n) => n.role === 'radiogroup' && n.name === clean(questionText('debt-threat')));
  assert.equal(radiogroup?.required, true, 'a required question says so, on its group');
  assert.ok(radios.every((r) => r.invalid !== 'true'), 'and nothing is invalid before an answer');
  const back = tree.find((n) => n.role === 'button' && n.name.includes(clean(message('button-back'))));
  assert.equal(back.name, clean(message('button-back')), 'no arrow glyph in the name');
  const glyphs = tree.filter((n) => /^[()‹›]$/.test(n.name));
  assert.deepEqual(glyphs, [], 'no decorative glyph is read');
  const free = tree.filter((n) => n.name === clean(message('phone-free')));
  assert.ok(free.length > 0, '"gratis" is read, without its parentheses');
  await context.close();
});

test('Enter on a checkbox does not submit; Space ticks', async () => {
  const { context, page } = await openPage();
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  const w = widget(page);
  await w.locator('#ww-opt-money').focus();
  await page.keyboard.press('Space');
  assert.equal(await w.locator('#ww-opt-money').isChecked(), true);
  const before = await screen(page);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(800);
  assert.equal(await screen(page), before, 'still the first question');
  assert.equal(await w.locator('#ww-opt-money').isChecked(), true);
  assert.equal(await w.locator('.wegwijzer-error-summary').count(), 0);
  await context.close();
});

test('ticking the exclusive option says which ticks went off, and the reverse', async () => {
  const { context, page } = await openPage();
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  const w = widget(page);
  const status = w.locator('form ~ [role=status]');
  assert.equal(await status.textContent(), '');
  await w.locator('#ww-opt-money').check();
  await w.locator('#ww-opt-home').check();
  assert.equal(await status.textContent(), '', 'a plain tick is not announced (the checkbox says it)');
  await w.locator('#ww-opt-dont-know').check();
  assert.equal(await w.locator('#ww-opt-money').isChecked(), false);
  assert.equal(clean(await status.textContent()), clean(message('choice-others-off')));
  await w.locator('#ww-opt-money').check();
  assert.equal(await w.locator('#ww-opt-dont-know').isChecked(), false);
  const label = clean(message('option-topic-dont-know'));
  assert.equal(clean(await status.textContent()), clean(message('choice-exclusive-off')).replace('{ $option }', label));
  await w.locator('#ww-opt-home').check();
  assert.equal(await status.textContent(), '', 'said once, then cleared');
  await context.close();
});

test('the character count is announced near the limit only', async () => {
  const { context, page } = await openPage();
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  const w = widget(page);
  await doStep(page, { answer: 'topic', input: { choices: ['home'] } });
  await doStep(page, { answer: 'home-need', input: { choice: 'household' } });
  const area = w.locator('textarea');
  const status = w.locator('form ~ [role=status]');
  const count = w.locator('.wegwijzer-count');
  assert.equal(await count.getAttribute('aria-live'), null, 'the visible count is not live');
  const max = Number((await count.textContent()).match(/\d+/)[0]);
  const at = async (n) => { await area.fill('a'.repeat(n)); return clean(await status.textContent()); };
  assert.equal(await at(1), '', 'typing is not interrupted');
  assert.equal(await at(max - 51), '');
  assert.match(await at(max - 50), /50/);
  assert.equal(await at(max - 49), '');
  assert.match(await at(max - 20), /20/);
  assert.match(await at(max), /\b0\b|nog 0|geen/);
  assert.match(await at(max + 1), /1/);
  assert.equal(await at(max + 2), '');
  await context.close();
});

test('a few landmarks on an advice, and headings of the two "what fits" questions differ', async () => {
  const { context, page } = await openPage();
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  await doStep(page, { answer: 'topic', input: { choices: ['home'] } });
  await doStep(page, { answer: 'home-need', input: { choice: 'household' } });
  await doStep(page, { answer: 'own-words', input: { skip: true } });
  await doStep(page, { answer: 'postcode', input: { postcode: '9991 AB', 'house-number': '12' } });
  await widget(page).locator('#ww-advice-heading').waitFor();
  const landmarks = await landmarksOf(page);
  assert.ok(landmarks.length <= 3, `landmarks: ${landmarks.join(', ')}`);
  assert.ok(landmarks.some((l) => l.startsWith('- complementary')), 'the crisis strip');
  for (const lang of ['nl', 'en', 'ar', 'tr', 'pl', 'uk', 'fy']) {
    for (const helper of [false, true]) {
      assert.notEqual(clean(questionText('income-situation', helper, lang)), clean(questionText('health-need', helper, lang)), `${lang} helper=${helper}`);
    }
  }
  await context.close();
});
