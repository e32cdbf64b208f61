/*
 * The frontline worker's question pages: the doorstep screening flow (/worker/screen), drawn here
 * from the questionnaire (kept in localStorage too, so the flow needs no network once loaded), the
 * result page's character count and the leaflet's print button.
 *
 * What the tablet keeps, and the sign-out check, are in lantern-tablet-work.js; sending finished
 * screenings (the offline queue) in lantern-worker-queue.js; the start page's table of what waits
 * on this tablet in lantern-worker-home.js; the idle warning in lantern-session.js.
 * Text is only ever put on the page with textContent.
 */
(function () {
  'use strict';

  var QUESTIONNAIRE_KEY = 'lantern.questionnaire';
  var REFERENCE = /^[A-Za-z0-9][A-Za-z0-9 /_.-]{0,39}$/;
  var FREE_TEXT_MAX = 500;
  var TITLE_SUFFIX = ' \u2013 Lantern for staff';

  var work = window.lanternTabletWork;
  var queue = window.lanternWorkerQueue;
  var user = work.user;
  var load = work.load;
  var store = work.store;
  var started = work.started;
  var newScreening = work.newScreening;
  var indexOf = work.indexOf;
  var el = work.el;
  var append = work.append;
  var when = work.when;
  var send = queue.send;
  var sendWaiting = queue.sendWaiting;
  var keepTrying = queue.keepTrying;
  var connection = queue.connection;
  var csrf = queue.csrf;

  /* ---------- Questions ---------- */

  function loadQuestionnaire() {
    return window.fetch('/api/questionnaire', { credentials: 'same-origin', cache: 'no-cache',
      headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (!response.ok) { throw new Error('questionnaire ' + response.status); }
        return response.json();
      })
      .then(function (questionnaire) {
        try { window.localStorage.setItem(QUESTIONNAIRE_KEY, JSON.stringify(questionnaire)); } catch (e) { /* kept in memory */ }
        return questionnaire;
      })
      .catch(function () {
        try { return JSON.parse(window.localStorage.getItem(QUESTIONNAIRE_KEY)); } catch (e) { return null; }
      });
  }

  /** An answer in the form skip logic compares: "yes", "no", an option id or a number as text. */
  function canonical(value) {
    if (value === true) { return 'yes'; }
    if (value === false) { return 'no'; }
    return String(value);
  }

  function normalisePostcode(written) {
    var compact = String(written).replace(/[\s.\-]/g, '').toUpperCase();
    var full = /^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$/.exec(compact);
    if (full) { return full[1] + ' ' + full[2]; }
    return /^[A-Z]{1,2}[0-9][A-Z0-9]?$/.test(compact) ? compact : null;
  }

  function displayAnswer(question, value) {
    if (value === undefined || value === null || value === '') { return 'Not answered'; }
    if (question.type === 'yes_no') { return value ? 'Yes' : 'No'; }
    if (question.type === 'single_choice') {
      for (var i = 0; i < question.options.length; i++) {
        if (question.options[i].id === value) { return question.options[i].label; }
      }
    }
    return String(value);
  }

  /** Reads the answer on a question page: {value} (undefined when left empty) or {error}. */
  function readAnswer(question, form) {
    var required = question.required;
    var words = question.staff || {};
    if (question.type === 'yes_no' || question.type === 'single_choice') {
      var chosen = form.querySelector('input[name="answer"]:checked');
      if (!chosen) {
        return required ? { error: words.missing || 'Select an answer' } : { value: undefined };
      }
      if (question.type === 'yes_no') { return { value: chosen.value === 'yes' }; }
      return { value: chosen.value };
    }
    var raw = form.querySelector('[name="answer"]').value;
    var text = raw.trim();
    if (text === '') {
      if (!required) { return { value: undefined }; }
      return { error: words.missing || 'Enter an answer' };
    }
    if (question.type === 'whole_number') {
      if (!/^\d+$/.test(text)) { return { error: words.format || 'Enter a whole number' }; }
      var number = parseInt(text, 10);
      var min = question.min, max = question.max;
      if ((min !== null && min !== undefined && number < min) || (max !== null && max !== undefined && number > max)) {
        return { error: words.range || 'Enter a number between ' + min + ' and ' + max };
      }
      return { value: number };
    }
    if (question.type === 'postcode') {
      var postcode = normalisePostcode(text);
      return postcode ? { value: postcode }
        : { error: words.format || 'Enter a real postcode, like ME7 1AB, or just the first part, like ME7' };
    }
    if (text.length > FREE_TEXT_MAX) { return { error: 'Answer must be ' + FREE_TEXT_MAX + ' characters or fewer' }; }
    return { value: text };
  }

  /* ---------- The flow page (/worker/screen) ---------- */

  function startFlow(main) {
    var flow = document.getElementById('flow');
    var consentStep = document.getElementById('step-consent');
    var loading = document.getElementById('flow-loading');
    var prefill = main.getAttribute('data-prefill-reference');
    var retention = main.getAttribute('data-retention') || '';
    var questions = [];
    var byId = {};
    var justSent = {};

    function isAsked(question, answers) {
      if (!question.askIf) { return true; }
      var earlier = answers[question.askIf.question];
      return earlier !== undefined && question.askIf.anyOf.indexOf(canonical(earlier)) >= 0;
    }

    function done(question, screening) {
      return Object.prototype.hasOwnProperty.call(screening.answers, question.id)
        || (!question.required && screening.seen.indexOf(question.id) >= 0);
    }

    /** Drops answers to questions that an earlier change means are no longer asked. */
    function prune(screening) {
      questions.forEach(function (question) {
        if (!isAsked(question, screening.answers)) { delete screening.answers[question.id]; }
      });
    }

    function asked(screening) {
      return questions.filter(function (question) { return isAsked(question, screening.answers); });
    }

    function firstIncomplete(screening) {
      if (screening.consent !== true && screening.consent !== false) { return 'consent'; }
      if (screening.consent && !screening.reference) { return 'reference'; }
      var list = asked(screening);
      for (var i = 0; i < list.length; i++) {
        if (!done(list[i], screening)) { return 'q/' + list[i].id; }
      }
      return 'check';
    }

    function route() {
      var hash = window.location.hash.replace(/^#/, '');
      return hash.indexOf('step/') === 0 ? hash.slice(5).split('/') : null;
    }

    function go(step, replace) {
      var hash = '#step/' + step;
      if (replace) {
        window.history.replaceState(null, '', hash);
        render();
      } else if (window.location.hash === hash) {
        render();
      } else {
        window.location.hash = hash;
      }
    }

    var fresh = null;

    /** The screening on this tablet, or a new one (kept in memory only until consent is answered). */
    function current() {
      var data = load();
      if (data.current) {
        fresh = null;
        if (!Array.isArray(data.current.seen)) { data.current.seen = []; }
        return data.current;
      }
      if (!fresh) {
        fresh = newScreening(prefill);
        prefill = null;
      }
      return fresh;
    }

    /** Keeps the screening; the promise settles once it is written, so the next step shows only after. */
    function save(screening) {
      var data = load();
      data.current = screening;
      return store(data);
    }

    function setTitle(heading, error) {
      document.title = (error ? 'Error: ' : '') + heading + TITLE_SUFFIX;
    }

    function showFlow() {
      consentStep.hidden = true;
      flow.hidden = false;
      while (flow.firstChild) { flow.removeChild(flow.firstChild); }
      window.scrollTo(0, 0);
    }

    function backLink(href) {
      return el('a', { href: href, className: 'govuk-back-link', id: 'back-link' }, 'Back');
    }

    function errorSummary(items, id) {
      var summaryId = id || 'error-summary';
      var summary = el('div', { className: 'govuk-error-summary', tabindex: '-1', id: summaryId,
        'aria-labelledby': summaryId + '-title' });
      var alert = el('div', { role: 'alert' });
      var list = el('ul', { className: 'govuk-list govuk-error-summary__list' });
      items.forEach(function (item) {
        var link = el('a', { href: item.href }, item.message);
        if (item.focus) {
          link.addEventListener('click', function (event) {
            event.preventDefault();
            var target = document.getElementById(item.focus);
            if (target) { target.focus(); }
          });
        }
        append(list, append(el('li'), link));
      });
      append(alert, el('h2', { className: 'govuk-error-summary__title', id: summaryId + '-title' },
        'There is a problem'), append(el('div', { className: 'govuk-error-summary__body' }, null), list));
      return append(summary, alert);
    }

    function errorMessage(id, message) {
      var p = el('p', { className: 'govuk-error-message', id: id });
      append(p, el('span', { className: 'govuk-visually-hidden' }, 'Error: '));
      p.appendChild(document.createTextNode(message));
      return p;
    }

    function focusFirst(node) {
      if (node) { node.focus(); }
    }

    function pendingBanner() {
      var banner = document.getElementById('pending-banner');
      var route0 = route();
      var data = load();
      var waiting = data.pending.filter(function (item) {
        return !(route0 && route0[0] === 'sending' && route0[1] === item.submissionId);
      });
      while (banner.firstChild) { banner.removeChild(banner.firstChild); }
      banner.hidden = waiting.length === 0;
      if (!waiting.length) { return; }
      var p = el('p', { className: 'govuk-body', id: 'pending-count' });
      append(p, el('strong', { className: 'govuk-tag govuk-tag--yellow' }, 'Pending'));
      p.appendChild(document.createTextNode(' ' + (waiting.length === 1 ? '1 screening is' : waiting.length
        + ' screenings are') + ' saved on this tablet and waiting to be sent to Lantern. '));
      append(p, el('a', { className: 'govuk-link', href: '/worker' }, 'See screenings waiting'));
      var retry = el('button', { type: 'button', className: 'govuk-button govuk-button--secondary govuk-!-margin-bottom-0',
        id: 'pending-retry' }, 'Try sending now');
      retry.addEventListener('click', function () { queue.resume(); sendWaiting(afterSend); });
      append(banner, p, retry);
    }

    function render() {
      pendingBanner();
      var screening = current();
      var parts = route();
      if (!parts) {
        go(started(screening) ? 'resume' : 'consent', true);
        return;
      }
      var step = parts[0];
      var needed = firstIncomplete(screening);
      if (step === 'sending') { showSending(parts[1]); return; }
      if (step === 'resume') { showResume(screening); return; }
      if (step === 'consent') { showConsent(screening); return; }
      if (step === 'reference' || step === 'change-reference') {
        if (screening.consent !== true) { go(needed, true); return; }
        showReference(screening, step === 'change-reference');
        return;
      }
      if (step === 'q' || step === 'change') {
        var question = byId[parts[1]];
        if (!question || !reachable(question, screening)) { go(needed, true); return; }
        showQuestion(screening, question, step === 'change');
        return;
      }
      if (step === 'check' && needed === 'check') { showCheck(screening); return; }
      go(needed, true);
    }

    /** A question can be shown once consent (and a reference) are given and every earlier one is done. */
    function reachable(question, screening) {
      if (screening.consent !== true && screening.consent !== false) { return false; }
      if (screening.consent && !screening.reference) { return false; }
      if (!isAsked(question, screening.answers)) { return false; }
      var list = asked(screening);
      for (var i = 0; i < list.length && list[i].id !== question.id; i++) {
        if (!done(list[i], screening)) { return false; }
      }
      return true;
    }

    /* Resume: a screening was left unfinished on this tablet. */
    function showResume(screening) {
      showFlow();
      var heading = 'There is an unfinished screening on this tablet';
      setTitle(heading);
      var column = el('div', { className: 'govuk-grid-column-two-thirds' });
      append(column, el('h1', { className: 'govuk-heading-l', tabindex: '-1' }, heading));
      var said = 'It was started on ' + when(screening.startedAt)
        + (screening.reference ? ', with the reference ' + screening.reference : '') + '.';
      append(column, el('p', { className: 'govuk-body', id: 'resume-text' }, said));
      var carryOn = el('button', { type: 'button', className: 'govuk-button', id: 'resume-carry-on' }, 'Carry on with it');
      carryOn.addEventListener('click', function () { go(firstIncomplete(current())); });
      var fresh = el('button', { type: 'button', className: 'govuk-button govuk-button--secondary',
        id: 'resume-start-new' }, 'Start a new screening');
      fresh.addEventListener('click', function () {
        var data = load();
        data.current = null;
        store(data);
        fresh = newScreening(prefill);
        prefill = null;
        go('consent');
      });
      append(column, el('p', { className: 'govuk-body' },
        'Starting a new screening deletes the unfinished answers from this tablet.'),
        append(el('div', { className: 'govuk-button-group' }), carryOn, fresh));
      append(flow, append(el('div', { className: 'govuk-grid-row' }), column));
      focusFirst(column.querySelector('h1'));
    }

    /* Consent: the read-aloud script is in the page; only the answer is handled here. */
    function showConsent(screening) {
      flow.hidden = true;
      consentStep.hidden = false;
      window.scrollTo(0, 0);
      clearConsentError();
      document.getElementById('consent').checked = screening.consent === true;
      document.getElementById('consent-no').checked = screening.consent === false;
      setTitle('Ask for their agreement');
      focusFirst(document.getElementById('consent-title'));
    }

    function clearConsentError() {
      var errors = document.getElementById('consent-errors');
      while (errors.firstChild) { errors.removeChild(errors.firstChild); }
      document.getElementById('consent-group').className = 'govuk-form-group';
      var message = document.getElementById('consent-error');
      message.hidden = true;
      message.textContent = '';
      document.getElementById('consent-fieldset').removeAttribute('aria-describedby');
    }

    document.getElementById('consent-form').addEventListener('submit', function (event) {
      event.preventDefault();
      var chosen = document.querySelector('input[name="consent"]:checked');
      if (!chosen) {
        clearConsentError();
        var text = 'Select yes if they agree to a record being kept';
        var summary = errorSummary([{ href: '#consent', focus: 'consent', message: text }], 'consent-error-summary');
        document.getElementById('consent-errors').appendChild(summary);
        document.getElementById('consent-group').className = 'govuk-form-group govuk-form-group--error';
        var message = document.getElementById('consent-error');
        append(message, el('span', { className: 'govuk-visually-hidden' }, 'Error: '));
        message.appendChild(document.createTextNode(text));
        message.hidden = false;
        document.getElementById('consent-fieldset').setAttribute('aria-describedby', 'consent-error');
        setTitle('Ask for their agreement', true);
        summary.focus();
        return;
      }
      clearConsentError();
      setTitle('Ask for their agreement');
      var screening = current();
      screening.consent = chosen.value === 'yes';
      if (!screening.consent) { screening.reference = ''; }
      // The reference page is always shown after a yes, so a reference filled in for a repeat screening is seen.
      save(screening).then(function () { go(screening.consent ? 'reference' : firstIncomplete(screening)); });
    });

    /* The worker's own reference for the person: never their name. */
    function showReference(screening, changing, problem, typed) {
      showFlow();
      var heading = 'Your reference for this person';
      setTitle(heading, !!problem);
      append(flow, backLink(changing ? '#step/check' : '#step/consent'));
      var column = el('div', { className: 'govuk-grid-column-two-thirds' });
      if (problem) { append(column, errorSummary([{ href: '#reference', focus: 'reference', message: problem }])); }
      var form = el('form', { novalidate: true, id: 'reference-form' });
      var group = el('div', { className: 'govuk-form-group' + (problem ? ' govuk-form-group--error' : '') });
      append(group, el('span', { className: 'govuk-caption-l' }, 'Before you start'));
      append(group, append(el('h1', { className: 'govuk-label-wrapper', tabindex: '-1' }),
        el('label', { className: 'govuk-label govuk-label--l', for: 'reference' }, heading)));
      append(group, el('div', { className: 'govuk-hint', id: 'reference-hint' }, 'Make up a reference you will '
        + 'recognise, such as your visit or job number. Do not use their name, address or date of birth. Up to 40 '
        + 'letters, numbers, spaces, dots, dashes or slashes.'));
      if (problem) { append(group, errorMessage('reference-error', problem)); }
      var input = el('input', { className: 'govuk-input govuk-input--width-20' + (problem ? ' govuk-input--error' : ''),
        id: 'reference', name: 'reference', type: 'text', autocomplete: 'off', spellcheck: 'false',
        autocapitalize: 'characters', 'aria-describedby': 'reference-hint' + (problem ? ' reference-error' : '') });
      input.value = typed !== undefined ? typed : screening.reference || '';
      append(group, input);
      append(form, group, el('button', { type: 'submit', className: 'govuk-button', id: 'continue' }, 'Continue'));
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var value = input.value.trim();
        var error = value === '' ? 'Enter your reference for this person'
          : !REFERENCE.test(value) ? 'Reference must be up to 40 letters, numbers, spaces, dots, dashes or slashes, '
            + 'starting with a letter or number' : null;
        if (error) { showReference(current(), changing, error, input.value); return; }
        var now = current();
        now.reference = value;
        now.problems = null;
        save(now).then(function () { go(changing ? 'check' : firstIncomplete(now)); });
      });
      append(column, form);
      append(flow, append(el('div', { className: 'govuk-grid-row' }), column));
      focusFirst(problem ? column.querySelector('#error-summary') : column.querySelector('h1'));
    }

    function previousOf(question, screening) {
      var list = asked(screening);
      var before = null;
      for (var i = 0; i < list.length && list[i].id !== question.id; i++) { before = list[i]; }
      if (before) { return '#step/q/' + before.id; }
      return screening.consent ? '#step/reference' : '#step/consent';
    }

    function nextAfter(question, screening, changing) {
      var list = asked(screening);
      var seenIt = false;
      for (var i = 0; i < list.length; i++) {
        if (seenIt && (!changing || !done(list[i], screening))) {
          return (changing ? 'change/' : 'q/') + list[i].id;
        }
        if (list[i].id === question.id) { seenIt = true; }
      }
      return 'check';
    }

    /* One question per page, drawn from the questionnaire. */
    function showQuestion(screening, question, changing, problem, typed) {
      showFlow();
      setTitle(question.text, !!problem);
      append(flow, backLink(changing ? '#step/check' : previousOf(question, screening)));
      var list = asked(screening);
      var number = 0;
      for (var i = 0; i < list.length; i++) { if (list[i].id === question.id) { number = i + 1; } }
      var column = el('div', { className: 'govuk-grid-column-two-thirds' });
      var firstId = question.type === 'yes_no' || question.type === 'single_choice' ? 'answer-1' : 'answer';
      if (problem) { append(column, errorSummary([{ href: '#' + firstId, focus: firstId, message: problem }])); }
      var form = el('form', { novalidate: true, id: 'question-form', 'data-question-id': question.id });
      var group = el('div', { className: 'govuk-form-group' + (problem ? ' govuk-form-group--error' : '') });
      var caption = el('span', { className: 'govuk-caption-l' }, 'Question ' + number + ' of ' + list.length
        + (question.required ? '' : ' (they can leave this out)'));
      var hint = question.help ? el('div', { className: 'govuk-hint', id: 'answer-hint' }, question.help) : null;
      var described = [hint ? 'answer-hint' : null, problem ? 'answer-error' : null].filter(Boolean).join(' ') || null;
      var value = Object.prototype.hasOwnProperty.call(screening.answers, question.id)
        ? screening.answers[question.id] : undefined;
      if (question.type === 'yes_no' || question.type === 'single_choice') {
        var fieldset = el('fieldset', { className: 'govuk-fieldset', 'aria-describedby': described });
        var legend = el('legend', { className: 'govuk-fieldset__legend govuk-fieldset__legend--l' });
        append(legend, caption, el('h1', { className: 'govuk-fieldset__heading', tabindex: '-1' }, question.text));
        append(fieldset, legend, hint, problem ? errorMessage('answer-error', problem) : null);
        var radios = el('div', { className: 'govuk-radios' + (question.type === 'yes_no' ? ' govuk-radios--inline' : '') });
        var options = question.type === 'yes_no'
          ? [{ id: 'yes', label: 'Yes' }, { id: 'no', label: 'No' }] : question.options;
        options.forEach(function (option, index) {
          var id = 'answer-' + (index + 1);
          var checked = question.type === 'yes_no' ? value !== undefined && canonical(value) === option.id
            : value === option.id;
          var item = el('div', { className: 'govuk-radios__item' });
          append(item, el('input', { className: 'govuk-radios__input', id: id, name: 'answer', type: 'radio',
            value: option.id, checked: checked }),
            el('label', { className: 'govuk-label govuk-radios__label', for: id }, option.label));
          append(radios, item);
        });
        append(fieldset, radios);
        append(group, fieldset);
      } else {
        append(group, caption);
        append(group, append(el('h1', { className: 'govuk-label-wrapper', tabindex: '-1' }),
          el('label', { className: 'govuk-label govuk-label--l', for: 'answer' }, question.text)));
        append(group, hint, problem ? errorMessage('answer-error', problem) : null);
        var input;
        if (question.type === 'free_text') {
          input = el('textarea', { className: 'govuk-textarea' + (problem ? ' govuk-textarea--error' : ''),
            id: 'answer', name: 'answer', rows: '4', 'aria-describedby': described });
        } else {
          var numeric = question.type === 'whole_number';
          input = el('input', { className: 'govuk-input ' + (numeric ? 'govuk-input--width-3' : 'govuk-input--width-10')
            + (problem ? ' govuk-input--error' : ''), id: 'answer', name: 'answer', type: 'text',
            inputmode: numeric ? 'numeric' : null, autocomplete: 'off', spellcheck: 'false',
            autocapitalize: numeric ? null : 'characters', 'aria-describedby': described });
        }
        input.value = typed !== undefined ? typed : value === undefined ? '' : String(value);
        append(group, input);
      }
      append(form, group, el('button', { type: 'submit', className: 'govuk-button', id: 'continue' }, 'Continue'));
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var read = readAnswer(question, form);
        if (read.error) {
          var raw = form.querySelector('[name="answer"]:not([type="radio"])');
          showQuestion(current(), question, changing, read.error, raw ? raw.value : undefined);
          return;
        }
        var now = current();
        if (read.value === undefined) { delete now.answers[question.id]; } else { now.answers[question.id] = read.value; }
        if (now.seen.indexOf(question.id) < 0) { now.seen.push(question.id); }
        now.problems = null;
        prune(now);
        save(now).then(function () { go(nextAfter(question, now, changing)); });
      });
      append(column, form);
      append(flow, append(el('div', { className: 'govuk-grid-row' }), column));
      focusFirst(problem ? column.querySelector('#error-summary') : column.querySelector('h1'));
    }

    function summaryRow(key, value, href, hidden, id) {
      var row = el('div', { className: 'govuk-summary-list__row', 'data-row': id });
      append(row, el('dt', { className: 'govuk-summary-list__key' }, key),
        el('dd', { className: 'govuk-summary-list__value' }, value));
      var actions = el('dd', { className: 'govuk-summary-list__actions' });
      var link = el('a', { className: 'govuk-link', href: href }, 'Change');
      append(link, el('span', { className: 'govuk-visually-hidden' }, ' ' + hidden));
      append(actions, link);
      return append(row, actions);
    }

    /** Problems Lantern found when the screening was sent, linked to where to fix them. */
    function serverProblems(screening) {
      return (screening.problems || []).map(function (problem) {
        var field = String(problem.field || '');
        var question = field.indexOf('answers.') === 0 ? field.slice(8) : field;
        var href = field === 'reference' ? '#step/change-reference'
          : byId[question] ? '#step/change/' + question : '#step/check';
        return { href: href, message: problem.message };
      });
    }

    /* Check your answers, then send (with consent) or see the result (without). */
    function showCheck(screening) {
      showFlow();
      var problems = serverProblems(screening);
      var heading = 'Check the answers';
      setTitle(heading, problems.length > 0);
      var list = asked(screening);
      append(flow, backLink(list.length ? '#step/q/' + list[list.length - 1].id : '#step/consent'));
      var column = el('div', { className: 'govuk-grid-column-two-thirds' });
      if (problems.length) { append(column, errorSummary(problems)); }
      append(column, el('h1', { className: 'govuk-heading-l', tabindex: '-1' }, heading));
      var about = el('dl', { className: 'govuk-summary-list', id: 'check-record' });
      append(about, summaryRow('Record kept', screening.consent ? 'Yes, they agreed' : 'No: nothing will be stored',
        '#step/consent', 'whether a record is kept', 'consent'));
      if (screening.consent) {
        append(about, summaryRow('Your reference', screening.reference, '#step/change-reference', 'your reference',
          'reference'));
      }
      append(column, el('h2', { className: 'govuk-heading-m' }, 'The record'), about);
      var answers = el('dl', { className: 'govuk-summary-list', id: 'check-answers' });
      list.forEach(function (question) {
        var label = question.staff.label || question.text;
        append(answers, summaryRow(label, displayAnswer(question, screening.answers[question.id]),
          '#step/change/' + question.id, label.toLowerCase(), question.id));
      });
      append(column, el('h2', { className: 'govuk-heading-m' }, 'The answers'), answers);
      if (screening.consent) {
        append(column, el('h2', { className: 'govuk-heading-m' }, 'Now save the screening'));
        append(column, el('p', { className: 'govuk-body' }, 'Lantern keeps the record for ' + retention
          + ', for your team only. If there is no signal, the screening is kept on this tablet and sent by itself '
          + 'when the signal comes back.'));
        var saveButton = el('button', { type: 'button', className: 'govuk-button', id: 'submit-screening',
          'data-prevent-double-click': 'true' }, 'Save and see the result');
        saveButton.addEventListener('click', function () {
          if (saveButton.disabled) { return; }
          saveButton.disabled = true;
          submitStored();
        });
        append(column, saveButton);
      } else {
        append(column, el('h2', { className: 'govuk-heading-m' }, 'Now see the result'));
        append(column, el('p', { className: 'govuk-body' }, 'Nothing will be stored. Lantern works out the result '
          + 'and shows it to you, and the answers are then removed from this tablet. You need a connection for this.'));
        var resultButton = el('button', { type: 'button', className: 'govuk-button', id: 'submit-screening' },
          'See the result');
        var note = el('p', { className: 'govuk-body', id: 'result-status', role: 'status' });
        resultButton.addEventListener('click', function () {
          if (resultButton.disabled) { return; }
          resultButton.disabled = true;
          submitUnstored(resultButton, note);
        });
        append(column, resultButton, note);
      }
      append(flow, append(el('div', { className: 'govuk-grid-row' }), column));
      focusFirst(problems.length ? column.querySelector('#error-summary') : column.querySelector('h1'));
    }

    function answersToSend(screening) {
      var answers = {};
      asked(screening).forEach(function (question) {
        if (Object.prototype.hasOwnProperty.call(screening.answers, question.id)) {
          answers[question.id] = screening.answers[question.id];
        }
      });
      return answers;
    }

    /** Moves the finished screening to the waiting list, then sends it. */
    function submitStored() {
      var data = load();
      var screening = data.current;
      if (!screening) { go('consent', true); return; }
      var item = { submissionId: screening.submissionId, reference: screening.reference,
        answers: answersToSend(screening), queuedAt: new Date().toISOString(), state: 'sending' };
      if (indexOf(data.pending, item.submissionId) < 0) { data.pending.push(item); }
      data.current = null;
      store(data);
      go('sending/' + item.submissionId);
      send(item).then(function (outcome) { afterSend(item, outcome); });
    }

    /** Without consent: checks the connection and the session, then posts the answers to be scored. */
    function submitUnstored(button, note) {
      var screening = current();
      window.fetch('/session/keep-alive', { method: 'POST', credentials: 'same-origin', headers: csrf(),
        cache: 'no-store', redirect: 'manual' })
        .then(function (response) {
          if (response.status === 204) {
            document.getElementById('unstored-answers').value = JSON.stringify(answersToSend(screening));
            document.getElementById('unstored-form').submit();
            return;
          }
          button.disabled = false;
          note.textContent = 'You have been signed out. The answers are kept on this tablet: sign in again, then '
            + 'come back to this page to see the result.';
          append(note, document.createTextNode(' '), el('a', { className: 'govuk-link', href: '/sign-in' },
            'Sign in again'));
        }, function () {
          button.disabled = false;
          connection(false);
          note.textContent = 'There is no connection, and the result needs one. The answers are kept on this '
            + 'tablet: try again when the signal is back.';
        });
    }

    function afterSend(item, outcome) {
      var parts = route();
      var viewing = parts && parts[0] === 'sending' && parts[1] === item.submissionId;
      if (outcome.state === 'sent') {
        justSent[item.submissionId] = outcome.href;
        if (viewing) { window.location.replace(outcome.href); return; }
      }
      if (outcome.state === 'invalid' && viewing) {
        var data = load();
        var at = indexOf(data.pending, item.submissionId);
        if (at >= 0 && !started(data.current)) {
          var back = data.pending.splice(at, 1)[0];
          data.current = { submissionId: back.submissionId, consent: true, reference: back.reference,
            answers: back.answers, seen: Object.keys(back.answers), startedAt: back.queuedAt,
            problems: outcome.errors };
          store(data);
          go('check', true);
          return;
        }
      }
      if (viewing) { render(); } else { pendingBanner(); }
    }

    /* A finished screening on its way: sending, pending (no connection) or waiting for sign-in. */
    function showSending(submissionId) {
      var data = load();
      var at = indexOf(data.pending, submissionId);
      if (at < 0) {
        if (justSent[submissionId]) { window.location.replace(justSent[submissionId]); return; }
        go(firstIncomplete(current()), true);
        return;
      }
      var item = data.pending[at];
      var state = queue.isSending(submissionId) ? 'sending' : item.state || 'offline';
      showFlow();
      var column = el('div', { className: 'govuk-grid-column-two-thirds' });
      var heading = state === 'sending' ? 'Sending the screening'
        : state === 'signed-out' ? 'Sign in again to send the screening' : 'The screening is not sent yet';
      setTitle(heading);
      append(column, el('h1', { className: 'govuk-heading-l', tabindex: '-1' }, heading));
      var status = el('p', { className: 'govuk-body', id: 'send-state', 'data-state': state, role: 'status' });
      append(status, el('strong', { className: 'govuk-tag ' + (state === 'signed-out' ? 'govuk-tag--red'
        : 'govuk-tag--yellow') }, state === 'sending' ? 'Sending' : 'Pending'));
      status.appendChild(document.createTextNode(' Reference ' + item.reference + '.'));
      append(column, status);
      if (state === 'sending') {
        append(column, el('p', { className: 'govuk-body' }, 'Sending it to Lantern now.'));
      } else if (state === 'signed-out') {
        append(column, el('p', { className: 'govuk-body' }, 'You have been signed out, so it could not be sent. '
          + 'It is still saved on this tablet. Sign in again and it will be sent from your screenings page.'));
        append(column, el('a', { className: 'govuk-button', href: '/sign-in', id: 'sign-in-again' }, 'Sign in again'));
      } else {
        append(column, el('p', { className: 'govuk-body' }, state === 'failed'
          ? 'Lantern could not take it just now. It is saved on this tablet and will be sent by itself shortly.'
          : 'There is no connection, so it is saved on this tablet. It will be sent by itself when the '
            + 'connection comes back, even if you close this page.'));
        var retry = el('button', { type: 'button', className: 'govuk-button', id: 'retry-now' }, 'Try sending now');
        retry.addEventListener('click', function () {
          retry.disabled = true;
          queue.resume();
          send(item).then(function (outcome) { afterSend(item, outcome); });
          render();
        });
        append(column, retry);
      }
      var more = el('ul', { className: 'govuk-list' });
      append(more, append(el('li'), el('a', { className: 'govuk-link lantern-row-link', href: '/worker' },
        'Go to your screenings')));
      var another = el('a', { className: 'govuk-link lantern-row-link', href: '#step/consent', id: 'screen-another' },
        'Screen someone else');
      append(more, append(el('li'), another));
      append(column, more);
      append(flow, append(el('div', { className: 'govuk-grid-row' }), column));
      focusFirst(column.querySelector('h1'));
    }

    loadQuestionnaire().then(function (questionnaire) {
      if (!questionnaire || !Array.isArray(questionnaire.questions)) {
        loading.textContent = 'The questions could not be loaded. Connect to the internet once, then reload this page.';
        return;
      }
      questions = questionnaire.questions;
      var wording = questionnaire.staffWording || {};
      questions.forEach(function (question) {
        question.staff = wording[question.id] || {};
        byId[question.id] = question;
      });
      loading.hidden = true;
      var data = load();
      if (prefill && data.current && !started(data.current)) {
        data.current.reference = prefill;
        prefill = null;
        store(data);
      }
      window.addEventListener('hashchange', render);
      var again = route();
      if (prefill && again && again[0] !== 'sending' && data.current && started(data.current)) {
        window.history.replaceState(null, '', '#step/resume');
      } else if (prefill || !again) {
        window.history.replaceState(null, '', window.location.pathname);
      }
      render();
      var run = keepTrying(afterSend);
      run();
    });
  }

  /* ---------- The result and leaflet pages ---------- */

  function startResult(main) {
    if (main.getAttribute('data-clear-current') === 'true') {
      var data = load();
      data.current = null;
      store(data);
    }
    var summary = document.getElementById('error-summary');
    if (summary) { summary.focus(); }
    var notes = document.getElementById('notes');
    var info = document.getElementById('notes-info');
    var live = document.getElementById('notes-status');
    if (!notes || !info) { return; }
    var max = parseInt(notes.closest('[data-maxlength]').getAttribute('data-maxlength'), 10);
    var timer = null;
    function words(count) {
      return count.toLocaleString('en-GB') + (count === 1 ? ' character' : ' characters');
    }
    function update() {
      var left = max - notes.value.length;
      var text = left >= 0 ? 'You have ' + words(left) + ' remaining' : 'You have ' + words(-left) + ' too many';
      info.textContent = text;
      info.className = left >= 0 ? 'govuk-hint govuk-character-count__message'
        : 'govuk-error-message govuk-character-count__message';
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { if (live) { live.textContent = text; } }, 1000);
    }
    notes.addEventListener('input', update);
    update();
    if (live) { live.textContent = ''; }
  }

  function startLeaflet() {
    var print = document.querySelector('[data-print]');
    if (print) { print.addEventListener('click', function () { window.print(); }); }
  }

  /* ---------- Every worker page ---------- */

  /** The screening page opens with no signal too: see /worker/offline.js. */
  function keepScreeningPageOffline() {
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register('/worker/offline.js', { scope: '/worker/' }).catch(function () {
        // Without it the flow still keeps every answer; only a reload needs a connection.
      });
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var main = document.getElementById('main-content');
    if (!main || !user) { return; }
    keepScreeningPageOffline();
    var page = main.getAttribute('data-page');
    work.ready().then(function () {
      if (page === 'screen') { startFlow(main); }
      if (page === 'result') { startResult(main); }
      if (page === 'leaflet') { startLeaflet(); }
    });
  });
}());
