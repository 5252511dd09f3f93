// Privacy on every route of the default configuration (all scenario fixtures): no
// request after the widget's own files, no cookie, no storage, and host-page events
// that carry config ids only, never answers, postcodes or the resident's own words.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE, CONFIG, CONFIG_IDS, openPage, waitForQuestion, closeBrowser, loadFlows, runFlow, widget, screen,
  recordEvents, recordWrites, adviceOnScreen, outcomeHeading, questionText, clean,
} from './harness.mjs';

after(closeBrowser);

const SECRET = 'GEHEIM-123';
// The widget's own files: nothing else may ever be requested.
const OWN = /^\/(|index\.html|demo\.css|wegwijzer\.js|wegwijzer_speech\.js|wegwijzer_glossary\.js|wegwijzer_later\.css|wegwijzer_core\.js|wegwijzer_core_bg\.wasm|voorbeeldgemeente\.wgw|locales\/[a-z/]+\.ftl)$/;

/** The fixture with the secret mixed into every own-words answer. */
function withSecret(f) {
  return {
    ...f,
    steps: f.steps.map((s) => (s.input && 'text' in s.input ? { ...s, input: { text: `${SECRET} ${s.input.text}` } } : s)),
  };
}

const compact = (pc) => pc.replace(/\s+/g, '').toUpperCase();

const PUBLIC = new Set(CONFIG.gemeente['public-events']);
const SENSITIVE_OUTCOMES = new Set(CONFIG.outcomes.filter((o) => (o.urgency ?? 'normal') !== 'normal').map((o) => o.id));
const SENSITIVE_QUESTIONS = new Set(CONFIG.questionnaire.questions.filter((q) => q.sensitive).map((q) => q.id));

/** The advice event the widget must send: the id only where the gemeente made it public. */
const expected = (key, id) => JSON.stringify(PUBLIC.has(id) ? { [key]: id } : {});

test('every route: no foreign request, no storage, events name only public ids, never a sensitive one', async () => {
  assert.ok(PUBLIC.size > 0 && [...PUBLIC].every((id) => !SENSITIVE_OUTCOMES.has(id) && !SENSITIVE_QUESTIONS.has(id)));
  const flows = loadFlows();
  assert.ok(flows.length >= 43, `every scenario fixture (found ${flows.length})`);
  const { context, page, log } = await openPage();
  await recordEvents(page);
  await recordWrites(page);
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  // The complete Dutch words follow the first question (ADR 0011): part of loading.
  for (let i = 0; i < 50 && !log.requests.some((u) => u.endsWith('/locales/nl/flow.ftl')); i++) {
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(200);
  const loaded = log.requests.length;
  const w = widget(page);
  const postcodes = new Set();
  const links = [];

  for (const f of flows.map(withSecret)) {
    if (await w.locator('.wegwijzer-answers').count()) {
      await w.locator('.wegwijzer-answers > .wegwijzer-button').click();
      await w.locator('.wegwijzer-answers').waitFor({ state: 'detached' });
    }
    await page.evaluate(() => { window.__events.length = 0; });
    for (const s of f.steps) if (s.input?.postcode) postcodes.add(compact(s.input.postcode));
    const end = await runFlow(page, f);
    const events = await page.evaluate(() => window.__events);
    const last = events.at(-1);
    if (f.expect.outcome) {
      assert.equal(end, `advice:${clean(outcomeHeading(f.expect.outcome, 'nl', !!f.helper))}`, f.name);
      assert.deepEqual(last, { type: 'wegwijzer:advice', detail: expected('outcome', f.expect.outcome) }, f.name);
      assert.ok((await adviceOnScreen(page)).heading);
      const share = w.locator('.wegwijzer-handover button[aria-expanded]');
      if (f.expect.urgency === 'crisis') {
        // No share link on crisis advice (the default config does not opt in).
        assert.equal(await share.count(), 0, `${f.name}: no share link on crisis advice`);
      } else {
        await share.click();
        links.push({ name: f.name, link: await w.locator('#ww-share-link').inputValue() });
      }
    } else {
      assert.equal(end, `question:${questionText(f.expect.question)}`, f.name);
      assert.equal(last.type, 'wegwijzer:step', f.name);
      assert.deepEqual(JSON.parse(last.detail).step, PUBLIC.has(f.expect.question) ? f.expect.question : undefined, f.name);
      assert.ok(JSON.parse(last.detail).number >= 2, `${f.name}: ${last.detail}`);
    }
    for (const e of events) {
      const detail = JSON.parse(e.detail);
      const key = e.type === 'wegwijzer:step' ? 'step' : 'outcome';
      const allowed = e.type === 'wegwijzer:step' ? ['number', 'step'] : ['outcome'];
      assert.ok(Object.keys(detail).every((k) => allowed.includes(k)), `${f.name}: ${e.detail}`);
      if (key in detail) {
        assert.ok(PUBLIC.has(detail[key]), `${f.name}: ${detail[key]} is not a public event id`);
        assert.ok(CONFIG_IDS.has(detail[key]), `${f.name}: ${detail[key]} is a config id`);
      }
      assert.ok(!SENSITIVE_OUTCOMES.has(detail.outcome) && !SENSITIVE_QUESTIONS.has(detail.step), `${f.name}: sensitive id in ${e.detail}`);
      assert.ok(!e.detail.includes(SECRET), `${f.name}: own words in an event`);
      for (const pc of postcodes) assert.ok(!compact(e.detail).includes(pc), `${f.name}: postcode in an event`);
    }
  }

  // The postcode "9991 XB" (health-pc6-override) and the own words were typed.
  assert.ok(postcodes.has('9991XB'));
  const afterLoad = log.requests.slice(loaded);
  assert.deepEqual(afterLoad, [], 'no request at all while answering');
  for (const u of log.requests) {
    const url = new URL(u);
    assert.equal(url.origin, new URL(BASE).origin, `same origin: ${u}`);
    assert.match(url.pathname, OWN, `only the widget's own files: ${u}`);
    assert.equal(url.search, '', `no query: ${u}`);
  }
  for (const { name, link } of links) {
    assert.ok(link.startsWith(BASE + '/#wegwijzer='), `${name}: the state is in the fragment only: ${link}`);
    assert.ok(!link.includes(SECRET) && !link.includes('GEHEIM'), `${name}: own words in the share link`);
    const state = link.slice(link.indexOf('#'));
    for (const pc of postcodes) assert.ok(!state.includes(pc) && !state.includes(pc.slice(0, 4)), `${name}: postcode readable in the share link`);
    for (const id of CONFIG_IDS) if (id.length >= 4) assert.ok(!state.includes(id), `${name}: \`${id}\` readable in the share link`);
  }
  assert.deepEqual(await page.evaluate(() => window.__writes), [], 'no cookie, storage or IndexedDB writes');
  assert.deepEqual(await context.cookies(), []);
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
  assert.deepEqual(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)), []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('session-replay tools are told not to record the widget', async () => {
  const { context, page } = await openPage();
  await page.goto(BASE + '/');
  await waitForQuestion(page);
  const marks = await page.evaluate(() => {
    const el = document.querySelector('wegwijzer-widget');
    return { classes: [...el.classList], attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])) };
  });
  for (const c of ['rr-block', 'ph-no-capture', 'sentry-block', 'fs-exclude']) assert.ok(marks.classes.includes(c), c);
  for (const [name, value] of [['data-hj-suppress', ''], ['data-clarity-mask', 'true'], ['data-matomo-mask', ''], ['data-private', ''], ['data-dd-privacy', 'hidden']]) {
    assert.equal(marks.attrs[name], value, name);
  }
  await context.close();
});
