// Assembles dist/ after wasm-bindgen: copies the loader, demo page, config and locales,
// writes .br and .gz copies of every file, prints the size table and writes
// dist/sizes.json (read by the byte-budget test).
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { readFileSync, writeFileSync, mkdirSync, readdirSync, statSync, copyFileSync, existsSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { minify } from 'terser';
import { shortenImports } from './short-imports.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

function copy(from, to) {
  mkdirSync(dirname(join(dist, to)), { recursive: true });
  copyFileSync(join(root, from), join(dist, to));
}

function copyTree(from, to, keep = () => true) {
  for (const name of readdirSync(join(root, from))) {
    const src = join(from, name);
    if (statSync(join(root, src)).isDirectory()) copyTree(src, join(to, name), keep);
    else if (keep(name)) copy(src, join(to, name));
  }
}

copy('src/embed/wegwijzer.js', 'wegwijzer.js');
copy('src/embed/speech.js', 'wegwijzer_speech.js');
copy('src/embed/glossary.js', 'wegwijzer_glossary.js');
// The playground script is copied as it is (webmaster tool, read as written).
copy('index.html', 'index.html');
copy('src/embed/demo.css', 'demo.css');
// The webmaster playground: live validation with the same wasm core, and a preview.
for (const file of ['playground.html', 'playground.js', 'playground.css']) copy(join('src/embed', file), file);
copy('config/voorbeeldgemeente.json', 'voorbeeldgemeente.json');
copyTree('locales', 'locales', (name) => name.endsWith('.ftl') || name.endsWith('.toml'));

// Short import names in both modules and their glue (see scripts/short-imports.mjs).
for (const name of ['wegwijzer_core', 'wegwijzer_playground']) {
  // None renamed means wasm-bindgen changed its naming: say so rather than ship the long names.
  if (!shortenImports(join(dist, `${name}_bg.wasm`), join(dist, `${name}.js`))) throw new Error(`no import renamed in ${name}`);
}

// The demo's configuration in the compiled form the widget reads (ADR 0009), written by
// the checker module, which runs the same Rust code as `wegwijzer compile`.
// voorbeeldgemeente.json stays for the playground and as the editable source.
{
  const checker = await import(pathToFileURL(join(dist, 'wegwijzer_playground.js')).href);
  await checker.default({ module_or_path: readFileSync(join(dist, 'wegwijzer_playground_bg.wasm')) });
  const source = 'config/voorbeeldgemeente.json';
  const compiled = checker.compile_config(readFileSync(join(root, source), 'utf8'), source);
  if (!compiled) throw new Error(`${source} is not valid: run \`wegwijzer check ${source}\``);
  writeFileSync(join(dist, 'voorbeeldgemeente.wgw'), compiled);
}

// The scripts residents download are minified (terser: compress + mangle local names;
// exports, imports and property names stay). The sources in src/embed and the
// wasm-bindgen output stay readable; this only drops comments, whitespace and long
// local names from the copies in dist/.
for (const file of ['wegwijzer.js', 'wegwijzer_speech.js', 'wegwijzer_glossary.js', 'wegwijzer_core.js', 'wegwijzer_playground.js']) {
  const path = join(dist, file);
  const out = await minify(readFileSync(path, 'utf8'), { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  writeFileSync(path, out.code);
}

// Everything the browser fetches before the first question can show: the loader, the
// glue, the module and the compiled configuration. Dutch texts are inside the module.
const firstQuestion = ['wegwijzer.js', 'wegwijzer_core.js', 'wegwijzer_core_bg.wasm', 'voorbeeldgemeente.wgw'];

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const rows = [];
for (const file of walk(dist)) {
  if (file.endsWith('.br') || file.endsWith('.gz') || file.endsWith('sizes.json')) continue;
  const raw = readFileSync(file);
  const br = brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  });
  const gz = gzipSync(raw, { level: 9 });
  writeFileSync(file + '.br', br);
  writeFileSync(file + '.gz', gz);
  rows.push({ file: relative(dist, file), raw: raw.length, gzip: gz.length, brotli: br.length });
}
rows.sort((a, b) => b.brotli - a.brotli);

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const line = (r) => `${r.file.padEnd(34)}${kb(r.raw)}${kb(r.gzip)}${kb(r.brotli)}`;
console.log(`\n${'file'.padEnd(34)}${'raw KB'.padStart(8)}${'gzip KB'.padStart(8)}${'br KB'.padStart(8)}`);
for (const r of rows) console.log(line(r));
const first = rows.filter((r) => firstQuestion.includes(r.file));
const sum = (k) => first.reduce((n, r) => n + r[k], 0);
const total = { file: 'to the first question', raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
console.log('-'.repeat(58));
console.log(line(total));

// Bytes per locale (only the active one is fetched; Dutch is bundled in the module).
const locales = {};
for (const r of rows.filter((r) => r.file.startsWith('locales/') && r.file.endsWith('.ftl'))) {
  const lang = r.file.split('/').slice(1, -1).join('/'); // 'nl', 'nl/u', 'ar', …
  locales[lang] ??= { raw: 0, brotli: 0 };
  locales[lang].raw += r.raw;
  locales[lang].brotli += r.brotli;
}
console.log('\nper language (fetched only when chosen; Dutch is also compiled into the module):');
for (const [lang, n] of Object.entries(locales).sort()) {
  console.log(`  ${lang.padEnd(8)}${kb(n.raw)} KB raw${kb(n.brotli)} KB brotli`);
}
writeFileSync(join(dist, 'sizes.json'), JSON.stringify({ files: rows, firstQuestion: total, firstQuestionFiles: firstQuestion, locales }, null, 2));
console.log(`\nwrote dist/ (${rows.length} files, each with .br and .gz)`);
