// The benchmark's same-screens baseline (scripts/baseline/same-screens.js) is only a
// fair yardstick while it draws what the widget draws. This walks the benchmark's flow
// on both and compares every screen: same heading, about the same number of elements,
// and the same element kinds with the same classes. The timings themselves stay in
// scripts/bench (tests do not assert on speed).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, openPage, closeBrowser } from './harness.mjs';

after(closeBrowser);

// The benchmark's flow: tick the first choice, press "Volgende", until no form is left.
async function screens(path) {
  const { context, page, log } = await openPage({ bypassCSP: true });
  await page.goto(BASE + path);
  const root = () => document.querySelector('wegwijzer-widget, baseline-widget')?.shadowRoot;
  await page.waitForFunction(`(${root})()?.querySelector('h2')`);
  const out = [];
  for (let i = 0; i < 8; i++) {
    out.push(await page.evaluate(`(() => {
      const w = (${root})();
      const classes = new Set([...w.querySelectorAll('[class]')].flatMap((e) => [...e.classList].map((c) => e.localName + '.' + c)));
      return { heading: w.querySelector('h2').textContent.replace(/[\\u2068\\u2069]/g, '').trim(), elements: w.querySelectorAll('*').length, classes: [...classes].sort() };
    })()`));
    const before = out.at(-1).heading;
    const hasForm = await page.evaluate(`(() => {
      const f = (${root})().querySelector('form');
      if (!f) return false;
      const c = f.querySelector('input[type=radio], input[type=checkbox]');
      if (c) { c.checked = true; c.dispatchEvent(new Event('change', { bubbles: true })); c.dispatchEvent(new Event('input', { bubbles: true })); }
      [...f.querySelectorAll('button')].find((b) => /volgende/i.test(b.textContent)).click();
      return true;
    })()`);
    if (!hasForm) break;
    await page.waitForFunction(`(${root})().querySelector('h2').textContent.replace(/[\\u2068\\u2069]/g, '').trim() !== ${JSON.stringify(before)}`);
  }
  assert.deepEqual(log.errors, [], `no uncaught errors on ${path}`);
  await context.close();
  return out;
}

test('benchmark: the same-screens baseline draws the screens the widget draws', async () => {
  const widget = await screens('/');
  const baseline = await screens('/bench/same-screens.html');
  assert.ok(widget.length >= 3, 'the flow has at least two questions and an advice');
  assert.deepEqual(baseline.map((s) => s.heading), widget.map((s) => s.heading), 'same headings, screen by screen');
  widget.forEach((w, i) => {
    const b = baseline[i];
    const drift = Math.abs(b.elements - w.elements) / w.elements;
    assert.ok(drift <= 0.05, `screen ${i + 1}: ${b.elements} elements in the baseline vs ${w.elements} in the widget`);
    const missing = w.classes.filter((c) => !b.classes.includes(c));
    assert.deepEqual(missing, [], `screen ${i + 1}: classes the baseline does not draw`);
  });
});
