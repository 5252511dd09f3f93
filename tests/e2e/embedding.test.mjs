// Embedding: several instances keep their own state, a broken config leaves the
// fallback visible and explains itself in the console, and nothing is stored.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, openPage, waitForQuestion, foreignRequests, closeBrowser, recordWrites, until } from './harness.mjs';

after(closeBrowser);

const headingOf = (page, id) =>
  page.evaluate((id) => document.getElementById(id).shadowRoot.querySelector('h2').textContent.trim(), id);

test('two widgets on one page keep separate state', async () => {
  const { context, page, log } = await openPage();
  await page.goto(BASE + '/test/two.html');
  await waitForQuestion(page, 0);
  await waitForQuestion(page, 1);
  const before = await headingOf(page, 'b');
  const a = page.locator('#a');
  await a.locator('input[type=checkbox], input[type=radio]').first().check();
  await a.getByRole('button', { name: /volgende/i }).click();
  await page.waitForFunction((h) => document.getElementById('a').shadowRoot.querySelector('h2').textContent.trim() !== h, before);
  assert.notEqual(await headingOf(page, 'a'), before, 'widget a moved on');
  assert.equal(await headingOf(page, 'b'), before, 'widget b did not move');
  assert.deepEqual(log.errors, []);
  assert.deepEqual(foreignRequests(log), []);
  await context.close();
});

const wegwijzerErrors = (log) => log.console.filter((m) => m.type === 'error' && m.text.includes('wegwijzer')).map((m) => m.text);

test('a broken config keeps the fallback with the phone number visible and logs why', async () => {
  const { context, page, log } = await openPage();
  await page.goto(BASE + '/test/broken.html');
  // The full report comes from the checker module, loaded only on this failure path.
  const reported = () => wegwijzerErrors(log).filter((e) => /has \d+ problem\(s\)/.test(e)).length >= 2;
  await until(page, reported);
  for (const id of ['missing', 'not-json', 'invalid']) {
    const visible = await page.locator(`#${id} .fallback`).isVisible();
    assert.ok(visible, `fallback of #${id} is visible`);
    const text = await page.locator(`#${id} .fallback`).textContent();
    assert.match(text, /14 0999/);
  }
  const errors = wegwijzerErrors(log);
  assert.ok(errors.length >= 3, `every broken widget logs for the webmaster, got: ${JSON.stringify(errors)}`);
  assert.ok(errors.some((e) => /questionnaire|missing field|outcomes|directory/.test(e)), 'the validation error names what is missing');
  // Every problem in words, located, from the checker: the syntax error with its hint,
  // and each missing part of the invalid one on a line of its own.
  assert.ok(errors.some((e) => /\(inline\) \(line 1, column 3\): \(root\): invalid json: .*\n {2}hint: /.test(e)), `the syntax error is located, with a hint: ${JSON.stringify(errors)}`);
  for (const key of ['questionnaire', 'outcomes', 'directory']) {
    assert.ok(errors.some((e) => e.includes(`: ${key}: missing required key \`${key}\``)), `${key} is reported missing: ${JSON.stringify(errors)}`);
  }
  assert.ok(log.requests.some((u) => u.endsWith('/wegwijzer_playground_bg.wasm')), 'the checker module was loaded for the report');
  assert.deepEqual(log.errors, [], 'no uncaught exception: failures are handled');
  await context.close();
});

test('without the checker module a JSON config keeps the fallback and says what is missing', async () => {
  const { context, page, log } = await openPage();
  await page.route('**/wegwijzer_playground*', (route) => route.abort());
  await page.goto(BASE + '/test/broken.html');
  // The widget reads only compiled configurations; a JSON one needs the checker module.
  const done = () => wegwijzerErrors(log).filter((e) => /JSON configuration needs wegwijzer_playground\.js/.test(e)).length >= 2;
  const explained = await until(page, done);
  const errors = wegwijzerErrors(log);
  assert.ok(explained, `the missing checker is explained: ${JSON.stringify(errors)}`);
  assert.ok(errors.some((e) => /wegwijzer compile/.test(e)), `the way out is named: ${JSON.stringify(errors)}`);
  for (const id of ['not-json', 'invalid']) assert.ok(await page.locator(`#${id} .fallback`).isVisible(), `#${id} keeps its fallback`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a JSON config by URL is compiled by the checker module and works', async () => {
  const { context, page, log } = await openPage();
  await page.goto(BASE + '/test/json-config.html');
  await waitForQuestion(page);
  assert.ok(log.requests.some((u) => u.endsWith('/wegwijzer_playground_bg.wasm')), 'the checker module compiled it');
  assert.ok(log.console.some((m) => m.type === 'info' && /voorbeeldgemeente\.json is JSON.*wegwijzer compile/.test(m.text)), 'the webmaster learns that a compiled file starts faster');
  assert.deepEqual(wegwijzerErrors(log), []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a damaged compiled config keeps the fallback and says to compile again', async () => {
  const { context, page, log } = await openPage();
  // The demo's own compiled file, cut off in the middle as a broken upload would be.
  await page.route('**/voorbeeldgemeente.wgw', async (route) => {
    const body = await (await route.fetch()).body();
    await route.fulfill({ status: 200, contentType: 'application/octet-stream', body: body.subarray(0, body.length >> 1) });
  });
  await page.goto(BASE + '/');
  const said = () => wegwijzerErrors(log).some((e) => /compiled configuration .*voorbeeldgemeente\.wgw cannot be used: .*cut off.*compile the JSON again/.test(e));
  assert.ok(await until(page, said), `the reason is logged: ${JSON.stringify(wegwijzerErrors(log))}`);
  const fallback = page.locator('wegwijzer-widget');
  assert.match(await fallback.textContent(), /14 0999/);
  assert.equal(await page.evaluate(() => document.querySelector('wegwijzer-widget').shadowRoot), null, 'no shadow root: the fallback stays');
  assert.deepEqual(log.requests.filter((u) => /wegwijzer_playground/.test(u)), [], 'a compiled file never needs the checker');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('no cookies and no storage writes during a flow', async () => {
  const { context, page } = await openPage();
  await recordWrites(page);
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  const w = page.locator('wegwijzer-widget');
  await w.locator('input[type=checkbox], input[type=radio]').first().check();
  await w.getByRole('button', { name: /volgende/i }).click();
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__writes), []);
  assert.deepEqual(await context.cookies(), []);
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
  await context.close();
});

test('host CSS (Bootstrap) does not leak into the widget', async () => {
  const { context, page } = await openPage();
  await page.goto(BASE + '/test/bootstrap.html');
  await waitForQuestion(page);
  const plain = await openPage();
  await plain.page.goto(BASE + '/');
  await waitForQuestion(plain.page);
  const style = (p) => p.evaluate(() => {
    const b = document.querySelector('wegwijzer-widget').shadowRoot.querySelector('button[type=submit], button');
    const s = getComputedStyle(b);
    return { bg: s.backgroundColor, radius: s.borderTopLeftRadius, padding: s.paddingTop };
  });
  assert.deepEqual(await style(page), await style(plain.page), 'the submit button looks the same with and without Bootstrap');
  await plain.context.close();
  await context.close();
});

test('a config that never answers: after 10 s the fallback stays and the reason is logged', async () => {
  const { context, page, log } = await openPage();
  // The config request hangs forever (answered by nobody); everything else is served.
  await page.route('**/slow-config.json', () => {});
  await page.setContent(`<!doctype html><html lang="nl"><head><link rel="icon" href="data:,">
    <script type="module" src="${BASE}/wegwijzer.js"></script></head>
    <body><wegwijzer-widget config="${BASE}/slow-config.json"><p class="fallback">Bel 14 0999</p></wegwijzer-widget></body></html>`);
  await page.waitForFunction(() => true);
  const logged = () => log.console.some((m) => m.type === 'error' && /no answer within 10 seconds/.test(m.text));
  for (let i = 0; i < 30 && !logged(); i++) await page.waitForTimeout(500);
  assert.ok(logged(), `timeout logged: ${JSON.stringify(log.console)}`);
  assert.ok(await page.locator('.fallback').isVisible(), 'the fallback text is still visible');
  assert.equal(await page.evaluate(() => document.querySelector('wegwijzer-widget').shadowRoot), null);
  await context.close();
});

test('a widget module that never arrives: after 20 s the fallback stays and the reason is logged', async () => {
  const { context, page, log } = await openPage();
  // The WebAssembly download hangs forever (answered by nobody); everything else is served.
  await page.route('**/wegwijzer_core_bg.wasm', () => {});
  await page.setContent(`<!doctype html><html lang="nl"><head><link rel="icon" href="data:,">
    <script type="module" src="${BASE}/wegwijzer.js"></script></head>
    <body><wegwijzer-widget config="${BASE}/voorbeeldgemeente.wgw"><p class="fallback">Bel 14 0999</p></wegwijzer-widget></body></html>`);
  const logged = () => log.console.some((m) => m.type === 'error' && /did not arrive within 20 seconds/.test(m.text));
  for (let i = 0; i < 60 && !logged(); i++) await page.waitForTimeout(500);
  assert.ok(logged(), `timeout logged: ${JSON.stringify(log.console)}`);
  assert.ok(await page.locator('.fallback').isVisible(), 'the fallback text is still visible');
  assert.equal(await page.evaluate(() => document.querySelector('wegwijzer-widget').shadowRoot), null);
  await context.close();
});

test('an HTML page where the config should be (a soft 404): refused at once, no checker module downloaded', async () => {
  const { context, page, log } = await openPage();
  await page.route('**/soft-404.wgw', (route) => route.fulfill({
    status: 200, contentType: 'text/html', body: '<!doctype html><title>Pagina niet gevonden</title><h1>Oeps</h1>',
  }));
  await page.setContent(`<!doctype html><html lang="nl"><head><link rel="icon" href="data:,">
    <script type="module" src="${BASE}/wegwijzer.js"></script></head>
    <body><wegwijzer-widget config="${BASE}/soft-404.wgw"><p class="fallback">Bel 14 0999</p></wegwijzer-widget></body></html>`);
  const logged = () => log.console.some((m) => m.type === 'error' && /is not compiled nor JSON/.test(m.text));
  for (let i = 0; i < 40 && !logged(); i++) await page.waitForTimeout(250);
  assert.ok(logged(), `reason logged: ${JSON.stringify(log.console)}`);
  assert.ok(await page.locator('.fallback').isVisible(), 'the fallback text is still visible');
  assert.ok(!log.requests.some((u) => u.includes('wegwijzer_playground')), 'the checker module is not downloaded');
  await context.close();
});

test('under Trusted Types (require-trusted-types-for \'script\') the widget starts, and moving it renders it again', async () => {
  const { context, page, log } = await openPage();
  await page.route(BASE + '/', async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': "require-trusted-types-for 'script'; trusted-types 'none'" },
    });
  });
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  await page.evaluate(() => {
    const el = document.querySelector('wegwijzer-widget');
    const parent = el.parentNode;
    el.remove();
    parent.append(el);
  });
  await page.waitForTimeout(500);
  await waitForQuestion(page);
  const violations = log.console.filter((m) => /Trusted Type|TrustedHTML|TrustedScript/i.test(m.text));
  assert.deepEqual(violations, [], 'no Trusted Types violation');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('200 moves and 50 returns of the element keep one widget: no DOM nodes, listeners or wasm memory left behind', async () => {
  const { context, page } = await openPage();
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  const cdp = await context.newCDPSession(page);
  // The widget answered on question 1, so a remount would show as a fresh screen.
  await page.evaluate(() => {
    const box = document.querySelector('wegwijzer-widget').shadowRoot.querySelector('input[value="money"]');
    box.click();
  });
  const moves = (n) => page.evaluate((n) => {
    for (let i = 0; i < n; i++) {
      const el = document.querySelector('wegwijzer-widget');
      const parent = el.parentNode;
      el.remove(); // a CMS moving a block: out and back in one task
      parent.append(el);
    }
  }, n);
  const measure = async () => {
    await page.waitForTimeout(100);
    await cdp.send('HeapProfiler.collectGarbage');
    const counters = await cdp.send('Memory.getDOMCounters');
    const memory = await page.evaluate(async () => (await (await import('/wegwijzer_core.js')).default()).memory.buffer.byteLength);
    return { ...counters, memory };
  };
  // Taken out, a moment in which the page goes on, and put back.
  const returns = async (n) => {
    for (let i = 0; i < n; i++) {
      await page.evaluate(() => { window.__parked = document.querySelector('wegwijzer-widget'); window.__parent = window.__parked.parentNode; window.__parked.remove(); });
      await page.waitForTimeout(5);
      await page.evaluate(() => window.__parent.append(window.__parked));
    }
  };
  await moves(10);
  await returns(5);
  const before = await measure();
  await moves(200);
  await returns(50);
  const after = await measure();
  assert.ok(after.nodes - before.nodes < 50, `DOM nodes ${before.nodes} -> ${after.nodes}`);
  assert.ok(after.jsEventListeners - before.jsEventListeners <= 0, `listeners ${before.jsEventListeners} -> ${after.jsEventListeners}`);
  assert.equal(after.memory, before.memory, 'wasm memory did not grow');
  // Still the same widget, with its tick (a fresh mount would have lost it).
  assert.ok(await page.evaluate(() => document.querySelector('wegwijzer-widget').shadowRoot.querySelector('input[value="money"]').checked));
  await context.close();
});
