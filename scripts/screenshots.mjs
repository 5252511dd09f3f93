// Regenerates docs/screenshots/<screen>-<width>[-<lang>].png: every screen type at
// 320 and 1280 px, the first question and an advice in Arabic, and forced colours.
// Each image is clipped to the widget element to keep files small.
//   node scripts/screenshots.mjs [--base http://127.0.0.1:8097]   (see scripts/screenshots)
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
if (args.includes('--base')) process.env.E2E_BASE = args[args.indexOf('--base') + 1];
const h = await import('../tests/e2e/harness.mjs');
const dir = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
mkdirSync(dir, { recursive: true });

const written = [];
async function shot(page, name) {
  const file = `${dir}${name}.png`;
  await page.evaluate(() => document.activeElement?.blur?.()); // no focus ring in pictures
  // A full-element capture scrolls the page; a sticky "Snel weg" bar would be caught
  // half-way down. Pin it in place for the picture only. The capture also does not
  // scroll through the advice, so sections with `content-visibility: auto` (drawn when
  // a resident scrolls near them) are drawn up front for the picture.
  await page.evaluate(() => {
    const root = document.querySelector('wegwijzer-widget')?.shadowRoot;
    if (root && !root.__shotStatic) {
      // A constructable sheet: the demo page's CSP forbids injected <style> elements.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.wegwijzer-quick-exit { position: static !important; } * { content-visibility: visible !important; }');
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      root.__shotStatic = true;
    }
  });
  await h.widget(page).screenshot({ path: file, animations: 'disabled' });
  written.push(name);
}

async function restart(page) {
  const w = h.widget(page);
  if (await w.locator('.wegwijzer-answers').count()) {
    await w.locator('.wegwijzer-answers > .wegwijzer-button').click();
    await w.locator('.wegwijzer-answers').waitFor({ state: 'detached' });
  }
}

async function open(width, path = '/', opts = {}) {
  const p = await h.openPage({ width, height: 900, ...opts });
  await p.page.goto(h.BASE + path);
  await h.waitForQuestion(p.page);
  return p;
}

for (const width of [320, 1280]) {
  const { context, page } = await open(width);
  const w = h.widget(page);
  const step = (answer, input) => h.doStep(page, { answer, input });
  await shot(page, `first-question-${width}`);
  await w.locator('form button[type=submit]').click();
  await w.locator('.wegwijzer-error-summary').waitFor();
  await shot(page, `error-summary-${width}`);
  await step('topic', { choices: ['home'] });
  await shot(page, `follow-up-choice-${width}`);
  await step('home-need', { choice: 'household' });
  await shot(page, `own-words-${width}`);
  await step('own-words', { text: 'Dat ik weer zelf kan koken.' });
  await shot(page, `postcode-${width}`);
  await step('postcode', { postcode: '9991 AB', 'house-number': '12' });
  await shot(page, `advice-${width}`);
  await page.emulateMedia({ media: 'print' });
  await shot(page, `handover-note-${width}`);
  await page.emulateMedia({ media: 'screen' });
  await restart(page);
  await step('topic', { choices: ['money'] });
  await shot(page, `yes-no-${width}`);
  await restart(page);
  await h.runFlow(page, h.flow('row08-unsafe-at-home'));
  await shot(page, `advice-crisis-${width}`);
  await restart(page);
  await h.runFlow(page, h.flow('row10-several-problems'));
  await shot(page, `several-problems-${width}`);
  await restart(page);
  await h.runFlow(page, h.flow('several-money-children-child-unsafe'));
  await shot(page, `several-crisis-wins-${width}`);
  await restart(page);
  await h.runFlow(page, h.flow('young-carer'));
  await shot(page, `young-carer-${width}`);
  await restart(page);
  await h.runFlow(page, h.flow('postcode-outside-gemeente'));
  await shot(page, `outside-gemeente-${width}`);
  await restart(page);
  await h.runFlow(page, h.flow('helper-mode'));
  await shot(page, `helper-mode-advice-${width}`);
  await context.close();
}

for (const width of [320, 1280]) {
  const { context, page } = await open(width, '/test/ar.html');
  await shot(page, `first-question-${width}-ar`);
  await h.runFlow(page, h.flow('row03-debt-urgent'), { lang: 'ar' });
  await shot(page, `advice-${width}-ar`);
  await context.close();
}

{
  const { context, page } = await open(1280, '/', { forcedColors: 'active' });
  await shot(page, 'forced-colors');
  await context.close();
}

await h.closeBrowser();
console.log(`screenshots: wrote ${written.length} files to docs/screenshots/`);
