// Benchmark (not a test): bytes to the first question, time to the first question with
// the CPU throttled 4×, step latency (click "Volgende" → next question painted) and the
// JS heap after a full flow — for the widget and for a hand-written plain-JavaScript
// baseline of the same flow. Prints a table and writes bench-results.json.
//   node scripts/bench.mjs --base http://127.0.0.1:8098 [--runs 10]
import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const BASE = opt('--base', 'http://127.0.0.1:8098');
const RUNS = Number(opt('--runs', 10));
const THROTTLE = 4;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
    '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--enable-precise-memory-info'],
});

// Runs in the page: the widget's shadow root, its heading and its "next" button.
const PAGE_HELPERS = `
  window.__w = () => document.querySelector('wegwijzer-widget, baseline-widget')?.shadowRoot;
  window.__h = () => window.__w()?.querySelector('h2')?.textContent.trim() ?? null;
  window.__form = () => window.__w()?.querySelector('form');
  window.__fill = () => {
    const f = window.__form();
    if (!f) return false;
    const choice = f.querySelector('input[type=radio], input[type=checkbox]');
    if (choice) choice.checked = true, choice.dispatchEvent(new Event('change', { bubbles: true })), choice.dispatchEvent(new Event('input', { bubbles: true }));
    const pc = f.querySelector('input[autocomplete="postal-code"], input[name=postcode]');
    if (pc) { pc.value = '9991 AB'; pc.dispatchEvent(new Event('input', { bubbles: true })); }
    return true;
  };
  window.__next = () => [...window.__form().querySelectorAll('button')].find((b) => /volgende/i.test(b.textContent)) || window.__form().querySelector('button[type=submit]');
  window.__step = () => new Promise((resolve) => {
    const before = window.__h();
    const t0 = performance.now();
    window.__next().click();
    const check = () => (window.__h() !== before ? requestAnimationFrame(() => resolve(performance.now() - t0)) : requestAnimationFrame(check));
    check();
  });
`;

async function coldLoad(path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  await page.addInitScript(PAGE_HELPERS);
  await page.goto(BASE + path, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(() => (window.__h && window.__h() ? performance.now() : null), null, { polling: 'raf', timeout: 60000 });
  const firstQuestionMs = await handle.jsonValue();
  const bytesToFirst = bytes;
  const steps = [];
  for (let i = 0; i < 8; i++) {
    const hasForm = await page.evaluate(() => window.__fill());
    if (!hasForm) break;
    steps.push(await page.evaluate(() => window.__step()));
  }
  const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0);
  await context.close();
  return { bytesToFirst, firstQuestionMs, steps, heap };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN; };

async function measure(name, path) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await coldLoad(path));
  const stepAll = runs.flatMap((r) => r.steps);
  return {
    name,
    runs: RUNS,
    bytesToFirstQuestion: median(runs.map((r) => r.bytesToFirst)),
    timeToFirstQuestionMs: median(runs.map((r) => r.firstQuestionMs)),
    stepLatencyMs: median(stepAll),
    stepsPerFlow: median(runs.map((r) => r.steps.length)),
    heapAfterFlowBytes: median(runs.map((r) => r.heap)),
  };
}

const results = [await measure('wegwijzer (wasm)', '/'), await measure('plain JS baseline', '/bench/baseline.html')];
await browser.close();

const [w, b] = results;
const row = (label, f, unit) => `| ${label} | ${f(w)} ${unit} | ${f(b)} ${unit} | ${(Number(f(w)) / Number(f(b))).toFixed(2)}× |`;
console.log(`\nBenchmark: ${RUNS} cold loads each, CPU throttled ${THROTTLE}×, medians\n`);
console.log('| measure | wegwijzer | plain JS baseline | ratio |');
console.log('|---|---|---|---|');
console.log(row('bytes to the first question (transferred, brotli)', (r) => (r.bytesToFirstQuestion / 1024).toFixed(1), 'KB'));
console.log(row('time to the first question', (r) => r.timeToFirstQuestionMs.toFixed(0), 'ms'));
console.log(row('step latency (Volgende → next question painted)', (r) => r.stepLatencyMs.toFixed(1), 'ms'));
console.log(row('JS heap after a full flow', (r) => (r.heapAfterFlowBytes / 1024 / 1024).toFixed(2), 'MB'));
writeFileSync('bench-results.json', JSON.stringify({ date: new Date().toISOString(), throttle: THROTTLE, results }, null, 2));
console.log('\nwrote bench-results.json');
