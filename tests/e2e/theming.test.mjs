// Theming: the widget takes NL Design System tokens from a host page that defines them
// (here the real @utrecht/design-tokens package), and a gemeente can override any
// public --wegwijzer-* token.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, openPage, waitForQuestion, closeBrowser, widget, runFlow, flow } from './harness.mjs';

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

// ---- Dark host themes (issue 19) ------------------------------------------------------

/**
 * Every visible text element in the widget with its contrast against the background it
 * is painted on (WCAG 2.1 formula; backgrounds composited up through the shadow root to
 * the page), and whether it counts as large text (24 px, or 18.66 px bold).
 */
function contrasts(page) {
  return page.evaluate(() => {
    const cv = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    // The canvas turns any CSS colour (rgb(), color(srgb …) from color-mix()) into bytes.
    const rgba = (c) => {
      cv.clearRect(0, 0, 1, 1);
      cv.fillStyle = 'rgba(0, 0, 0, 0)';
      cv.fillStyle = c;
      cv.fillRect(0, 0, 1, 1);
      const d = cv.getImageData(0, 0, 1, 1).data;
      return [d[0], d[1], d[2], d[3] / 255];
    };
    const over = (top, under) => top.slice(0, 3).map((v, i) => v * top[3] + under[i] * (1 - top[3]));
    const parent = (el) => el.parentElement ?? el.getRootNode().host ?? null;
    const background = (el) => {
      const layers = [];
      for (let e = el; e; e = parent(e)) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] === 1) break;
      }
      return layers.reverse().reduce((under, top) => over(top, under), [255, 255, 255]);
    };
    const lum = (c) => {
      const [r, g, b] = c.map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
    const root = document.querySelector('wegwijzer-widget').shadowRoot;
    const out = [];
    for (const el of root.querySelectorAll('*')) {
      const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.data).join('')
        .replace(/[\u2068\u2069]/g, '').trim();
      if (!own || !el.getClientRects().length || el.closest('.wegwijzer-visually-hidden, option')) continue;
      const s = getComputedStyle(el);
      if (s.visibility !== 'visible') continue;
      const bg = background(el);
      const size = parseFloat(s.fontSize);
      out.push({
        text: own.slice(0, 40),
        cls: (el.className?.baseVal ?? el.className) || el.tagName.toLowerCase(),
        in: el.closest('.wegwijzer-card, .wegwijzer-crisis, .wegwijzer-notice, .wegwijzer-choice')?.className ?? '',
        ratio: Math.round(ratio(over(rgba(s.color), bg), bg) * 100) / 100,
        large: size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700),
      });
    }
    return out;
  });
}

const lowContrast = (list) => list.filter((t) => t.ratio < (t.large ? 3 : 4.5));

test('dark NL Design System theme: every text on the question and the advice has enough contrast', async () => {
  const { context, page } = await openPage({ colorScheme: 'dark', height: 3000 });
  await page.goto(BASE + '/test/dark.html');
  await waitForQuestion(page);
  const w = widget(page);
  // The theme is dark: the host page and the widget's own background.
  const bg = await w.locator('.wegwijzer').evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(bg, 'rgb(38, 38, 38)', 'the Utrecht dark theme is active (grey-15)');

  // First question with a ticked tile (its own background) and the crisis strip.
  await w.locator('input[value="home"]').check();
  const first = await contrasts(page);
  assert.ok(first.some((t) => t.in.includes('wegwijzer-crisis')), 'the crisis strip is measured');
  assert.ok(first.some((t) => t.in.includes('wegwijzer-choice--checked') || t.in.includes('wegwijzer-choice')), 'the tiles are measured');
  assert.deepEqual(lowContrast(first), [], 'first question');

  // Advices with cards, the urgent notice and the crisis notice.
  let notices = 0;
  for (const name of ['row01-household', 'row03-debt-urgent', 'row07-mental-crisis']) {
    await page.goto(BASE + '/test/dark.html');
    await waitForQuestion(page);
    await runFlow(page, flow(name));
    // Every closed section open: the cards in them are measured too.
    for (const summary of await w.locator('details.wegwijzer-more > summary').all()) await summary.click();
    const list = await contrasts(page);
    assert.ok(list.some((t) => t.in.includes('wegwijzer-card')), `${name}: cards are measured`);
    notices += list.filter((t) => t.in.includes('wegwijzer-notice')).length;
    assert.deepEqual(lowContrast(list), [], name);
  }
  assert.ok(notices > 0, 'a notice was measured');
  await context.close();
});

// ---- Host root font size (issue 19) ---------------------------------------------------

test('a host with html { font-size: 62.5% } does not shrink the widget', async () => {
  const { context, page } = await openPage({ height: 3000 });
  await page.goto(BASE + '/test/small-root.html');
  await waitForQuestion(page);
  const w = widget(page);
  const measure = () => page.evaluate(() => {
    const root = document.querySelector('wegwijzer-widget').shadowRoot;
    const sizes = [];
    for (const el of root.querySelectorAll('*')) {
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.data.trim());
      if (!own || !el.getClientRects().length || el.closest('.wegwijzer-visually-hidden, option')) continue;
      sizes.push({ cls: String(el.className), size: parseFloat(getComputedStyle(el).fontSize) });
    }
    const body = parseFloat(getComputedStyle(root.querySelector('.wegwijzer')).fontSize);
    const targets = [...root.querySelectorAll('button, .wegwijzer-choice__label')]
      .filter((b) => b.getClientRects().length && !b.closest('.wegwijzer-visually-hidden'))
      .map((b) => ({ cls: String(b.className), h: b.getBoundingClientRect().height }));
    return { sizes, body, targets };
  });
  for (const screen of ['question', 'advice']) {
    if (screen === 'advice') {
      await runFlow(page, flow('row01-household'));
      for (const summary of await w.locator('details.wegwijzer-more > summary').all()) await summary.click();
    }
    const { sizes, body, targets } = await measure();
    assert.ok(body >= 16, `${screen}: body text ${body} px`);
    const small = sizes.filter((s) => s.size < 14);
    assert.deepEqual(small, [], `${screen}: no text under 14 px`);
    const sorted = sizes.map((s) => s.size).sort((a, b) => a - b);
    assert.ok(sorted[Math.floor(sorted.length / 2)] >= 16, `${screen}: most text is at least 16 px`);
    const tiny = targets.filter((t) => t.h < 40);
    assert.deepEqual(tiny, [], `${screen}: targets keep their size`);
  }
  await context.close();
});
