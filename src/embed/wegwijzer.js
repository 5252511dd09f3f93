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
//
// Once a widget is mounted the loader also listens on the page for it: Escape twice
// presses "Snel weg", and focus is kept clear of the sticky "Snel weg" bar (`listen`).
const base = new URL('.', import.meta.url).href;
let ready = null;

// Starts the glue and the module downloads together: a static import of the glue would
// start the module's request only after the glue arrived, one round trip later. (A page
// can start both even earlier with preload hints; see the README.) Resolves to the glue
// once the module is instantiated.
//
// A download that never finishes (a proxy that holds the connection, a network that
// drops mid-way) gives up after MODULE_TIMEOUT_MS with a reason in the console, and the
// next widget that connects tries again; the fallback text stays visible meanwhile.
const MODULE_TIMEOUT_MS = 20000;
let laterStyles = null;
let glossary = null;
function start() {
  const controller = new AbortController();
  const wasm = fetch(new URL('wegwijzer_core_bg.wasm', base), { signal: controller.signal });
  wasm.catch(() => {}); // a failed download is reported once, by init below
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`the widget's files (wegwijzer_core.js, wegwijzer_core_bg.wasm) did not arrive within ${MODULE_TIMEOUT_MS / 1000} seconds`));
    }, MODULE_TIMEOUT_MS);
  });
  const load = import('./wegwijzer_core.js').then(async (core) => {
    await core.default({ module_or_path: wasm });
    // "Lees voor" is in a file of its own, fetched now (after the first question's
    // files): wegwijzer_speech.js. Before it arrives, or if it cannot, a click reads
    // nothing and the widget says that it cannot read aloud. (Asking for the voices
    // also makes Chromium load them; it answers that first ask with none.)
    // Plain words (ADR 0016): wegwijzer_glossary.js watches each widget (see listen).
    glossary = import('./wegwijzer_glossary.js').catch((err) => console.warn('wegwijzer: wegwijzer_glossary.js could not be loaded; hard words stay unexplained.', err));
    // The styles of the answers, the advice and "Mijn overzicht" (ADR 0016), one sheet
    // for every widget, adopted once a widget shows its first screen (see listen).
    laterStyles = fetch(new URL('wegwijzer_later.css', base), { signal: AbortSignal.timeout(10000) })
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${r.status}`))))
      .then((css) => { const s = new CSSStyleSheet(); s.replaceSync(css); return s; })
      .catch((err) => console.error('wegwijzer: wegwijzer_later.css could not be loaded; the advice shows without its layout.', err));
    if (window.speechSynthesis?.getVoices()) {
      let speak = () => {};
      import('./wegwijzer_speech.js').then((m) => (speak = m.speak), () => {});
      core.speech((...args) => speak(...args));
    }
    return core;
  });
  return Promise.race([load, timeout])
    .finally(() => clearTimeout(timer))
    .catch((err) => {
      ready = null; // the next widget that connects tries again
      throw err;
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

// Page and element listeners per widget, added once it is mounted and removed when the element
// leaves the page. They need no state of the widget, only its shadow root, so they live
// here: in the module they cost several times the bytes (issue 7's budget).
//
// Escape twice (within ESCAPE_TWICE_MS) anywhere on the page presses "Snel weg" while
// the widget shows it (on every screen unless the gemeente chose sensitive screens
// only): the button wipes the answers and replaces the page. Not from the host page's
// own fields (composedPath()[0] is the element itself, also inside a shadow root): a
// resident who presses Escape in the site's search box is not thrown out. Inside the
// widget it always counts. With several widgets the first one leaves and stops the
// others hearing the press.
const ESCAPE_TWICE_MS = 1000;
const editable = (t) => t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName);

function listen(el) {
  let last = -Infinity;
  const onKey = (e) => {
    const button = el.shadowRoot?.querySelector('.wegwijzer-quick-exit__button');
    const target = e.composedPath()[0];
    if (e.key !== 'Escape' || !button || (target.getRootNode?.() !== el.shadowRoot && editable(target))) return;
    if (e.timeStamp - last < ESCAPE_TWICE_MS) {
      e.stopImmediatePropagation();
      last = -Infinity;
      button.click();
    } else last = e.timeStamp;
  };
  // WCAG 2.4.11: focus never stays under the sticky "Snel weg" bar. The stylesheet
  // keeps the bar's height free above whatever the browser scrolls to; when focus lands
  // under the bar without a scroll, this scrolls it clear, in the next frame (after the
  // browser's own scrolling, before the paint). A choice's whole tile counts (its
  // outline shows). Moves inside the shadow root never reach the host, so the listener
  // goes on the shadow root, once focus first enters it (it is attached only later).
  const onFocus = (e) => {
    const target = e.composedPath()[0];
    // A new advice starts at the top of the screen (under the bar): what to do now,
    // crisis lines and the first call button are in view without scrolling.
    if (target.id == 'ww-advice-heading') target.scrollIntoView({ block: 'start' });
    requestAnimationFrame(() => {
      const bar = el.shadowRoot?.querySelector('.wegwijzer-quick-exit');
      if (!bar || bar.contains(target)) return;
      const box = target.closest?.('.wegwijzer-choice') || target;
      const b = bar.getBoundingClientRect();
      const r = box.getBoundingClientRect();
      const overlap = b.bottom - r.top;
      if (overlap <= 0 || r.bottom <= b.top) return;
      const y = scrollY;
      scrollBy({ top: -overlap - 8, behavior: 'instant' });
      if (scrollY === y) box.scrollIntoView(false); // the page scrolls in a box of its own
    });
  };
  // No double activation (issue 23): the second click of a double-click (or double tap)
  // lands on whatever the new screen put under the pointer — "Opnieuw beginnen" on a
  // desktop, "Sla over" on a phone. A click the browser counts as the second of a pair
  // (`detail` 2 or more) does nothing when the screen changed since the click before
  // it. Single clicks and keyboard presses are never held back, nor is "Snel weg".
  let moved = -Infinity;
  let clicked = -Infinity;
  const onMove = (e) => {
    moved = e.timeStamp;
    // The shadow root is there (it shows a screen): add the later styles once.
    const root = el.shadowRoot;
    laterStyles?.then((sheet) => {
      if (sheet && root && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    });
    glossary?.then((m) => m?.watch(root));
  };
  const onClick = (e) => {
    const again = e.detail > 1 && moved > clicked;
    clicked = e.timeStamp;
    if (again && !e.composedPath()[0].closest?.('.wegwijzer-quick-exit')) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  };
  let root = null;
  const onEnter = (e) => {
    if (root || !el.shadowRoot) return;
    root = el.shadowRoot;
    root.addEventListener('focusin', onFocus);
    onFocus(e);
  };
  document.addEventListener('keydown', onKey);
  el.addEventListener('focusin', onEnter);
  // Capture on the element: runs before any listener inside its shadow root.
  el.addEventListener('click', onClick, true);
  el.addEventListener('wegwijzer:step', onMove);
  el.addEventListener('wegwijzer:advice', onMove);
  return () => {
    document.removeEventListener('keydown', onKey);
    el.removeEventListener('focusin', onEnter);
    el.removeEventListener('click', onClick, true);
    el.removeEventListener('wegwijzer:step', onMove);
    el.removeEventListener('wegwijzer:advice', onMove);
    root?.removeEventListener('focusin', onFocus);
  };
}

// Session-replay tools record what residents type and see; each honours its own
// marker for "do not record this element" (issue 23). All of them go on the element,
// so the whole widget, its shadow root included, stays out of recordings. Classes:
// rrweb and tools built on it, PostHog, Sentry, FullStory. Attributes: Hotjar,
// Microsoft Clarity, Matomo, LogRocket, Datadog, Smartlook.
const NO_RECORDING = 'hj-suppress clarity-mask=true matomo-mask private dd-privacy=hidden recording-ignore=mask';

class WegwijzerWidget extends HTMLElement {
  connectedCallback() {
    this.classList.add('rr-block', 'ph-no-capture', 'sentry-block', 'fs-exclude');
    for (const a of NO_RECORDING.split(' ')) {
      const [name, value = ''] = a.split('=');
      if (!this.hasAttribute('data-' + name)) this.setAttribute('data-' + name, value);
    }
    // The same element back in the page (moved, or put back later): the same widget,
    // with its screen and answers; it hears the page again.
    if (this._handle) {
      this._unlisten ??= listen(this);
      return;
    }
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
          this._unlisten = listen(this);
        }
      })
      .catch((err) => console.error('wegwijzer: the widget could not start; the fallback text stays visible.', err));
  }

  // Out of the page, the widget stops hearing it (Escape twice, focus) but keeps running,
  // so an element that comes back — moved within a task as CMSes do, or put back later —
  // is the same widget with its screen and answers, and nothing is mounted twice: yew
  // never frees a mount's event-delegation closures, so each remount leaked them and
  // the DOM they hold (issue 23). A move does not even stop the listening: the element
  // is back before this microtask runs.
  disconnectedCallback() {
    queueMicrotask(() => {
      if (!this.isConnected && this._unlisten) {
        this._unlisten();
        this._unlisten = null;
      }
    });
  }
}

if (!customElements.get('wegwijzer-widget')) customElements.define('wegwijzer-widget', WegwijzerWidget);
