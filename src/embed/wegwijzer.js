// Wegwijzer loader: defines <wegwijzer-widget> and starts the WebAssembly module once
// per page, however many widgets the page holds.
//
//   <script type="module" src="/wegwijzer/wegwijzer.js"></script>
//   <wegwijzer-widget config="/wegwijzer/gemeente.json" lang="nl">
//     Hulp nodig? Bel de gemeente: <a href="tel:140999">14 0999</a>.
//   </wegwijzer-widget>
//
// Until the module runs, and whenever it cannot (no WebAssembly, a CSP without
// 'wasm-unsafe-eval', a broken config), the element's own content stays visible: that
// is the fallback with the gemeente's phone number.
import init, { mount } from './wegwijzer_core.js';

const base = new URL('.', import.meta.url).href;
let ready = null;

class WegwijzerWidget extends HTMLElement {
  connectedCallback() {
    ready ??= init({ module_or_path: new URL('wegwijzer_core_bg.wasm', base) });
    ready
      .then(() => {
        // The element may have been removed while the module was loading.
        if (this.isConnected && !this._handle) this._handle = mount(this, base);
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
