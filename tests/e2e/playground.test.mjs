// The webmaster playground: live validation with the widget's own core and a live
// preview; nothing leaves the page.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE, openPage, foreignRequests, closeBrowser } from './harness.mjs';

after(closeBrowser);

test('playground: valid config previews the widget; a typo is reported with a hint', async () => {
  const { context, page, log } = await openPage();
  await page.goto(BASE + '/playground.html');
  await page.getByText(/^Valid\./).waitFor({ timeout: 20000 });
  const heading = page.locator('#pg-widget wegwijzer-widget h2').first();
  await heading.waitFor({ timeout: 20000 });
  assert.match(await heading.textContent(), /\S/);

  // The compiled file for the website: made in the page, and what the widget reads.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#pg-download').click()]);
  assert.equal(download.suggestedFilename(), 'gemeente.wgw');
  const bytes = readFileSync(await download.path());
  assert.equal(bytes.subarray(0, 4).toString('latin1'), 'WGWC', 'a compiled configuration');
  const shipped = readFileSync(new URL('../../dist/voorbeeldgemeente.wgw', import.meta.url));
  assert.ok(bytes.equals(shipped), 'the same bytes as the compiled demo configuration');

  const editor = page.locator('#pg-config');
  const text = await editor.inputValue();
  await editor.fill(text.replace('"start": "topic"', '"start": "topik"'));
  await page.getByText(/\d+ errors?:/).waitFor({ timeout: 10000 });
  const findings = await page.locator('#pg-findings').textContent();
  assert.match(findings, /questionnaire\.start/);
  assert.match(findings, /did you mean `topic`/);
  assert.ok(await page.locator('#pg-download').isDisabled(), 'no compiled file of a broken configuration');
  // The last valid preview stays; the typo never reaches a widget.
  assert.match(await heading.textContent(), /\S/);
  assert.deepEqual(foreignRequests(log), []);
  assert.deepEqual(log.errors, []);
  await context.close();
});
