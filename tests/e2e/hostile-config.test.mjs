// A hand-made compiled configuration is untrusted input: a `.wgw` edited to hold a
// `javascript:` quick-exit target or website, or a `data:` chat link, and sealed again
// with a correct checksum (it is not a signature), is refused when the widget decodes
// it. The fallback stays, the console says why, and no script from the file runs.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, openPage, closeBrowser, until } from './harness.mjs';

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

/** `bytes` with the text `from` replaced by `to` (padded to the same length, so every
 *  length prefix stays right), resealed with a matching checksum. */
function forge(bytes, replacements) {
  const out = Buffer.from(bytes);
  for (const [from, to] of replacements) {
    const at = out.indexOf(Buffer.from(from));
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
    edits: [['https://www.voorbeeldgemeente.example/contact', SCRIPT]],
    reason: /its website `javascript:top\.__pwned=1\/\/x*` is not allowed/,
  },
  {
    name: 'a data: chat link',
    edits: [['https://www.kindertelefoon.nl', 'data:text/html,<script>top.__pwned=1</script>']],
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
    const hostile = await page.evaluate(() => [...document.querySelectorAll('[href]')].map((a) => a.getAttribute('href')).filter((h) => /^\s*(javascript|data|vbscript):/i.test(h)));
    assert.deepEqual(hostile, [], 'no link from the file is on the page');
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script from the file ran');
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}
