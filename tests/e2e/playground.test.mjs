// The webmaster playground: live validation with the widget's own core and a live
// preview; nothing leaves the page.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, openPage, foreignRequests, closeBrowser } from './harness.mjs';

after(closeBrowser);

test('playground: valid config previews the widget; a typo is reported with a hint', async () => {
  const { context, page, log } = await openPage();
  await page.goto(BASE + '/playground.html');
  await page.getByText(/^Valid\./).waitFor({ timeout: 20000 });
  const heading = page.locator('#pg-widget wegwijzer-widget h2').first();
  await heading.waitFor({ timeout: 20000 });
  assert.match(await heading.textContent(), /\S/);

  const editor = page.locator('#pg-config');
  const text = await editor.inputValue();
  await editor.fill(text.replace('"start": "topic"', '"start": "topik"'));
  await page.getByText(/\d+ errors?:/).waitFor({ timeout: 10000 });
  const findings = await page.locator('#pg-findings').textContent();
  assert.match(findings, /questionnaire\.start/);
  assert.match(findings, /did you mean `topic`/);
  // The last valid preview stays; the typo never reaches a widget.
  assert.match(await heading.textContent(), /\S/);
  assert.deepEqual(foreignRequests(log), []);
  assert.deepEqual(log.errors, []);
  await context.close();
});
