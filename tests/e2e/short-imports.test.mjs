// The dist step that shortens wasm-bindgen's import and closure-export names
// (scripts/short-imports.mjs), on a small hand-assembled module and glue: the renamed
// pair still links and runs, the long names are gone, and a glue that does not match
// stops the build instead of shipping a module that cannot start. (Every other e2e test
// runs the real renamed widget.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { shortenImports } from '../../scripts/short-imports.mjs';

const IMPORT = '__wbg_ping_0123456789abcdef';
const SHIM = 'wasm_bindgen_0123456789abcdef___convert__closures_____invoke___ping';

const str = (s) => [s.length, ...Buffer.from(s)];
const section = (id, body) => [id, body.length, ...body];

// (import "./x_bg.js" IMPORT (func)) (func (export SHIM) call 0) + a target_features section.
function module() {
  return Buffer.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 0, 0]),
    ...section(2, [1, ...str('./x_bg.js'), ...str(IMPORT), 0, 0]),
    ...section(3, [1, 0]),
    ...section(7, [1, ...str(SHIM), 0, 1]),
    ...section(10, [1, 4, 0, 0x10, 0, 0x0b]),
    ...section(0, [...str('target_features'), 1, 0x2b, ...str('mutable-globals')]),
  ]);
}

const glue = `const calls = [];
const i = { __proto__: null, ${IMPORT}: function() { calls.push('ping'); } };
export const imports = { __proto__: null, "./x_bg.js": i };
export function run(exports) { exports.${SHIM}(); return calls; }
`;

function files(glueText = glue) {
  const dir = mkdtempSync(join(tmpdir(), 'short-imports-'));
  const wasm = join(dir, 'x_bg.wasm');
  const js = join(dir, 'x.js');
  writeFileSync(wasm, module());
  writeFileSync(js, glueText);
  return { wasm, js };
}

test('short import names: the renamed module and glue still link and run', async () => {
  const { wasm, js } = files();
  assert.equal(shortenImports(wasm, js), 1);
  const bytes = readFileSync(wasm);
  const mod = new WebAssembly.Module(bytes);
  assert.deepEqual(WebAssembly.Module.imports(mod), [{ module: 'm0', name: 'a', kind: 'function' }]);
  assert.deepEqual(WebAssembly.Module.exports(mod).map((e) => e.name), ['c0']);
  assert.equal(WebAssembly.Module.customSections(mod, 'target_features').length, 0);
  const text = readFileSync(js, 'utf8');
  assert.ok(!text.includes(IMPORT) && !text.includes(SHIM), 'no long name left in the glue');
  const g = await import(pathToFileURL(js).href);
  const instance = new WebAssembly.Instance(mod, g.imports);
  assert.deepEqual(g.run(instance.exports), ['ping']);
});

test('short import names: a glue that does not match stops the build', () => {
  const missing = files(glue.replace(`${IMPORT}:`, 'other:'));
  assert.throws(() => shortenImports(missing.wasm, missing.js), /is a key 0 times/);
  const twice = files(glue + `const again = { ${IMPORT}: null };\n`);
  assert.throws(() => shortenImports(twice.wasm, twice.js), /is a key 2 times/);
  const noShim = files(glue.replace(`exports.${SHIM}()`, 'void 0'));
  assert.throws(() => shortenImports(noShim.wasm, noShim.js), /not used in the glue/);
});
