// Wegwijzer loader: defines <wegwijzer-widget> and starts the WebAssembly module once
// per page, however many widgets the page holds.
//
//   <script type="module" src="/wegwijzer/wegwijzer.js"></script>
//   <wegwijzer-widget config="/wegwijzer/gemeente.wgw" lang="nl">
//     Hulp nodig? Bel de gemeente: <a href="tel:140999">14 0999</a>.
//   </wegwijzer-widget>
//
// Until the module runs, and whenever it cannot (no WebAssembly, a CSP without
// 'wasm-unsafe-eval', a broken config), the element's own content stays visible: that
// is the fallback with the gemeente's phone number.
const base = new URL('.', import.meta.url).href;
let ready = null;

// Starts the glue and the module downloads together: a static import of the glue would
// start the module's request only after the glue arrived, one round trip later. (A page
// can start both even earlier with preload hints; see the README.) Resolves to the glue
// once the module is instantiated.
function start() {
  const wasm = fetch(new URL('wegwijzer_core_bg.wasm', base));
  wasm.catch(() => {}); // a failed download is reported once, by init below
  return import('./wegwijzer_core.js').then(async (core) => {
    await core.default({ module_or_path: wasm });
    return core;
  });
}

// The config request starts at once, alongside the WebAssembly download, instead of
// after it: the same request the Rust side would make (no-cache, same-origin
// credentials, aborted after 10 s — keep in step with TIMEOUT_MS in fetch.rs). It
// settles (never rejects) to the body text, null for the timeout, or the error
// (HTTP status as an Error); the Rust side words the messages.
function prefetchConfig(el) {
  const attr = el.getAttribute('config');
  let url;
  try {
    if (attr?.trim()) url = new URL(attr.trim(), el.baseURI);
  } catch {} // the Rust side reports the bad URL
  if (!url) return undefined;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 10000);
  const result = fetch(url, { signal: controller.signal, cache: 'no-cache', credentials: 'same-origin' })
    .then((resp) => (resp.ok ? resp.arrayBuffer().then((b) => new Uint8Array(b)) : Promise.reject(new Error(`HTTP ${resp.status} ${resp.statusText}`))))
    .catch((err) => (controller.signal.aborted ? null : err))
    .finally(() => clearTimeout(timer));
  return { attr, result };
}

// The widget reads compiled configurations (`wegwijzer compile`, or the playground's
// download button). A JSON configuration is checked and compiled here, by the checker
// module the playground uses: it loads only for JSON, and when the JSON is not valid it
// logs every problem with its line and hint instead (ADR 0009). Resolves to the
// compiled bytes, or null with the reasons in the console.
let checker = null;
function compile(json, source) {
  checker ??= import('./wegwijzer_playground.js').then(async (module) => {
    await module.default({ module_or_path: new URL('wegwijzer_playground_bg.wasm', base) });
    return module;
  });
  return checker
    .then((module) => {
      const bytes = module.compile_config(json, source);
      if (bytes) console.info(`wegwijzer: ${source} is JSON, so the checker module compiled it in the browser first; a compiled file (\`wegwijzer compile\`, or the playground's download) starts faster.`);
      return bytes ?? null;
    })
    .catch((err) => {
      checker = null;
      console.error('wegwijzer: a JSON configuration needs wegwijzer_playground.js and wegwijzer_playground_bg.wasm next to wegwijzer.js, or compile it with `wegwijzer compile`; the fallback text stays visible.', err);
      return null;
    });
}

class WegwijzerWidget extends HTMLElement {
  connectedCallback() {
    // Kept until mounted, so moving the element while loading does not ask twice.
    this._config ??= prefetchConfig(this);
    ready ??= start();
    ready
      .then(({ mount }) => {
        // The element may have been removed while the module was loading.
        if (this.isConnected && !this._handle) {
          // Used only if the attribute still names the same file.
          const config = this._config;
          this._handle = mount(this, base, config?.attr === this.getAttribute('config') ? config.result : undefined, compile);
          this._config = undefined;
        }
      })
      .catch((err) => console.error('wegwijzer: the widget could not start; the fallback text stays visible.', err));
  }

  disconnectedCallback() {
    if (this._handle) {
      this._handle.destroy();
      this._handle = null;
    }
  }
}

if (!customElements.get('wegwijzer-widget')) customElements.define('wegwijzer-widget', WegwijzerWidget);
