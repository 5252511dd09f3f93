// A hand-made compiled configuration is untrusted input: a `.wgw` edited to hold a
// `javascript:` quick-exit target or website, or a `data:` chat link, and sealed again
// with a correct checksum (it is not a signature), is refused when the widget decodes
// it. The fallback stays, the console says why, and no script from the file runs.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, openPage, closeBrowser, until, waitForQuestion, foreignRequests } from './harness.mjs';

after(closeBrowser);

/** The checksum of the compiled format: FNV-1a over little-endian 32-bit words, then
 *  the last few bytes (`checksum` in src/config/compiled.rs). */
function checksum(body) {
  let h = 0x811c9dc5;
  const step = (v) => { h = Math.imul((h ^ v) >>> 0, 0x01000193) >>> 0; };
  const words = body.length >> 2;
  for (let i = 0; i < words; i++) step(body.readUInt32LE(i * 4));
  for (let i = words * 4; i < body.length; i++) step(body[i]);
  return h;
}

/** `bytes` with the `nth` (from 0) occurrence of the text `from` replaced by `to`
 *  (padded to the same length, so every length prefix stays right), resealed with a
 *  matching checksum. */
function forge(bytes, replacements) {
  const out = Buffer.from(bytes);
  for (const [from, to, nth = 0] of replacements) {
    let at = -1;
    for (let i = 0; i <= nth; i++) at = out.indexOf(Buffer.from(from), at + 1);
    assert.ok(at > 0, `${from} is in the compiled file`);
    assert.ok(to.length <= from.length);
    Buffer.from(to.padEnd(from.length, 'x')).copy(out, at);
  }
  out.writeUInt32LE(checksum(out.subarray(9)), 5);
  return out;
}

const SCRIPT = 'javascript:top.__pwned=1//';
const forgeries = [
  {
    name: 'a javascript: quick-exit target and website',
    edits: [['https://www.weeronline.nl/', SCRIPT], ['https://www.voorbeeldgemeente.example/contact', SCRIPT]],
    reason: /its quick-exit url `javascript:top\.__pwned=1\/\/` is not allowed/,
  },
  {
    name: 'a javascript: website',
    // The gemeente's own desk: its website (the sources' pages are not in the file).
    edits: [['https://www.voorbeeldgemeente.example/contact', SCRIPT]],
    reason: /its website `javascript:top\.__pwned=1\/\/x*` is not allowed/,
  },
  {
    name: 'a data: chat link',
    // De Kindertelefoon: its website comes first, then its chat page.
    edits: [['https://www.kindertelefoon.nl', 'data:text/html,<script>', 1]],
    reason: /its chat url `data:text\/html,/,
  },
];

const wegwijzerErrors = (log) => log.console.filter((m) => m.type === 'error' && m.text.includes('wegwijzer')).map((m) => m.text);

for (const { name, edits, reason } of forgeries) {
  test(`a compiled file with ${name} is refused: fallback, a logged reason, no script`, async () => {
    const { context, page, log } = await openPage();
    let forged = false;
    await page.route('**/voorbeeldgemeente.wgw', async (route) => {
      const body = await (await route.fetch()).body();
      forged = true;
      await route.fulfill({ status: 200, contentType: 'application/octet-stream', body: forge(body, edits) });
    });
    await page.goto(BASE + '/');
    const said = () => wegwijzerErrors(log).some((e) => /compiled configuration .*voorbeeldgemeente\.wgw cannot be used: /.test(e) && reason.test(e));
    assert.ok(await until(page, said), `the reason is logged: ${JSON.stringify(wegwijzerErrors(log))}`);
    assert.ok(forged, 'the forged file was served');
    const widget = page.locator('wegwijzer-widget');
    assert.match(await widget.textContent(), /14 0999/, 'the fallback with the phone number stays');
    assert.equal(await page.evaluate(() => document.querySelector('wegwijzer-widget').shadowRoot), null, 'no shadow root: nothing of the file is on screen');
    const hostile = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).filter((h) => /^\s*(javascript|data|vbscript):/i.test(h)));
    assert.deepEqual(hostile, [], 'no link from the file is on the page');
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script from the file ran');
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

/** A LEB128 number at `at`: [value, offset after it]. */
function leb(bytes, at) {
  let n = 0;
  for (let shift = 0; ; shift += 7) {
    const b = bytes[at++];
    n |= (b & 0x7f) << shift;
    if (!(b & 0x80)) return [n, at];
  }
}

/** The compiled file with `gemeente.overlays` set to `{ lang: [path] }`, resealed. The
 *  overlays are the last field of the gemeente, after the quick-exit url, the postcode
 *  ranges and three one-byte fields (storage, quick-exit, share-crisis-advice). */
function withOverlay(bytes, lang, path) {
  const exit = Buffer.from('https://www.weeronline.nl/');
  let at = bytes.indexOf(exit) + exit.length;
  let ranges;
  [ranges, at] = leb(bytes, at);
  for (let i = 0; i < 2 * ranges; i++) [, at] = leb(bytes, at);
  at += 3;
  assert.equal(bytes[at], 0, 'the default configuration has no overlays');
  const str = (s) => Buffer.concat([Buffer.from([Buffer.byteLength(s)]), Buffer.from(s)]);
  const map = Buffer.concat([Buffer.from([1]), str(lang), Buffer.from([1]), str(path)]);
  const out = Buffer.concat([bytes.subarray(0, at), map, bytes.subarray(at + 1)]);
  out.writeUInt32LE(checksum(out.subarray(9)), 5);
  return out;
}

test('an overlay on another site is not fetched: the widget says why and works in its own words', async () => {
  const { context, page, log } = await openPage();
  await page.route('**/voorbeeldgemeente.wgw', async (route) => {
    const body = await (await route.fetch()).body();
    await route.fulfill({ status: 200, contentType: 'application/octet-stream', body: withOverlay(body, 'nl', 'https://overlay.example/nl.ftl') });
  });
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  const warned = () => log.console.some((m) => /wegwijzer: overlay for `nl` not loaded: https:\/\/overlay\.example\/nl\.ftl is on another site; not fetched/.test(m.text));
  assert.ok(await until(page, warned), `the refusal is logged: ${JSON.stringify(log.console.map((m) => m.text))}`);
  assert.deepEqual(log.requests.filter((u) => u.includes('overlay.example')), [], 'no request to the other site');
  assert.deepEqual(foreignRequests(log), []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('an overlay next to the configuration is still fetched', async () => {
  const { context, page, log } = await openPage();
  await page.route('**/voorbeeldgemeente.wgw', async (route) => {
    const body = await (await route.fetch()).body();
    await route.fulfill({ status: 200, contentType: 'application/octet-stream', body: withOverlay(body, 'nl', 'overlays/nl.ftl') });
  });
  await page.route('**/overlays/nl.ftl', (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: 'question-topic = Waar gaat het om? (overlay)\n' }));
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  assert.ok(await until(page, () => log.requests.some((u) => u === BASE + '/overlays/nl.ftl')), 'the overlay was requested');
  assert.ok(!log.console.some((m) => /another site/.test(m.text)), 'not refused');
  assert.deepEqual(log.errors, []);
  await context.close();
});
