// The glossary's matching (src/embed/glossary.js) as a unit, without a browser: which
// words are explained, where, and which are left alone. The browser test
// (glossary.test.mjs) shows it on real screens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainText, parse } from '../../src/embed/glossary.js';

const GLOSSARY = parse([
  'Wmo: de wet voor hulp thuis',
  'WW: geld als je werk stopt',
  'toeslagen: geld van de overheid',
  'bijzondere bijstand: extra geld voor hoge kosten',
  'een regel zonder dubbele punt',
].join('\n'));

/** Texts of one screen, in order, each explained as the screen goes. */
function explained(texts) {
  const seen = new Set();
  return texts.map((t) => explainText(GLOSSARY, t, seen) ?? t);
}

test('entries: "word: explanation" per line, other lines ignored', () => {
  assert.equal(GLOSSARY.length, 4);
  assert.deepEqual(GLOSSARY[0], ['Wmo', 'de wet voor hulp thuis']);
});

test('the first use on a screen is explained, the second is not', () => {
  assert.deepEqual(explained(['Dit regelt de Wmo.', 'Vraag het via de Wmo.']),
    ['Dit regelt de Wmo (de wet voor hulp thuis).', 'Vraag het via de Wmo.']);
});

test('compounds, phrases and a capital at the start of a sentence', () => {
  assert.deepEqual(explained(['Vraag een WW-uitkering. Toeslagen en bijzondere bijstand helpen.']),
    ['Vraag een WW-uitkering (WW: geld als je werk stopt). Toeslagen (geld van de overheid) en bijzondere bijstand (extra geld voor hoge kosten) helpen.']);
});

test('only whole words, not addresses, not the wrong case', () => {
  const t = 'Wmoloket, www, wwmo, ww, wmo, wmo-loket@gemeente.nl, www.Wmo.nl, toeslagen@gemeente.nl';
  assert.deepEqual(explained([t]), [t]);
});

test('what the text explains itself, or brackets in brackets, are left alone', () => {
  assert.deepEqual(explained(['Geld van de overheid (toeslagen).', 'Toeslagen bestaan.']),
    ['Geld van de overheid (toeslagen).', 'Toeslagen bestaan.']);
  assert.deepEqual(explained(['De Wmo (wet) helpt.']), ['De Wmo (wet) helpt.']);
  assert.deepEqual(explained(['CAK (eigen bijdrage Wmo)', 'De Wmo helpt.']),
    ['CAK (eigen bijdrage Wmo)', 'De Wmo (de wet voor hulp thuis) helpt.']);
  // A word right inside an argument (bidi isolation marks) is a name: left alone.
  assert.deepEqual(explained(['Bel \u2068WW\u2069.']), ['Bel \u2068WW\u2069.']);
});

test('explaining an explained screen again changes nothing (the module runs it after every render)', () => {
  const once = explained(['Vraag een WW-uitkering bij de Wmo.', 'De Wmo helpt.']);
  assert.deepEqual(explained(once), once);
});
