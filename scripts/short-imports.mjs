// Short names for what a wasm-bindgen module imports and for its closure exports.
//
// wasm-bindgen names every imported function after its Rust item plus a 16-hex-digit
// hash (`__wbg_setAttribute_f75317b2b5cabfb4`), and each name is written twice: in the
// module's import section and as a key of the glue's import object. The hashes are
// random to a compressor, so the widget carries a few KB of them. This renames both sides
// to short names (`a`, `b`, …, `aa`, …) after wasm-bindgen has run, the import module
// (`./wegwijzer_core_bg.js`, repeated before every name) to `m0`, and the long closure
// shims the module exports to `c0`, `c1`, …; it also drops the `target_features`
// section, which only tools read. Nothing else in the module changes. Each import name
// must be a key exactly once in the glue and each shim must be used there, or the
// build stops.
import { readFileSync, writeFileSync } from 'node:fs';

function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}

function writeU32(value) {
  const out = [];
  do {
    let b = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) b |= 0x80;
    out.push(b);
  } while (value);
  return out;
}

const utf8 = new TextDecoder();

// A name (length-prefixed UTF-8) at `at`; returns it and the offset after it.
function readName(bytes, at) {
  const [len, start] = readU32(bytes, at);
  return [utf8.decode(bytes.subarray(start, start + len)), start + len];
}
const encode = (s) => [...writeU32(Buffer.byteLength(s)), ...Buffer.from(s)];

// Skips an import's description (after its kind byte); returns the offset after it.
function skipImportDesc(bytes, kind, at) {
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = readU32(bytes, p);
    if (flags & 1) [, p] = readU32(bytes, p);
    return p;
  };
  switch (kind) {
    case 0: return readU32(bytes, at)[1]; // function: type index
    case 1: return limits(at + 1); // table: element type, limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    case 4: return readU32(bytes, at + 1)[1]; // tag: attribute, type index
    default: throw new Error(`short-imports: unknown import kind ${kind}`);
  }
}

// The n-th short name: a … z, A … Z, then two letters, and so on.
function shortName(n) {
  const abc = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  do {
    name = abc[n % abc.length] + name;
    n = Math.floor(n / abc.length) - 1;
  } while (n >= 0);
  return name;
}

// The export section, with wasm-bindgen's closure shims
// (`wasm_bindgen_<hash>___convert__closures_…`, up to 200 characters, each used three
// times in the glue) renamed to `c0`, `c1`, …; other exports keep their names. Returns
// the new section, the glue and how many were renamed.
function shortenExports(section, glue) {
  let p = 0;
  let count;
  [count, p] = readU32(section, p);
  const body = [...writeU32(count)];
  let renamed = 0;
  for (let i = 0; i < count; i++) {
    let name;
    [name, p] = readName(section, p);
    const descEnd = readU32(section, p + 1)[1]; // kind byte, index
    if (/^wasm_bindgen_[0-9a-f]{16}___\w+$/.test(name)) {
      const short = `c${renamed++}`;
      // Whole tokens only: one shim's name may begin with another's.
      const token = new RegExp(`\\b${name}\\b`, 'g');
      if (!token.test(glue)) throw new Error(`short-imports: export ${name} is not used in the glue`);
      glue = glue.replace(token, short);
      name = short;
    }
    body.push(...encode(name), ...section.subarray(p, descEnd));
    p = descEnd;
  }
  return [Buffer.from([7, ...writeU32(body.length), ...body]), glue, renamed];
}

// The import section (module name, field name, kind, description — repeated) with every
// wasm-bindgen function import renamed to `a`, `b`, … and each module to `m0`, `m1`, …;
// the glue's keys follow. Returns the new section, the glue and how many were renamed.
function shortenImportSection(section, glue, gluePath) {
  const modules = new Map(); // module name → its short name
  let p = 0;
  let count;
  [count, p] = readU32(section, p);
  const body = [...writeU32(count)];
  let renamed = 0;
  for (let i = 0; i < count; i++) {
    let module, field;
    [module, p] = readName(section, p);
    [field, p] = readName(section, p);
    if (!modules.has(module)) {
      // The glue's import object is keyed by module name, once: `"./name_bg.js": import0`.
      const key = `"${module}":`;
      const hits = glue.split(key).length - 1;
      if (hits !== 1) throw new Error(`short-imports: module ${module} is a key ${hits} times in ${gluePath}, expected once`);
      const short = `m${modules.size}`;
      glue = glue.replace(key, `"${short}":`);
      modules.set(module, short);
    }
    const kind = section[p];
    const descEnd = skipImportDesc(section, kind, p + 1);
    if (kind === 0 && /^__wb(g|indgen)_\w+$/.test(field)) {
      const short = shortName(renamed++);
      const key = new RegExp(`\\b${field}:`, 'g');
      const hits = glue.match(key)?.length ?? 0;
      if (hits !== 1) throw new Error(`short-imports: ${field} is a key ${hits} times in ${gluePath}, expected once`);
      glue = glue.replace(key, `${short}:`);
      field = short;
    }
    body.push(...encode(modules.get(module)), ...encode(field), ...section.subarray(p, descEnd));
    p = descEnd;
  }
  return [Buffer.from([2, ...writeU32(body.length), ...body]), glue, renamed];
}

const isTargetFeatures = (section) => readName(section, 0)[0] === 'target_features';

/** Shortens the names in `wasmPath` and the matching ones in its glue `gluePath`, and
 * drops the `target_features` section; returns how many imports were renamed. */
export function shortenImports(wasmPath, gluePath) {
  const bytes = readFileSync(wasmPath);
  let glue = readFileSync(gluePath, 'utf8');
  const out = [bytes.subarray(0, 8)];
  let imports = 0;
  let shims = 0;
  for (let at = 8; at < bytes.length;) {
    const id = bytes[at];
    const [size, bodyAt] = readU32(bytes, at + 1);
    const end = bodyAt + size;
    const section = bytes.subarray(bodyAt, end);
    if (id === 2) {
      let rewritten;
      [rewritten, glue, imports] = shortenImportSection(section, glue, gluePath);
      out.push(rewritten);
    } else if (id === 7) {
      let rewritten;
      [rewritten, glue, shims] = shortenExports(section, glue);
      out.push(rewritten);
    } else if (!(id === 0 && isTargetFeatures(section))) {
      // Every other section as it is; `target_features` only tells tools which wasm
      // features the compiler used (wasm-bindgen has read it; browsers ignore it).
      out.push(bytes.subarray(at, end));
    }
    at = end;
  }
  if (!shims) throw new Error(`short-imports: no closure export renamed in ${wasmPath}`);
  writeFileSync(wasmPath, Buffer.concat(out));
  writeFileSync(gluePath, glue);
  return imports;
}
