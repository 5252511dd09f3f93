// The benchmark's same-screens baseline: the widget's flow hand-written in plain
// JavaScript, rendering the same screens as the widget — the same elements, classes,
// ARIA and texts, styled by the widget's own stylesheet — with template strings and
// innerHTML, the way a careful hand-made page would. No framework, no validation, no
// Fluent (a naive .ftl reader fills `{ $x }`). The page chrome (crisis numbers,
// language choice, helper switch) is drawn once; a step redraws the main part, the
// answers and the live region. scripts/bench.mjs prints the element count of every
// screen of both, so a drift between this page and the widget shows.
import { base, parseFtl, next } from './common.js';

const ICONS = {
  money: 'M12 4a8 8 0 1 0 0 16a8 8 0 1 0 0-16z M14.5 9.5a3 3 0 1 0 0 5 M8 11h5M8 13h5',
  work: 'M4 8h16v11H4z M9 8V5h6v3 M4 13h16',
  home: 'M4 11l8-7l8 7 M6 10v10h12V10 M10 20v-5h4v5',
  health: 'M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.5A4 4 0 0 1 19 10c0 5.5-7 10-7 10z',
  child: 'M12 3a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5z M8 11h8 M12 8v7 M12 15l-3 5M12 15l3 5',
  care: 'M3 14l4-3h5a2 2 0 0 1 0 4H9 M12 15h4l5-4 M3 14v5h12l6-8',
  alone: 'M12 4a3 3 0 1 0 0 6a3 3 0 1 0 0-6z M6 20a6 6 0 0 1 12 0',
  safety: 'M12 3l7 3v5c0 5-3.5 8-7 10c-3.5-2-7-5-7-10V6z M9 12l2 2l4-4',
  people: 'M8 5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5z M16 5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5z M3 19a5 5 0 0 1 10 0M11 19a5 5 0 0 1 10 0',
  letter: 'M3 6h18v12H3z M3 7l9 6l9-6',
  question: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.7.4-1 1-1 1.7v.5 M12 17h.01',
};
const LANGUAGES = [['nl', 'Nederlands'], ['en', 'English'], ['ar', 'العربية'], ['tr', 'Türkçe'], ['pl', 'Polski'], ['uk', 'Українська'], ['fy', 'Frysk']];
const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const CRISIS_ROLES = { emergency: 'emergency', 'suicide-prevention': 'suicide-prevention', 'veilig-thuis': 'veilig-thuis', huisartsenpost: 'huisartsenpost', gemeente: 'gemeente', helpline: 'helpline' };

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const iso = (s) => `\u2068${s}\u2069`;

class SameScreensWidget extends HTMLElement {
  async connectedCallback() {
    const [config, ui, flow, css] = await Promise.all([
      fetch(new URL(this.getAttribute('config'), base)).then((r) => r.json()),
      fetch(new URL('locales/nl/ui.ftl', base)).then((r) => r.text()),
      fetch(new URL('locales/nl/flow.ftl', base)).then((r) => r.text()),
      fetch(new URL('/bench/widget.css', base)).then((r) => r.text()),
    ]);
    this.t = { ...parseFtl(ui), ...parseFtl(flow) };
    this.config = config;
    this.questions = Object.fromEntries(config.questionnaire.questions.map((q) => [q.id, q]));
    this.outcomes = Object.fromEntries(config.outcomes.map((o) => [o.id, o]));
    this.services = Object.fromEntries(config.directory.map((s) => [s.id, s]));
    this.terms = Object.fromEntries(config.terms.map((t) => [t.id, t]));
    this.answers = [];
    this.root = this.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    this.root.adoptedStyleSheets = [sheet];
    this.root.innerHTML = `<div class="wegwijzer-root"><div class="wegwijzer" lang="nl" dir="ltr">${this.chrome()}<div class="wegwijzer-main"></div><div class="ww-answers"></div></div></div>`;
    this.main = this.root.querySelector('.wegwijzer-main');
    this.answersSlot = this.root.querySelector('.ww-answers');
    this.root.addEventListener('submit', (e) => this.submit(e));
    this.show(config.questionnaire.start);
  }

  // A message with `{ $name }` placeables filled in (isolated like Fluent does).
  text(id, args = {}) {
    const raw = this.t[id] ?? id;
    return raw.replace(/\{ \$([a-z-]+) \}/g, (_, k) => iso(args[k] ?? ''));
  }

  chrome() {
    const crisis = this.config.gemeente.crisis.map((id) => {
      const s = this.services[id];
      const p = s.phones[0];
      const role = CRISIS_ROLES[s.role] ?? 'helpline';
      const name = s.national && s.role !== 'veilig-thuis' ? '' : ` <bdi class="wegwijzer-crisis__name">${esc(s.name)}</bdi>`;
      return `<li class="wegwijzer-crisis__item"><span class="wegwijzer-crisis__label">${esc(this.text(`crisis-role-${role}`))}</span> ${this.callLink(p, 'wegwijzer-crisis__link')}${name}${p.free ? ` <span class="wegwijzer-crisis__facts">${this.text('phone-free')}</span>` : ''}</li>`;
    }).join('');
    const languages = LANGUAGES.map(([code, name]) => `<option lang="${code}" value="${code}"${code === 'nl' ? ' selected' : ''}>${name}</option>`).join('');
    // "Snel weg" is on every screen (the config's default `quick-exit: every-screen`).
    return `<div class="wegwijzer-quick-exit wegwijzer-no-print"><button type="button" class="wegwijzer-quick-exit__button">${this.text('quick-exit')}</button></div><p class="wegwijzer-quick-exit__note wegwijzer-no-print">${this.text('quick-exit-note')} ${this.text('quick-exit-keys')}</p>`
      + `<aside class="wegwijzer-crisis" aria-labelledby="ww-crisis-title"><p class="wegwijzer-crisis__title" id="ww-crisis-title" role="heading" aria-level="2">${this.text('crisis-heading')}</p><ul class="wegwijzer-crisis__list" role="list">${crisis}</ul></aside>`
      + `<div class="wegwijzer-toolbar wegwijzer-no-print"><div class="wegwijzer-language wegwijzer-no-print"><label class="wegwijzer-language__label" for="ww-language">${this.text('language-label')}</label><select class="wegwijzer-language__select" id="ww-language">${languages}</select><button type="button" class="wegwijzer-language__button">${this.text('language-apply')}</button></div><button class="wegwijzer-read-aloud wegwijzer-no-print" type="button">${this.text('read-aloud')}</button></div>`
      + `<div class="wegwijzer-helper wegwijzer-no-print"><input class="wegwijzer-helper__input" type="checkbox" id="ww-helper"><label class="wegwijzer-helper__label" for="ww-helper">${this.text('helper-toggle')}</label></div>`;
  }

  callLink(phone, cls) {
    return `<a class="${cls}" href="tel:${phone.number.replace(/[^0-9+]/g, '')}">${esc(this.text('phone-call', { number: phone.number }))}</a>`;
  }

  show(id) {
    this.current = id;
    const q = this.questions[id];
    if (q) {
      const n = this.answers.length + 1;
      this.main.innerHTML = this.questionScreen(q, n);
    } else {
      const o = this.outcomes[id];
      this.main.innerHTML = this.adviceScreen(o);
    }
    this.answersSlot.innerHTML = this.answersSummary();
    // Like the widget: focus moves to the new heading after a step, not on arrival.
    if (this.answers.length) this.main.querySelector('h2').focus();
  }

  submit(e) {
    e.preventDefault();
    const q = this.questions[this.current];
    const form = e.target;
    const picked = [...form.querySelectorAll('input:checked')].map((i) => i.value);
    this.answers.push([q.id, picked]);
    this.show(next(q, picked));
  }

  questionScreen(q, n) {
    const id = q.id;
    const hint = this.t[`question-${id}.hint`];
    const why = this.t[`question-${id}.why`];
    const back = n > 1 ? `<button class="wegwijzer-back" type="button">${this.text('button-back')}</button>` : '';
    return `<section class="wegwijzer-question" aria-labelledby="ww-question-heading">${back}<p class="wegwijzer-progress">${this.text('progress', { number: n })}</p>`
      + `<form class="wegwijzer-form" novalidate><fieldset class="wegwijzer-fieldset"${hint ? ' aria-describedby="ww-question-hint"' : ''}><legend class="wegwijzer-legend"><h2 class="wegwijzer-heading" id="ww-question-heading" tabindex="-1">${esc(this.text(`question-${id}`))}</h2></legend>`
      + `${hint ? `<p class="wegwijzer-hint" id="ww-question-hint">${esc(hint)}</p>` : ''}${this.field(q)}</fieldset>`
      + `${why ? `<details class="wegwijzer-why"><summary class="wegwijzer-why__summary">${this.text('why-question')}</summary><p class="wegwijzer-why__text">${esc(why)}</p></details>` : ''}`
      + `<div class="wegwijzer-actions"><button class="wegwijzer-button wegwijzer-button--primary" type="submit">${this.text('button-next')}</button></div></form><p class="wegwijzer-visually-hidden" role="status"></p></section>`;
  }

  field(q) {
    if (q.kind === 'postcode') {
      return `<div class="wegwijzer-field"><label class="wegwijzer-field__label" for="ww-postcode">${this.text('postcode-label')}</label><p class="wegwijzer-field__hint" id="ww-postcode-hint">${this.text('postcode-hint')}</p><input class="wegwijzer-input" id="ww-postcode" name="postcode" autocomplete="postal-code" aria-describedby="ww-postcode-hint"></div>`;
    }
    if (q.kind === 'free-text') return `<div class="wegwijzer-field"><textarea class="wegwijzer-textarea" name="${q.id}"></textarea></div>`;
    const yesNo = q.kind === 'yes-no';
    const options = yesNo ? [{ id: 'yes' }, { id: 'no' }] : q.options;
    const type = q.kind === 'multiple-choice' ? 'checkbox' : 'radio';
    const tiles = options.some((o) => o.icon);
    const items = options.map((o) => {
      const key = yesNo ? `answer-${o.id}` : `option-${q.id}-${o.id}`;
      const hint = this.t[`${key}.hint`];
      const icon = o.icon ? `<svg class="wegwijzer-icon" viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false" fill="none" stroke="currentColor"><path d="${ICONS[o.icon] ?? ICONS.question}"></path></svg>` : '';
      return `<div class="wegwijzer-choice"><input class="wegwijzer-choice__input" type="${type}" id="ww-opt-${o.id}" name="ww-${q.id}" value="${o.id}">`
        + `<label class="wegwijzer-choice__label" for="ww-opt-${o.id}">${icon}<span class="wegwijzer-choice__text">${esc(this.text(key))}</span>${hint ? `<span class="wegwijzer-choice__hint">${esc(hint)}</span>` : ''}</label></div>`;
    }).join('');
    return `<div class="wegwijzer-choices ${tiles ? 'wegwijzer-choices--tiles' : yesNo ? 'wegwijzer-choices--inline' : ''}">${items}</div>`;
  }

  answersSummary() {
    if (!this.answers.length) return '';
    const rows = this.answers.map(([qid, picked]) => {
      const q = this.questions[qid];
      const answer = picked.map((o) => this.text(q.kind === 'yes-no' ? `answer-${o}` : `option-${qid}-${o}`)).join(', ');
      const question = this.text(`question-${qid}`);
      return `<div class="wegwijzer-answers__row"><dt class="wegwijzer-answers__question">${esc(question)}</dt><dd class="wegwijzer-answers__answer">${esc(answer)}</dd><dd class="wegwijzer-answers__change"><button class="wegwijzer-link-button" type="button" aria-label="${esc(this.text('answers-change-label', { question }))}">${this.text('answers-change')}</button></dd></div>`;
    }).join('');
    return `<section class="wegwijzer-answers wegwijzer-no-print"><h2 class="wegwijzer-subheading" id="ww-answers-heading">${this.text('answers-heading')}</h2><dl class="wegwijzer-answers__list">${rows}</dl><button class="wegwijzer-button wegwijzer-button--secondary" type="button">${this.text('restart')}</button></section>`;
  }

  duration(term) {
    const unit = { hours: 'uur', days: 'dagen', 'working-days': 'werkdagen', weeks: 'weken' }[term.unit];
    return iso(`${iso(term.amount)} ${unit}`);
  }

  stepText(step) {
    const raw = this.t[`step-${step.id}`] ?? step.id;
    return raw.replace(/\{ \$term \}/g, () => (step.term ? this.duration(this.terms[step.term]) : ''));
  }

  days(list) {
    const names = list.map((d) => this.text(`day-${d}`));
    const consecutive = list.length > 2 && list.every((d, i) => i === 0 || DAYS.indexOf(d) === DAYS.indexOf(list[i - 1]) + 1);
    return consecutive ? iso(this.text('day-range', { from: names[0], to: names[names.length - 1] })) : iso(names.join(', '));
  }

  times(times) {
    return times.map((t) => this.text('opening-time', { days: this.days(t.days), opens: t.opens, closes: t.closes }).replace(/\u2068\u2068/g, '\u2068')).join(', ');
  }

  card(s, { primary = false, lead = '', why = '', compact = false, heading = 'h4' } = {}) {
    const phones = (s.phones ?? []).map((p) => {
      const facts = [p.free && this.text('phone-free'), p.anonymous && this.text('phone-anonymous')].filter(Boolean).join(', ');
      const hours = p.hours?.times ? `<span class="wegwijzer-card__hours">${this.text('hours-label')} ${this.times(p.hours.times)}</span>` : '';
      return `<li class="wegwijzer-card__phone">${this.callLink(p, 'wegwijzer-card__call')}${facts ? ` <span class="wegwijzer-card__facts">${facts}</span>` : ''}${hours}</li>`;
    }).join('');
    const schedules = compact ? '' : (s.schedules ?? []).map((sc) => `<p class="wegwijzer-card__schedule"><span class="wegwijzer-card__label">${this.text(`schedule-${sc.kind}`)}</span> ${this.times(sc.times)}</p>`).join('');
    const address = !compact && s.address ? `<p class="wegwijzer-card__address"><span class="wegwijzer-card__label">${this.text('address-label')}</span> <bdi dir="ltr">${esc(`${s.address.street}, ${s.address.postcode} ${s.address.city}`)}</bdi></p>` : '';
    const links = compact ? '' : [
      s.url && `<li><a href="${esc(s.url)}" rel="noopener">${esc(this.text('link-website', { name: '\u0000' })).replace('\u0000', `<bdi>${esc(s.name)}</bdi>`)}</a></li>`,
      s.email && `<li><a href="mailto:${esc(s.email)}">${esc(this.text('link-email', { address: s.email }))}</a></li>`,
    ].filter(Boolean).join('');
    const cls = `wegwijzer-card${primary ? ' wegwijzer-card--primary' : ''}${compact ? ' wegwijzer-card--compact' : ''}`;
    return `<article class="${cls}">${lead ? `<p class="wegwijzer-card__lead">${lead}</p>` : ''}<${heading} class="wegwijzer-card__name"><bdi>${esc(s.name)}</bdi></${heading}>`
      + `<p class="wegwijzer-card__about">${esc(this.text(`service-${s.id}`))}</p>${why}`
      + `${phones ? `<ul class="wegwijzer-card__phones" role="list">${phones}</ul>` : ''}${schedules}${address}${links ? `<ul class="wegwijzer-card__links" role="list">${links}</ul>` : ''}</article>`;
  }

  adviceScreen(o) {
    const id = o.id;
    const title = this.text(`outcome-${id}`);
    const first = this.services[o['first-contact']];
    const why = `<details class="wegwijzer-why"><summary class="wegwijzer-why__summary">${this.text('why-advice')}</summary><p class="wegwijzer-why__text">${esc(this.text(`outcome-${id}.why`))}</p></details>`;
    const urgency = o.urgency ? `<p class="wegwijzer-notice wegwijzer-notice--${o.urgency}">${this.text(`urgency-${o.urgency}`)}</p>` : '';
    const community = o.community?.length
      ? `<section class="wegwijzer-advice__community"><h3 class="wegwijzer-subheading">${this.text('community-heading')}</h3><p>${this.text('community-text')}</p>${o.community.map((s) => this.card(this.services[s])).join('')}</section>` : '';
    const steps = o.steps.map((s) => this.stepText(s));
    const bring = (o.bring ?? []).map((b) => esc(this.text(`bring-${b}`)));
    const also = o.also?.length
      ? `<section class="wegwijzer-advice__also"><h3 class="wegwijzer-subheading">${this.text('also-heading')}</h3><div class="wegwijzer-advice__compact">${o.also.map((s) => this.card(this.services[s], { compact: true })).join('')}</div></section>` : '';
    const list = (tag, items, cls = '') => `<${tag}${cls ? ` class="${cls}__list"` : ''}>${items.map((x) => `<li${cls && tag === 'ol' ? ` class="${cls}__item"` : ''}>${x}</li>`).join('')}</${tag}>`;
    const topics = this.answers.filter(([q]) => q === this.config.questionnaire.start).flatMap(([q, picked]) => picked.map((p) => this.text(`option-${q}-${p}`)));
    const rights = o.law ? [...(o['client-support'] ? [this.text('right-client-support')] : []), this.text('right-company'), this.text('right-objection')] : [];
    // The advice as issue 19 built it: what to do now open, the rest in closed sections.
    const more = (key, body) => `<details class="wegwijzer-more"><summary>${this.text(key)}</summary>${body}</details>`;
    // Every contact on paper, as the widget's note: name, numbers, address; and the date.
    // Names and addresses isolated (and marked Dutch on other screens), as the widget does.
    const contact = (c) => [`<bdi>${esc(c.name)}</bdi>`, ...(c.phones ?? []).map((p) => esc(`Bel ${p.number}`)), ...(c.address ? [`Adres: <bdi>${esc(`${c.address.street}, ${c.address.postcode} ${c.address.city}`)}</bdi>`] : [])].join('\n');
    const others = [...new Set([...(o.community ?? []), ...(o.also ?? []), ...(o.crisis ?? []), ...this.config.gemeente.crisis])]
      .filter((c) => c !== o['first-contact']).map((c) => this.services[c]);
    const date = new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
    const handover = `<section class="wegwijzer-handover" aria-labelledby="ww-handover-heading"><h3 class="wegwijzer-subheading" id="ww-handover-heading">${this.text('handover-heading')}</h3><p class="wegwijzer-handover__intro">${this.text('handover-intro')}</p><p class="wegwijzer-handover__date">Gemaakt op ${date}</p><dl class="wegwijzer-handover__list">`
      + `<dt>${this.text('handover-topics')}</dt><dd>${esc(topics.join(', '))}</dd><dt>${this.text('handover-advice')}</dt><dd>${esc(title)}</dd>`
      + `<dt>${this.text('handover-first-contact')}</dt><dd class="wegwijzer-handover__contact">${contact(first)}</dd>`
      + `<dt>${this.text('handover-contacts')}</dt><dd><ul>${others.map((c) => `<li class="wegwijzer-handover__contact">${contact(c)}</li>`).join('')}</ul></dd>`
      + `<dt>${this.text('steps-heading')}</dt><dd>${list('ol', steps)}</dd>${bring.length ? `<dt>${this.text('bring-heading')}</dt><dd>${list('ul', bring)}</dd>` : ''}`
      + `${rights.length ? `<dt>${this.text('handover-rights')}</dt><dd>${list('ul', rights)}</dd>` : ''}</dl>`
      + `<div class="wegwijzer-actions wegwijzer-no-print">${['handover-print', 'handover-copy'].map((k) => `<button class="wegwijzer-button wegwijzer-button--secondary" type="button">${this.text(k)}</button>`).join('')}<button class="wegwijzer-button wegwijzer-button--secondary" type="button" aria-expanded="false">${this.text('handover-share')}</button></div>`
      + `<p class="wegwijzer-handover__status wegwijzer-no-print" role="status"></p></section>`;
    return `<section class="wegwijzer-advice" aria-labelledby="ww-advice-heading"><div class="wegwijzer-no-print"><button class="wegwijzer-back" type="button">${this.text('button-back')}</button>`
      + `<h2 class="wegwijzer-heading" id="ww-advice-heading" tabindex="-1">${esc(title)}</h2>${urgency}`
      + `${this.card(first, { primary: true, lead: this.text('first-contact-lead'), why, heading: 'h3' })}`
      + `<p class="wegwijzer-advice__now">${steps[0] ?? ''}</p>`
      + more('steps-heading', `<ol start="2" class="wegwijzer-steps__list">${steps.slice(1).map((x) => `<li class="wegwijzer-steps__item">${x}</li>`).join('')}</ol>`)
      + `${bring.length ? more('bring-heading', list('ul', bring, 'wegwijzer-bring')) : ''}`
      + `${also || community ? more('more-help-heading', also + community) : ''}`
      + `${rights.length ? more('handover-rights', list('ul', rights, 'wegwijzer-bring')) : ''}`
      + `</div>${handover}</section>`;
  }
}
customElements.define('baseline-widget', SameScreensWidget);
