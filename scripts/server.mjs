// A small static server for dist/: correct MIME types (application/wasm!), the
// precompressed .br/.gz copies when the browser accepts them, and no caching surprises.
//   node scripts/server.mjs [--port 8080] [--test]
// --test also serves tests/e2e/pages at /test/, the benchmark baseline at /bench/ and
// node_modules at /node_modules/ (for the Bootstrap and NL Design System host pages).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, extname, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const port = Number(args[args.indexOf('--port') + 1] || process.env.PORT || 8080) || 8080;
const testMode = args.includes('--test');

const mounts = [['/', join(root, 'dist')]];
if (testMode) {
  mounts.unshift(
    ['/test/', join(root, 'tests/e2e/pages')],
    ['/bench/', join(root, 'scripts/baseline')],
    ['/node_modules/', join(root, 'node_modules')],
  );
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.wgw': 'application/octet-stream',
  '.css': 'text/css; charset=utf-8',
  '.ftl': 'text/plain; charset=utf-8',
  '.toml': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

async function exists(p) {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

function resolve(urlPath) {
  for (const [prefix, dir] of mounts) {
    if (!urlPath.startsWith(prefix)) continue;
    const rel = normalize(decodeURIComponent(urlPath.slice(prefix.length))).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, rel.endsWith('/') || rel === '.' || rel === '' ? join(rel, 'index.html') : rel);
    if (file.startsWith(dir)) return file;
  }
  return null;
}

// The widget's stylesheet for the benchmark's same-screens baseline: styles/*.css in
// the cascade order build.rs compiles into the module (its STYLES list).
async function widgetCss() {
  const list = /const STYLES[^=]*=\s*&\[([^\]]*)\]/.exec(await readFile(join(root, 'build.rs'), 'utf8'));
  const names = [...list[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
  const parts = await Promise.all(names.map((n) => readFile(join(root, 'styles', `${n}.css`), 'utf8')));
  return parts.join('\n');
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (testMode && url.pathname === '/bench/widget.css') {
    res.writeHead(200, { 'content-type': types['.css'], 'cache-control': 'no-cache' });
    res.end(await widgetCss());
    return;
  }
  const file = resolve(url.pathname);
  if (!file || !(await exists(file))) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('not found');
    return;
  }
  const accept = String(req.headers['accept-encoding'] || '');
  const headers = {
    'content-type': types[extname(file)] || 'application/octet-stream',
    'cache-control': 'no-cache',
    vary: 'Accept-Encoding',
    // The widget's files may be loaded from a gemeente site on another origin.
    'access-control-allow-origin': '*',
    'x-content-type-options': 'nosniff',
  };
  let body;
  if (/\bbr\b/.test(accept) && (await exists(file + '.br'))) {
    body = await readFile(file + '.br');
    headers['content-encoding'] = 'br';
  } else if (/\bgzip\b/.test(accept) && (await exists(file + '.gz'))) {
    body = await readFile(file + '.gz');
    headers['content-encoding'] = 'gzip';
  } else {
    body = await readFile(file);
  }
  headers['content-length'] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Wegwijzer demo: http://127.0.0.1:${port}/`);
});
