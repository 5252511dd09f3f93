// Playground: validate a configuration while it is typed (the widget's own wasm core)
// and show the widget with it. Everything stays in this page.
import init, { check_config, compile_config } from './wegwijzer_playground.js';
import './wegwijzer.js';

const base = new URL('.', import.meta.url);
const editor = document.getElementById('pg-config');
const status = document.getElementById('pg-status');
const list = document.getElementById('pg-findings');
const preview = document.getElementById('pg-widget');
const download = document.getElementById('pg-download');
let timer = null;
let lastValid = null;

const today = () => new Date().toISOString().slice(0, 10);

function showFindings(findings) {
  list.replaceChildren();
  for (const f of findings) {
    const li = document.createElement('li');
    li.className = `pg-finding pg-finding--${f.level}`;
    const where = f.line ? `line ${f.line}, column ${f.column}: ` : '';
    const pre = document.createElement('pre');
    pre.textContent = `${f.level}: ${where}${f.text}`;
    li.append(pre);
    if (f.line) {
      const go = document.createElement('button');
      go.type = 'button';
      go.textContent = 'Go to line';
      go.addEventListener('click', () => goTo(f.line, f.column));
      li.append(go);
    }
    list.append(li);
  }
}

function goTo(line, column) {
  const lines = editor.value.split('\n');
  const offset = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + Math.max(0, column - 1);
  editor.focus();
  editor.setSelectionRange(offset, offset + 1);
}

function renderPreview(text) {
  if (text === lastValid) return;
  lastValid = text;
  const widget = document.createElement('wegwijzer-widget');
  widget.setAttribute('lang', 'nl');
  const data = document.createElement('script');
  data.type = 'application/json';
  data.textContent = text;
  const fallback = document.createElement('p');
  fallback.textContent = 'The widget could not start with this configuration.';
  widget.append(data, fallback);
  preview.replaceChildren(widget);
}

function check() {
  const text = editor.value;
  const findings = JSON.parse(check_config(text, today()));
  const errors = findings.filter((f) => f.level === 'error').length;
  const warnings = findings.filter((f) => f.level === 'warning').length;
  status.textContent = errors
    ? `${errors} error${errors === 1 ? '' : 's'}: the widget keeps its fallback text.`
    : `Valid. ${warnings} warning${warnings === 1 ? '' : 's'}.`;
  showFindings(findings);
  download.disabled = errors > 0;
  if (!errors) renderPreview(text);
}

// A file made in this page, saved by the browser: nothing is uploaded.
function save(name, type, data) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function loadDefault() {
  editor.value = await (await fetch(new URL('voorbeeldgemeente.json', base))).text();
  check();
}

await init({ module_or_path: new URL('wegwijzer_playground_bg.wasm', base) });
editor.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(check, 300);
});
document.getElementById('pg-reset').addEventListener('click', loadDefault);
download.addEventListener('click', () => {
  const bytes = compile_config(editor.value, 'the playground');
  if (bytes) save('gemeente.wgw', 'application/octet-stream', bytes);
});
document.getElementById('pg-download-json').addEventListener('click', () => save('gemeente.json', 'application/json', editor.value));
await loadDefault();
