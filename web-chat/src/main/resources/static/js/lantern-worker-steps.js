/*
 * The doorstep question pages, one GOV.UK page each, drawn on /worker/screen: resume an unfinished
 * screening, consent (its read-aloud script is in the page), the worker's reference, one question
 * per page and check the answers. Which step shows, and keeping the answers, is the flow's
 * (lantern-worker-flow.js); sending, the steps after check, is lantern-worker-sending.js.
 *
 * window.lanternWorkerSteps.create(flow) gives { resume(s), consent(s), reference(s, changing),
 * question(s, question, changing), check(s) }, each drawing that step for screening s, and listens to
 * the consent form. Text is only ever put on the page with textContent.
 */
(function () {
  'use strict';

  var REFERENCE = /^[A-Za-z0-9][A-Za-z0-9 /_.-]{0,39}$/;

  var work = window.lanternTabletWork;
  var el = work.el;
  var append = work.append;

  /* ---------- GOV.UK parts ---------- */

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

  function column() {
    return el('div', { className: 'govuk-grid-column-two-thirds' });
  }

  function create(flow) {
    var area = flow.area;
    var model = flow.model;
    var go = flow.go;
    var current = flow.current;
    var save = flow.save;
    var setTitle = flow.setTitle;
    var focusFirst = flow.focusFirst;

    function place(col) {
      append(area, append(el('div', { className: 'govuk-grid-row' }), col));
    }

    /* Resume: a screening was left unfinished on this tablet. */
    function resume(screening) {
      flow.showFlow();
      var heading = 'There is an unfinished screening on this tablet';
      setTitle(heading);
      var col = column();
      append(col, el('h1', { className: 'govuk-heading-l', tabindex: '-1' }, heading));
      var said = 'It was started on ' + work.when(screening.startedAt)
        + (screening.reference ? ', with the reference ' + screening.reference : '') + '.';
      append(col, el('p', { className: 'govuk-body', id: 'resume-text' }, said));
      var carryOn = el('button', { type: 'button', className: 'govuk-button', id: 'resume-carry-on' }, 'Carry on with it');
      carryOn.addEventListener('click', flow.carryOn);
      var startNew = el('button', { type: 'button', className: 'govuk-button govuk-button--secondary',
        id: 'resume-start-new' }, 'Start a new screening');
      startNew.addEventListener('click', flow.startNew);
      var again = flow.againFor();
      append(col, el('p', { className: 'govuk-body', id: 'resume-start-new-text' }, (again
        ? 'A new screening will be for the reference ' + again + '. Starting it' : 'Starting a new screening')
        + ' deletes the unfinished answers from this tablet.'),
        append(el('div', { className: 'govuk-button-group' }), carryOn, startNew));
      place(col);
      focusFirst(col.querySelector('h1'));
    }

    /* Consent: the read-aloud script is in the page; only the answer is handled here. */
    function consent(screening) {
      area.hidden = true;
      flow.consentStep.hidden = false;
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
      save(screening).then(function () { go(screening.consent ? 'reference' : model.firstIncomplete(screening)); });
    });

    /* The worker's own reference for the person: never their name. */
    function reference(screening, changing, problem, typed) {
      flow.showFlow();
      var heading = 'Your reference for this person';
      setTitle(heading, !!problem);
      append(area, backLink(changing ? '#step/check' : '#step/consent'));
      var col = column();
      if (problem) { append(col, errorSummary([{ href: '#reference', focus: 'reference', message: problem }])); }
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
        if (error) { reference(current(), changing, error, input.value); return; }
        var now = current();
        now.reference = value;
        now.problems = null;
        save(now).then(function () { go(changing ? 'check' : model.firstIncomplete(now)); });
      });
      append(col, form);
      place(col);
      focusFirst(problem ? col.querySelector('#error-summary') : col.querySelector('h1'));
    }

    /* One question per page, drawn from the questionnaire. */
    function question(screening, asking, changing, problem, typed) {
      flow.showFlow();
      setTitle(asking.text, !!problem);
      append(area, backLink(changing ? '#step/check' : model.previousOf(asking, screening)));
      var list = model.asked(screening);
      var number = 0;
      for (var i = 0; i < list.length; i++) { if (list[i].id === asking.id) { number = i + 1; } }
      var col = column();
      var choosing = asking.type === 'yes_no' || asking.type === 'single_choice';
      var firstId = choosing ? 'answer-1' : 'answer';
      if (problem) { append(col, errorSummary([{ href: '#' + firstId, focus: firstId, message: problem }])); }
      var form = el('form', { novalidate: true, id: 'question-form', 'data-question-id': asking.id });
      var group = el('div', { className: 'govuk-form-group' + (problem ? ' govuk-form-group--error' : '') });
      // "of up to": later questions appear only when earlier answers call for them, so the total is
      // every question that could still be asked, and it only falls as answers rule questions out
      var most = model.mostAsked(screening);
      var caption = el('span', { className: 'govuk-caption-l', id: 'question-count' }, 'Question ' + number
        + (most > list.length ? ' of up to ' : ' of ') + most + (asking.required ? '' : ' (they can leave this out)'));
      var hint = asking.help ? el('div', { className: 'govuk-hint', id: 'answer-hint' }, asking.help) : null;
      var described = [hint ? 'answer-hint' : null, problem ? 'answer-error' : null].filter(Boolean).join(' ') || null;
      var value = Object.prototype.hasOwnProperty.call(screening.answers, asking.id)
        ? screening.answers[asking.id] : undefined;
      if (choosing) {
        var fieldset = el('fieldset', { className: 'govuk-fieldset', 'aria-describedby': described });
        var legend = el('legend', { className: 'govuk-fieldset__legend govuk-fieldset__legend--l' });
        append(legend, caption, el('h1', { className: 'govuk-fieldset__heading', tabindex: '-1' }, asking.text));
        append(fieldset, legend, hint, problem ? errorMessage('answer-error', problem) : null);
        var radios = el('div', { className: 'govuk-radios' + (asking.type === 'yes_no' ? ' govuk-radios--inline' : '') });
        var options = asking.type === 'yes_no'
          ? [{ id: 'yes', label: 'Yes' }, { id: 'no', label: 'No' }] : asking.options;
        options.forEach(function (option, index) {
          var id = 'answer-' + (index + 1);
          var checked = asking.type === 'yes_no' ? value !== undefined && model.canonical(value) === option.id
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
          el('label', { className: 'govuk-label govuk-label--l', for: 'answer' }, asking.text)));
        append(group, hint, problem ? errorMessage('answer-error', problem) : null);
        var input;
        if (asking.type === 'free_text') {
          input = el('textarea', { className: 'govuk-textarea' + (problem ? ' govuk-textarea--error' : ''),
            id: 'answer', name: 'answer', rows: '4', 'aria-describedby': described });
        } else {
          var numeric = asking.type === 'whole_number';
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
        var read = model.readAnswer(asking, form);
        if (read.error) {
          var raw = form.querySelector('[name="answer"]:not([type="radio"])');
          question(current(), asking, changing, read.error, raw ? raw.value : undefined);
          return;
        }
        function keep(unchecked) {
          var now = current();
          if (read.value === undefined) { delete now.answers[asking.id]; } else { now.answers[asking.id] = read.value; }
          if (asking.type === 'postcode') { now.placeUnchecked = unchecked ? read.value : null; }
          if (now.seen.indexOf(asking.id) < 0) { now.seen.push(asking.id); }
          now.problems = null;
          model.prune(now);
          save(now).then(function () { go(model.nextAfter(asking, now, changing)); });
        }
        if (asking.type !== 'postcode' || read.value === undefined) { keep(false); return; }
        // Round 15: a place is checked by Lantern while there is a signal; with none (or signed out) it is kept
        // as typed, marked not checked, and checked when the screening is sent (a second tap waits for the first)
        if (form.getAttribute('data-checking')) { return; }
        form.setAttribute('data-checking', 'true');
        checkPlace(read.value).then(function (checked) {
          if (checked && !checked.known) {
            var raw = form.querySelector('[name="answer"]');
            question(current(), asking, changing, checked.message, raw ? raw.value : undefined);
            return;
          }
          keep(!checked);
        });
      });
      append(col, form);
      place(col);
      focusFirst(problem ? col.querySelector('#error-summary') : col.querySelector('h1'));
    }

    /**
     * Asks Lantern whether it can place what was typed (POST /api/worker/place, the place in the body): the answer
     * ({known, understood, message}), or null when there is no connection or no session (then checked on sending).
     */
    function checkPlace(place) {
      var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
      var extra = window.lanternSession ? window.lanternSession.csrfHeaders() : {};
      Object.keys(extra).forEach(function (name) { headers[name] = extra[name]; });
      return window.fetch('/api/worker/place', { method: 'POST', credentials: 'same-origin', cache: 'no-store',
        redirect: 'manual', headers: headers, body: JSON.stringify({ place: String(place) }) })
        .then(function (response) { return response.status === 200 ? response.json() : null; })
        .catch(function () { return null; });
    }

    /** Problems Lantern found when the screening was sent, linked to where to fix them. */
    function serverProblems(screening) {
      return (screening.problems || []).map(function (problem) {
        var field = String(problem.field || '');
        var id = field.indexOf('answers.') === 0 ? field.slice(8) : field;
        var href = field === 'reference' ? '#step/change-reference'
          : model.byId[id] ? '#step/change/' + id : '#step/check';
        return { href: href, message: problem.message };
      });
    }

    /* Check your answers, then send (with consent) or see the result (without). */
    function check(screening) {
      flow.showFlow();
      var problems = serverProblems(screening);
      var heading = 'Check the answers';
      setTitle(heading, problems.length > 0);
      var list = model.asked(screening);
      append(area, backLink(list.length ? '#step/q/' + list[list.length - 1].id : '#step/consent'));
      var col = column();
      if (problems.length) { append(col, errorSummary(problems)); }
      append(col, el('h1', { className: 'govuk-heading-l', tabindex: '-1' }, heading));
      var about = el('dl', { className: 'govuk-summary-list', id: 'check-record' });
      append(about, summaryRow('Record kept', screening.consent ? 'Yes, they agreed' : 'No: nothing will be stored',
        '#step/consent', 'whether a record is kept', 'consent'));
      if (screening.consent) {
        append(about, summaryRow('Your reference', screening.reference, '#step/change-reference', 'your reference',
          'reference'));
      }
      append(col, el('h2', { className: 'govuk-heading-m' }, 'The record'), about);
      var answers = el('dl', { className: 'govuk-summary-list', id: 'check-answers' });
      list.forEach(function (each) {
        var label = each.staff.label || each.text;
        var shown = model.displayAnswer(each, screening.answers[each.id]);
        if (each.type === 'postcode' && screening.placeUnchecked
            && screening.placeUnchecked === screening.answers[each.id]) {
          shown += ' (not checked yet: there was no signal; Lantern checks it when the screening is sent)';
        }
        append(answers, summaryRow(label, shown, '#step/change/' + each.id, label.toLowerCase(), each.id));
      });
      append(col, el('h2', { className: 'govuk-heading-m' }, 'The answers'), answers);
      if (screening.consent) {
        append(col, el('h2', { className: 'govuk-heading-m' }, 'Now save the screening'));
        append(col, el('p', { className: 'govuk-body' }, 'Lantern keeps the record for ' + flow.retention
          + ', for your team only. If there is no signal, the screening is kept on this tablet and sent by itself '
          + 'when the signal comes back.'));
        var saveButton = el('button', { type: 'button', className: 'govuk-button', id: 'submit-screening',
          'data-prevent-double-click': 'true' }, 'Save and see the result');
        saveButton.addEventListener('click', function () {
          if (saveButton.disabled) { return; }
          saveButton.disabled = true;
          flow.sending.submitStored();
        });
        append(col, saveButton);
      } else {
        append(col, el('h2', { className: 'govuk-heading-m' }, 'Now see the result'));
        append(col, el('p', { className: 'govuk-body' }, 'Nothing will be stored. Lantern works out the result '
          + 'and shows it to you, and the answers are then removed from this tablet. You need a connection for this.'));
        var resultButton = el('button', { type: 'button', className: 'govuk-button', id: 'submit-screening' },
          'See the result');
        var note = el('p', { className: 'govuk-body', id: 'result-status', role: 'status' });
        resultButton.addEventListener('click', function () {
          if (resultButton.disabled) { return; }
          resultButton.disabled = true;
          flow.sending.submitUnstored(resultButton, note);
        });
        append(col, resultButton, note);
      }
      place(col);
      focusFirst(problems.length ? col.querySelector('#error-summary') : col.querySelector('h1'));
    }

    return { resume: resume, consent: consent, reference: reference, question: question, check: check };
  }

  window.lanternWorkerSteps = { create: create };
}());
