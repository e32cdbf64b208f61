/*
 * Urgent answers and crisis words on the worker's pages, with or without a signal.
 *
 * What counts as urgent comes from the rule base: /worker/safeguarding.json is derived from the
 * safeguarding rules and the screening rules when Lantern starts, and kept on this device so the
 * check works offline. When a safety question is answered urgently (not feeling safe at home,
 * thoughts of harm) or a note or free-text answer holds crisis words (the whole safeguarding check,
 * lantern-safeguarding-check.js, as the server runs it), the worker's guidance and
 * the numbers are shown at the top of the page at once, and below them the ways to reach help without a
 * voice call (for a person who may be deaf or unable to talk on the phone). Text is only put on the page with
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

  /**
   * The safeguarding check over typed text (lantern-safeguarding-check.js), prepared once from the
   * rules kept on this device. When the check cannot run (a kept copy it cannot read, or an error
   * while checking) the text is not passed as safe: the page says it could not be checked and asks
   * the worker to read it for danger themselves (notChecked). The console names the error, never the text.
   */
  var checker = null;
  var preparedFrom = null;
  function check(text, questionId) {
    if (preparedFrom !== rules) {
      preparedFrom = rules;
      checker = null;
      try {
        checker = window.LanternSafeguardingCheck.prepare(rules.check);
      } catch (e) {
        if (window.console) { window.console.error('The safeguarding check could not be prepared: ' + e.message); }
      }
    }
    if (!checker) { notChecked(); return []; }
    try {
      return checker(text, questionId);
    } catch (e) {
      if (window.console) { window.console.error('The safeguarding check failed on a note: ' + e.message); }
      notChecked();
      return [];
    }
  }

  /** Says once, at the top of the page, that a note could not be checked for crisis words. */
  function notChecked() {
    if (document.getElementById('safeguarding-not-checked')) { return; }
    var panel = el('div', 'govuk-warning-text', null);
    panel.id = 'safeguarding-not-checked';
    panel.setAttribute('role', 'alert');
    panel.appendChild(el('strong', 'govuk-warning-text__text',
        'Lantern could not check this note for crisis words. Read it again yourself and follow your '
        + 'safeguarding procedure if it tells of danger or harm.'));
    var main = document.getElementById('main-content');
    main.insertBefore(panel, main.firstChild);
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
    // Each kind goes above the ways to reach help without a voice call, which stay last and once.
    var deaf = document.getElementById('safeguarding-deaf');
    content.insertBefore(el('p', 'govuk-notification-banner__heading', given.worker), deaf);
    var list = content.insertBefore(el('ul', 'govuk-list govuk-list--bullet'), deaf);
    given.lines.forEach(function (line) { list.appendChild(el('li', null, line)); });
    if (!deaf && rules.deaf) {
      deaf = content.appendChild(el('div', null, null));
      deaf.id = 'safeguarding-deaf';
      deaf.appendChild(el('p', null, rules.deaf.worker));
      var ways = deaf.appendChild(el('ul', 'govuk-list govuk-list--bullet'));
      rules.deaf.lines.forEach(function (line) { ways.appendChild(el('li', null, line)); });
    }
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
    // Round 19: an answer is read with the question it answers (a "yes" at the loss question carries the death)
    var form = input.closest('[data-question-id]');
    check(input.value, form ? form.getAttribute('data-question-id') : null).forEach(show);
  });
}());
