// Wegwijzer plain words (issue 19); dist/wegwijzer_glossary.js. Abbreviations and jargon
// (Wmo, UWV, dagbesteding) are explained in brackets at their first use on a screen:
// "Wmo (de wet voor hulp thuis)", "WW-uitkering (WW: …)". Text, not an <abbr title>, so
// screen readers, touch users and paper get it. The glossary is data in the locales
// (`glossary-<term> = <word>: <explanation>`, overlays add entries); the module writes
// the entries of the screen's language into `data-glossary` on the screen's element.
// JavaScript, fetched after the first question like "Lees voor", because the same walk
// and matching cost the residents' module about a kilobyte (issue 7's budget, ADR 0016).
//
// watch(shadowRoot): explains the screen now and after every change the module makes
// (a MutationObserver), once per widget. explain(element, entries): `entries` is one
// entry per line. Text nodes are explained in document order; a <dl> ("Mijn overzicht",
// printed on its own) starts over; nothing inside [translate=no] (the resident's own
// words) or a form field is changed. Running it again over an explained screen changes
// nothing: an explained word is followed by its brackets, which counts as explained in
// place.

/** Whether `c` belongs to a word: ASCII letters and digits, and everything outside
 * ASCII (letters of other scripts; also the bidi isolation marks around a name, so a
 * word right inside a Fluent argument is left alone). */
const isWord = (c) => c > '\x7f' || /[A-Za-z0-9]/.test(c ?? '');

/** Where `form` first starts in `t` as a word of its own, not inside an address. A
 * lowercase first letter may be a capital in the text ("Dagbesteding" at the start of a
 * sentence); a capital must be one ("Wmo", not the "wmo" of wmo-loket@…). */
function find(t, form) {
  for (let i = 0; i + form.length <= t.length; i++) {
    const c = t[i - 1];
    if ((t[i] == form[0] || t[i] == form[0].toUpperCase()) && t.startsWith(form.slice(1), i + 1)
      && !(i && (isWord(c) || '@./'.includes(c))) && !isWord(t[i + form.length])) return i;
  }
  return -1;
}

/** `text` with an explanation after the first use of each entry not yet in `seen`
 * (entry indexes), or null when nothing changes. An entry found is added to `seen`,
 * also where the text explains it itself ("(CJG)", "beschikking (…)"); one inside other
 * brackets waits for its next use; one followed by "@" is an address. */
export function explainText(entries, text, seen) {
  let out = null;
  entries.forEach(([form, meaning], k) => {
    const t = out ?? text;
    const start = seen.has(k) ? -1 : find(t, form);
    if (start < 0) return;
    const end = start + form.length;
    let at = end;
    while (isWord(t[at]) || t[at] == '-') at++;
    let depth = 0;
    for (const c of t.slice(0, start)) depth += (c == '(') - (c == ')');
    const inPlace = t.slice(0, start).endsWith('(') || t.startsWith(' (', at);
    if ((depth > 0 && !inPlace) || t[at] == '@') return;
    seen.add(k);
    // "WW-uitkering (WW: …)": a compound names the word explained.
    if (!inPlace) out = `${t.slice(0, at)} (${at == end ? '' : form + ': '}${meaning})${t.slice(at)}`;
  });
  return out;
}

/** Parses "word: explanation" lines. */
export const parse = (lines) => lines.split('\n').flatMap((l) => {
  const i = l.indexOf(':');
  return i > 0 ? [[l.slice(0, i), l.slice(i + 1).trim()]] : [];
});

export function explain(root, lines) {
  const entries = parse(lines);
  const walk = (node, seen) => {
    for (const n of node.childNodes) {
      if (n.nodeType == 3) {
        const t = explainText(entries, n.data, seen);
        if (t != null) n.data = t;
      } else if (n.nodeType == 1 && !n.matches('[translate=no],textarea,input,select,script,style')) {
        walk(n, n.tagName == 'DL' ? new Set() : seen);
      }
    }
  };
  if (root && entries.length) walk(root, new Set());
}

const watched = new WeakSet();

export function watch(root) {
  if (!root || watched.has(root)) return;
  watched.add(root);
  const run = () => {
    const screen = root.querySelector('[data-glossary]');
    observer.disconnect(); // its own changes are not news
    explain(screen, screen?.dataset.glossary ?? '');
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-glossary'] });
  };
  const observer = new MutationObserver(run);
  run();
}
