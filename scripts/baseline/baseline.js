// The benchmark's baseline: the same flow as the widget, hand-written in plain
// JavaScript with no framework, no validation and no Fluent — just the config, the
// Dutch texts (read with a naive .ftl line parser) and DOM calls in a shadow root.
// It is what "fast" looks like for this job; the widget is measured against it.
const base = new URL('/', import.meta.url);

function parseFtl(src) {
  const out = {};
  let id = null;
  for (const line of src.split('\n')) {
    const m = /^([a-z][a-z0-9-]*) = (.*)$/.exec(line);
    if (m) { id = m[1]; out[id] = m[2]; continue; }
    const a = /^\s+\.([a-z]+) = (.*)$/.exec(line);
    if (a && id) out[`${id}.${a[1]}`] = a[2];
  }
  return out;
}

class BaselineWidget extends HTMLElement {
  async connectedCallback() {
    const [config, ui, flow] = await Promise.all([
      fetch(new URL(this.getAttribute('config'), base)).then((r) => r.json()),
      fetch(new URL('locales/nl/ui.ftl', base)).then((r) => r.text()),
      fetch(new URL('locales/nl/flow.ftl', base)).then((r) => r.text()),
    ]);
    this.t = { ...parseFtl(ui), ...parseFtl(flow) };
    this.config = config;
    this.questions = Object.fromEntries(config.questionnaire.questions.map((q) => [q.id, q]));
    this.outcomes = Object.fromEntries(config.outcomes.map((o) => [o.id, o]));
    this.answers = {};
    this.root = this.attachShadow({ mode: 'open' });
    this.show(config.questionnaire.start);
  }

  text(id) { return this.t[id] ?? id; }

  next(q, picked) {
    for (const b of q.branches ?? []) {
      const c = b.when;
      if (c['answer-includes'] && picked.includes(c['answer-includes'].option)) return b.to;
      if (c['answer-is'] && picked[0] === c['answer-is'].option) return b.to;
      if (c['count-at-least'] && picked.length >= c['count-at-least'].count) return b.to;
    }
    if (picked.length === 1 && q['next-by-answer']?.[picked[0]]) return q['next-by-answer'][picked[0]];
    return q.next;
  }

  show(id) {
    const q = this.questions[id];
    this.root.replaceChildren();
    if (!q) return this.advice(this.outcomes[id]);
    const form = document.createElement('form');
    const fs = document.createElement('fieldset');
    const legend = document.createElement('legend');
    const h2 = document.createElement('h2');
    h2.textContent = this.text(`question-${id}`);
    h2.tabIndex = -1;
    legend.append(h2);
    fs.append(legend);
    const options = q.kind === 'yes-no' ? [{ id: 'yes' }, { id: 'no' }] : q.options ?? [];
    for (const o of options) {
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = q.kind === 'multiple-choice' ? 'checkbox' : 'radio';
      input.name = id;
      input.value = o.id;
      label.append(input, ' ', this.text(q.kind === 'yes-no' ? `answer-${o.id}` : `option-${id}-${o.id}`));
      fs.append(label);
    }
    if (q.kind === 'postcode' || q.kind === 'free-text') {
      const input = document.createElement(q.kind === 'free-text' ? 'textarea' : 'input');
      input.name = id;
      fs.append(input);
    }
    const button = document.createElement('button');
    button.type = 'submit';
    button.textContent = 'Volgende';
    form.append(fs, button);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const picked = [...form.querySelectorAll('input:checked')].map((i) => i.value);
      this.answers[id] = picked;
      this.show(this.next(q, picked));
    });
    this.root.append(form);
    h2.focus();
  }

  advice(o) {
    const h2 = document.createElement('h2');
    h2.textContent = this.text(`outcome-${o.id}`);
    const p = document.createElement('p');
    p.textContent = this.text(`outcome-${o.id}.why`);
    this.root.append(h2, p);
  }
}
customElements.define('baseline-widget', BaselineWidget);
