// Wegwijzer "Lees voor" (issues 19 and 23); dist/wegwijzer_speech.js. The loader
// fetches it once the module runs, after the files the first question needs (as the
// complete Dutch words follow it, ADR 0011), and hands `speak` to the module. It is
// JavaScript because the same DOM walk and voice choice cost about twice the bytes in
// the module.
//
// speak(element, lang, done) reads the element aloud, stopping what was being read,
// and calls `done` when the reading ends or is stopped. Only with a voice that runs on
// the device (`localService`): a network voice would send the text, the resident's own
// words too, to a speech service. Without one for the language it reads nothing and
// returns false (the widget says so). speak() with nothing stops.
//
// The text comes from the DOM in document order, not from innerText, which leaves
// out closed <details> and, in Chromium, what content-visibility skips below the
// fold. Left out: buttons, pictures and other hidden parts, screen-reader duplicates,
// addresses, the note's list ("Mijn overzicht" repeats the advice for paper), links
// other than phone numbers ("Website van …", "Mail naar …"), e-mail addresses and
// URLs. A phone number is read digit by digit in its groups ("0 9 9 9, 1 2 0, 2 0 0").
// A sentence ends after each block, so the voice pauses between an option and its hint.
const LEFT_OUT = 'button,[aria-hidden],[class*=hidden],[class*=address],.wegwijzer-handover dl,a:not([href^="tel:"])';

export function speak(root, lang, done) {
  const synth = speechSynthesis;
  synth.cancel();
  const voice = synth.getVoices().find((v) => v.localService && v.lang.split(/[-_]/)[0] == lang);
  if (!voice) return false;
  let text = '';
  const walk = (node, phone) => {
    for (const n of node.childNodes) {
      if (n.nodeType == 3) text += ' ' + (phone ? n.data.replace(/\d+/g, (g) => [...g].join(' ') + ',') : n.data);
      else if (n.nodeType == 1 && !n.matches(LEFT_OUT)) {
        walk(n, phone || n.hasAttribute('href'));
        if (!n.matches('a,abbr,bdi,dfn,em,strong')) text += '\n';
      }
    }
  };
  walk(root);
  // Without bidi isolation marks and the hyphens in phone numbers; a full stop where
  // a block ends without one.
  text = text.replace(/[\u2011\u2066-\u2069]/g, ' ').replace(/([\p{L}\p{N})])\s*\n/gu, '$1.\n');
  const u = new SpeechSynthesisUtterance(text.split(/\s+/).filter((w) => !/@|:\/\/|^www\./.test(w)).join(' '));
  u.voice = voice;
  u.lang = lang;
  u.onend = u.onerror = done;
  synth.speak(u);
  return true;
}
