// Theming: the widget takes NL Design System tokens from a host page that defines them
// (here the real @utrecht/design-tokens package), and a gemeente can override any
// public --wegwijzer-* token.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, openPage, waitForQuestion, closeBrowser } from './harness.mjs';

after(closeBrowser);

const buttonColor = (page, nth) =>
  page.evaluate((nth) => {
    const root = document.querySelectorAll('wegwijzer-widget')[nth].shadowRoot;
    const next = [...root.querySelectorAll('button')].find((b) => /volgende/i.test(b.textContent));
    return getComputedStyle(next).backgroundColor;
  }, nth);

test('NL Design System tokens of the host page theme the widget', async () => {
  const themed = await openPage();
  await themed.page.goto(BASE + '/test/utrecht.html');
  await waitForQuestion(themed.page, 0);
  await waitForQuestion(themed.page, 1);
  // What the Utrecht theme says a primary button looks like, resolved by the browser.
  const expected = await themed.page.evaluate(() => {
    const probe = document.createElement('div');
    probe.style.backgroundColor = 'var(--utrecht-button-primary-action-background-color)';
    document.body.append(probe);
    const c = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return c;
  });
  assert.notEqual(expected, 'rgba(0, 0, 0, 0)', 'the Utrecht tokens are loaded');
  assert.equal(await buttonColor(themed.page, 0), expected, 'the widget uses the Utrecht button colour');
  assert.equal(await buttonColor(themed.page, 1), 'rgb(0, 120, 0)', 'a public token overrides the theme');

  const plain = await openPage();
  await plain.page.goto(BASE + '/');
  await waitForQuestion(plain.page);
  assert.notEqual(await buttonColor(plain.page, 0), expected, 'without the theme the default colour applies');
  await plain.context.close();
  await themed.context.close();
});
