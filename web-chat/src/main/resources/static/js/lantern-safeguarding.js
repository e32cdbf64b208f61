/*
 * Urgent answers and crisis words on the worker's pages, with or without a signal.
 *
 * What counts as urgent comes from the rule base: /worker/safeguarding.json is derived from the
 * safeguarding rules and the screening rules when Lantern starts, and kept on this device so the
 * check works offline. When a safety question is answered urgently (not feeling safe at home,
 * thoughts of harm) or a note or free-text answer holds crisis words, the worker's guidance and
 * the numbers are shown at the top of the page at once. Text is only put on the page with
 * textContent; nothing typed is stored or sent by this script.
 */
(function () {
  'use strict';

  var KEY = 'lantern.safeguarding';
  var rules = null;
  var shown = {};

  try { rules = JSON.parse(window.localStorage.getItem(KEY)); } catch (e) { rules = null; }
  window.fetch('/worker/safeguarding.json', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (fresh) {
      if (!fresh) { return; }
      rules = fresh;
      try { window.localStorage.setItem(KEY, JSON.stringify(fresh)); } catch (e) { /* kept in memory */ }
    })
    .catch(function () { /* no signal: the copy kept on this device is used */ });

  /** The note as the rules read it: lower case, letters and digits, one space between words. */
  function tidy(text) {
    return ' ' + text.toLowerCase().replace(/[\u2018\u2019']/g, '').replace(/[^a-z0-9]+/g, ' ').trim() + ' ';
  }

  var compiled = null;
  function patterns() {
    if (compiled || !rules) { return compiled || []; }
    compiled = [];
    rules.words.forEach(function (word) {
      try { compiled.push({ help: word.help, re: new RegExp('^(?:' + word.pattern + ')$') }); } catch (e) { /* skip */ }
    });
    return compiled;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  function show(help) {
    if (!rules || !rules.help[help] || shown[help]) { return; }
    shown[help] = true;
    var main = document.getElementById('main-content');
    var panel = document.getElementById('safeguarding-alert');
    if (!panel) {
      panel = el('div', 'govuk-notification-banner lantern-safeguarding-alert');
      panel.id = 'safeguarding-alert';
      panel.setAttribute('role', 'alert');
      panel.setAttribute('aria-labelledby', 'safeguarding-alert-title');
      var header = panel.appendChild(el('div', 'govuk-notification-banner__header'));
      var title = header.appendChild(el('h2', 'govuk-notification-banner__title', 'Act on this now'));
      title.id = 'safeguarding-alert-title';
      panel.appendChild(el('div', 'govuk-notification-banner__content'));
      main.insertBefore(panel, main.firstChild);
    }
    var content = panel.querySelector('.govuk-notification-banner__content');
    var given = rules.help[help];
    content.appendChild(el('p', 'govuk-notification-banner__heading', given.worker));
    var list = content.appendChild(el('ul', 'govuk-list govuk-list--bullet'));
    given.lines.forEach(function (line) { list.appendChild(el('li', null, line)); });
  }

  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!rules || input.type !== 'radio' || !input.checked) { return; }
    var form = input.closest('[data-question-id]');
    if (!form) { return; }
    var question = form.getAttribute('data-question-id');
    rules.urgentAnswers.forEach(function (urgent) {
      if (urgent.question === question && urgent.value === input.value) { show(urgent.help); }
    });
  });

  document.addEventListener('input', function (event) {
    var input = event.target;
    if (!rules || input.tagName !== 'TEXTAREA') { return; }
    var text = tidy(input.value);
    patterns().forEach(function (word) { if (word.re.test(text)) { show(word.help); } });
  });
}());
