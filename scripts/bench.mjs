// Benchmark (not a test): bytes to the first question, time to the first question with
// the CPU throttled 4×, step latency (click "Volgende" → next question painted) and the
// JS heap after a full flow — for the widget and for two hand-written plain-JavaScript
// baselines of the same flow (scripts/baseline/: one drawing the same screens, one
// minimal). Next to these wall-clock figures it reports the renderer main thread's
// busy time (CDP Performance.getMetrics: TaskDuration, split into
// ScriptDuration / LayoutDuration / RecalcStyleDuration / other) up to the first question
// and per step, measured as thread CPU time, once with the CPU throttled and once
// unthrottled. Busy time excludes network waits and the time other processes hold the
// core, so it is far steadier than the wall clock on a loaded machine; use the
// unthrottled figure to compare builds. Last, a few traced loads of the widget count the
// WebAssembly functions V8 compiles on first call before the first question (it compiles
// lazily, on the main thread) and the thread time that takes. Prints three tables and
// writes bench-results.json.
//   node scripts/bench.mjs --base http://127.0.0.1:8092 [--runs 10] [--cpu-runs 20] [--throttle 4]
//                          [--latency MS --kbps N]   (network emulation for the throttled loads)
//                          [--js-flags V8FLAGS]      (analysis, e.g. --no-wasm-lazy-compilation)
import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const BASE = opt('--base', 'http://127.0.0.1:8092');
const RUNS = Number(opt('--runs', 10));
const THROTTLE = Number(opt('--throttle', 4));
// Optional network emulation for the throttled (wall-clock) loads, e.g. a slow mobile
// connection: --latency 150 --kbps 1600. Off by default (localhost), as issue 7 defines.
const LATENCY = Number(opt('--latency', 0));
const KBPS = Number(opt('--kbps', 0));
// For analysis only: V8 flags for the browser, e.g. --js-flags=--no-wasm-lazy-compilation
// to see how much of the widget's time is V8 compiling its functions on first call.
const JS_FLAGS = opt('--js-flags', '');
// Unthrottled loads are cheap (~0.3 s), so the CPU figures at 1× get twice the samples.
const CPU_RUNS = Number(opt('--cpu-runs', 2 * RUNS));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
    '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--enable-precise-memory-info', ...(JS_FLAGS ? [`--js-flags=${JS_FLAGS}`] : [])],
});

// Runs in the page: the widget's shadow root, its heading and its "next" button.
const PAGE_HELPERS = `
  window.__w = () => document.querySelector('wegwijzer-widget, baseline-widget')?.shadowRoot;
  window.__n = () => window.__w()?.querySelectorAll('*').length ?? 0;
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
  // Click → the frame that shows the next heading has been painted. Each frame's rAF
  // callbacks run before its paint, so: look in every frame's rAF; in the first one that
  // sees the new heading, a task queued from it runs after that paint. Looking only from
  // rAF (not right after the click) treats all pages alike, whether they redraw inside
  // the click handler (the baselines) or in a microtask just after it (yew).
  window.__step = () => new Promise((resolve) => {
    const before = window.__h();
    const t0 = performance.now();
    window.__next().click();
    const check = () => (window.__h() !== before ? setTimeout(() => resolve(performance.now() - t0)) : requestAnimationFrame(check));
    requestAnimationFrame(check);
  });
`;

async function coldLoad(path, rate) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  if (rate !== 1 && (LATENCY || KBPS)) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: LATENCY, downloadThroughput: KBPS ? (KBPS * 1000) / 8 : -1, uploadThroughput: -1,
    });
  }
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  await page.addInitScript(PAGE_HELPERS);
  await page.goto(BASE + path, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(() => (window.__h && window.__h() ? performance.now() : null), null, { polling: 'raf', timeout: 60000 });
  const firstQuestionCpu = await busy(cdp);
  const firstQuestionMs = await handle.jsonValue();
  const bytesToFirst = bytes;
  const elements = [await page.evaluate(() => window.__n())];
  const steps = [];
  const stepCpu = [];
  for (let i = 0; i < 8; i++) {
    const hasForm = await page.evaluate(() => window.__fill());
    if (!hasForm) break;
    const before = await busy(cdp);
    steps.push(await page.evaluate(() => window.__step()));
    const after = await busy(cdp);
    stepCpu.push(Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - before[k]])));
    elements.push(await page.evaluate(() => window.__n()));
  }
  const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0);
  await context.close();
  return { bytesToFirst, firstQuestionMs, steps, heap, firstQuestionCpu, stepCpu, elements };
}

// Cumulative busy time of the renderer main thread since Performance.enable (sent
// before the navigation, so it covers the whole load), in ms of thread CPU time (timeDomain
// 'threadTicks': time the thread was descheduled by other processes does not count).
// The harness's own DevTools commands are left out; "other" is Chromium's
// TaskOtherDuration (parsing, paint, compositing set-up, task overhead). The in-page
// requestAnimationFrame polling for the next heading stays in (a small, equal cost for
// widget and baseline).
async function busy(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value * 1000]));
  return { task: m.TaskDuration - m.DevToolsCommandDuration, script: m.ScriptDuration, layout: m.LayoutDuration, style: m.RecalcStyleDuration, other: m.TaskOtherDuration };
}
// V8 compiles a WebAssembly function when it is first called, on the main thread
// (trace event wasm.CompileLazy, with its func_index). Counts the distinct functions
// compiled before the first question and their thread time, over unthrottled cold
// loads (the trace itself slows the page, so no other figure comes from these loads).
async function lazyCompilation(path, loadsCount) {
  const per = [];
  for (let i = 0; i < loadsCount; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const events = [];
    cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { categories: 'v8.wasm', transferMode: 'ReportEvents' });
    await page.addInitScript(PAGE_HELPERS);
    await page.goto(BASE + path, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__h && window.__h(), null, { polling: 'raf', timeout: 60000 });
    await cdp.send('Tracing.end');
    await complete;
    await context.close();
    const compiles = events.filter((e) => e.name === 'wasm.CompileLazy' && e.ph === 'X');
    per.push({
      functions: new Set(compiles.map((e) => e.args?.func_index)).size,
      threadMs: compiles.reduce((a, e) => a + (e.tdur ?? e.dur ?? 0), 0) / 1000,
    });
  }
  return { loads: loadsCount, functions: median(per.map((x) => x.functions)), threadMs: median(per.map((x) => x.threadMs)) };
}

const CPU_KEYS = ['task', 'script', 'layout', 'style', 'other'];
const medianOf = (xs) => Object.fromEntries(CPU_KEYS.map((k) => [k, median(xs.map((x) => x[k]))]));
// The steps of one flow differ in cost (a choice question vs the postcode screen), so a
// median over all steps flips between them; average per flow, then take the median.
const perStep = (r) => Object.fromEntries(CPU_KEYS.map((k) => [k, r.stepCpu.reduce((a, c) => a + c[k], 0) / r.stepCpu.length]));

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN; };

// Loads every page in turn, round after round (throttled and unthrottled interleaved),
// so a change in the machine's state during the run hits all pages alike.
async function loadAll(pages) {
  const loads = pages.map(() => ({ runs: [], fast: [] }));
  for (let i = 0; i < Math.max(RUNS, CPU_RUNS); i++) {
    for (const [p, [, path]] of pages.entries()) {
      if (i < RUNS) loads[p].runs.push(await coldLoad(path, THROTTLE));
      if (i < CPU_RUNS) loads[p].fast.push(await coldLoad(path, 1));
    }
  }
  return { results: pages.map(([name], p) => summarise(name, loads[p].runs, loads[p].fast)), loads };
}

// Round by round, the widget's figure over a baseline's from the same round, then the
// median: pairs taken minutes apart share the machine's state, so this ratio is steadier
// than the ratio of two medians.
function pairedRatios(loads, b) {
  const w = loads[0];
  const mean = (xs) => xs.reduce((a, c) => a + c, 0) / xs.length;
  const pairs = (f, runs) => median(w[runs].map((r, i) => f(r) / f(loads[b][runs][i])));
  return {
    timeToFirstQuestion: pairs((r) => r.firstQuestionMs, 'runs'),
    stepLatency: pairs((r) => mean(r.steps), 'runs'),
    busyToFirstQuestion: pairs((r) => r.firstQuestionCpu.task, 'fast'),
    busyPerStep: pairs((r) => perStep(r).task, 'fast'),
  };
}

function summarise(name, runs, fast) {
  const stepAll = runs.flatMap((r) => r.steps);
  return {
    name,
    runs: RUNS,
    bytesToFirstQuestion: median(runs.map((r) => r.bytesToFirst)),
    timeToFirstQuestionMs: median(runs.map((r) => r.firstQuestionMs)),
    stepLatencyMs: median(stepAll),
    stepsPerFlow: median(runs.map((r) => r.steps.length)),
    // Elements in the shadow root on each screen of the flow (first run): the baselines
    // are only a fair yardstick while they draw what the widget draws.
    elementsPerScreen: runs[0].elements,
    heapAfterFlowBytes: median(runs.map((r) => r.heap)),
    // Main-thread busy time, thread CPU ms, unthrottled and throttled; medians per
    // component, so the parts need not add up exactly to the median total.
    busyToFirstQuestionMs: medianOf(fast.map((r) => r.firstQuestionCpu)),
    busyPerStepMs: medianOf(fast.map(perStep)),
    busyToFirstQuestionThrottledMs: medianOf(runs.map((r) => r.firstQuestionCpu)),
    busyPerStepThrottledMs: medianOf(runs.map(perStep)),
    cpuRuns: CPU_RUNS,
    raw: {
      throttled: runs.map((r) => ({ firstQuestionMs: r.firstQuestionMs, stepsMs: r.steps, busyFirstMs: r.firstQuestionCpu.task, busyStepsMs: r.stepCpu.map((c) => c.task) })),
      unthrottled: fast.map((r) => ({ busyFirstMs: r.firstQuestionCpu.task, busyStepsMs: r.stepCpu.map((c) => c.task) })),
    },
  };
}

// The widget against two hand-written plain-JavaScript pages of the same flow: the
// same-screens baseline draws what the widget draws (same elements, classes, texts and
// stylesheet: the yardstick of issue 7's 1.5× target); the minimal baseline draws a bare
// form per question (no styles, no crisis numbers, no advice details), the floor.
const { results, loads } = await loadAll([
  ['wegwijzer (wasm)', '/'],
  ['plain JS, same screens', '/bench/same-screens.html'],
  ['plain JS, minimal', '/bench/baseline.html'],
]);
const lazy = await lazyCompilation('/', 5);
await browser.close();

const [w, b, m] = results;
const ratio = (f, r) => (Number(f(w)) / Number(f(r))).toFixed(2);
const row = (label, f, unit) => `| ${label} | ${f(w)} ${unit} | ${f(b)} ${unit} | ${ratio(f, b)}× | ${f(m)} ${unit} | ${ratio(f, m)}× |`;
const head = '| measure | wegwijzer | plain JS, same screens | ratio | plain JS, minimal | ratio |\n|---|---|---|---|---|---|';
const network = LATENCY || KBPS ? `, network ${LATENCY} ms latency${KBPS ? ` / ${KBPS} kbit/s` : ''}` : '';
console.log(`\nBenchmark: ${RUNS} cold loads each, CPU throttled ${THROTTLE}×${network}${JS_FLAGS ? `, V8 flags ${JS_FLAGS}` : ''}, medians\n`);
console.log(head);
console.log(row('bytes to the first question (transferred, brotli)', (r) => (r.bytesToFirstQuestion / 1024).toFixed(1), 'KB'));
console.log(row('time to the first question', (r) => r.timeToFirstQuestionMs.toFixed(0), 'ms'));
console.log(row('step latency (Volgende → next question painted)', (r) => r.stepLatencyMs.toFixed(1), 'ms'));
console.log(row('JS heap after a full flow', (r) => (r.heapAfterFlowBytes / 1024 / 1024).toFixed(2), 'MB'));
const paired = [1, 2].map((b) => pairedRatios(loads, b));
const pr = (k) => `| ${k} | | | ${paired[0][k].toFixed(2)}× | | ${paired[1][k].toFixed(2)}× |`;
console.log('| *paired (median of the per-round ratios):* | | | | | |');
console.log(pr('timeToFirstQuestion').replace('timeToFirstQuestion', '… time to the first question'));
console.log(pr('stepLatency').replace('stepLatency', '… step latency (mean over the flow)'));
console.log(`| elements per screen | ${w.elementsPerScreen.join(' / ')} | ${b.elementsPerScreen.join(' / ')} | | ${m.elementsPerScreen.join(' / ')} | |`);
const ms = (v) => v.toFixed(v < 20 ? 1 : 0);
const cpuRow = (label, g) => row(label, (r) => ms(g(r)), 'ms');
console.log(`\nMain-thread busy time (thread CPU ms via CDP Performance.getMetrics; medians of ${CPU_RUNS} cold loads unthrottled, ${RUNS} throttled; per step = mean over a flow's steps; compare builds with the unthrottled figures)\n`);
console.log(head);
console.log(cpuRow('busy to the first question, unthrottled', (r) => r.busyToFirstQuestionMs.task));
for (const k of ['script', 'layout', 'style', 'other']) console.log(cpuRow(`… ${k}`, (r) => r.busyToFirstQuestionMs[k]));
console.log(cpuRow('busy per step, unthrottled', (r) => r.busyPerStepMs.task));
for (const k of ['script', 'layout', 'style', 'other']) console.log(cpuRow(`… ${k}`, (r) => r.busyPerStepMs[k]));
console.log(pr('busyToFirstQuestion').replace('busyToFirstQuestion', '*paired:* busy to the first question, unthrottled'));
console.log(pr('busyPerStep').replace('busyPerStep', '*paired:* busy per step, unthrottled'));
console.log(cpuRow(`busy to the first question, CPU throttled ${THROTTLE}×`, (r) => r.busyToFirstQuestionThrottledMs.task));
console.log(cpuRow(`busy per step, CPU throttled ${THROTTLE}×`, (r) => r.busyPerStepThrottledMs.task));
console.log(`\nV8 compiling the widget's WebAssembly on first call, before the first question (trace wasm.CompileLazy, medians of ${lazy.loads} unthrottled cold loads)\n`);
console.log('| measure | wegwijzer |\n|---|---|');
console.log(`| functions compiled | ${lazy.functions} |`);
console.log(`| main-thread time compiling | ${lazy.threadMs.toFixed(1)} ms |`);
writeFileSync('bench-results.json', JSON.stringify({ date: new Date().toISOString(), throttle: THROTTLE, cpuMetric: 'renderer main thread CPU ms (Performance.getMetrics, timeDomain threadTicks), TaskDuration minus DevToolsCommandDuration', pairedRatios: { sameScreens: paired[0], minimal: paired[1] }, lazyCompilation: lazy, results }, null, 2));
console.log('\nwrote bench-results.json');
