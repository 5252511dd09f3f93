// The benchmark's baseline: the same flow as the widget, hand-written in plain
// JavaScript with no framework, no validation and no Fluent — just the config, the
// Dutch texts (read with a naive .ftl line parser) and DOM calls in a shadow root.
// It is what "fast" looks like for this job; the widget is measured against it.
import { base, parseFtl, next } from './common.js';

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
      this.show(next(q, picked));
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
