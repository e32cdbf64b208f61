/*
 * The what-if sandbox on the trainer pages. Every change to an answer sends the answers that are
 * asked (following each question's skip logic) to /api/training/sandbox, and the result beside
 * the form is rebuilt from the reply: band, score, factors, needs and the rules that fired, each
 * linked to its catalogue entry or rule page. Text is only ever set with textContent, and the
 * page needs no inline script or style, so the Content Security Policy stays strict.
 */
(function () {
  'use strict';

  var form = null;
  var pending = null;
  var sent = 0;

  function groups() {
    return Array.prototype.slice.call(form.querySelectorAll('[data-question]'));
  }

  function valueOf(group) {
    var id = group.getAttribute('data-question');
    var type = group.getAttribute('data-type');
    if (type === 'YES_NO' || type === 'SINGLE_CHOICE') {
      var checked = group.querySelector('input[name="' + id + '"]:checked');
      return checked ? checked.value : null;
    }
    var input = group.querySelector('input[name="' + id + '"]');
    var text = input ? input.value.trim() : '';
    if (text === '') { return null; }
    if (type === 'WHOLE_NUMBER') {
      return /^[0-9]+$/.test(text) ? parseInt(text, 10) : text;
    }
    return text;
  }

  /** Shows or hides questions by their skip logic, in order, and returns the answers that are asked. */
  function askedAnswers() {
    var answers = {};
    var asked = {};
    groups().forEach(function (group) {
      var id = group.getAttribute('data-question');
      var parent = group.getAttribute('data-ask-if');
      var isAsked = true;
      if (parent) {
        var anyOf = (group.getAttribute('data-ask-if-any') || '').split(',');
        isAsked = asked[parent] === true && anyOf.indexOf(String(answers[parent])) >= 0;
      }
      group.hidden = !isAsked;
      asked[id] = isAsked;
      if (isAsked) {
        var value = valueOf(group);
        if (value !== null) { answers[id] = value; }
      }
    });
    return answers;
  }

  function clear(element) {
    while (element.firstChild) { element.removeChild(element.firstChild); }
  }

  function link(href, text) {
    var a = document.createElement('a');
    a.className = 'govuk-link';
    a.href = href;
    a.textContent = text;
    return a;
  }

  function item(list, parts) {
    var li = document.createElement('li');
    parts.forEach(function (part) {
      li.appendChild(typeof part === 'string' ? document.createTextNode(part) : part);
    });
    list.appendChild(li);
  }

  function points(n) {
    return n === 1 ? '1 point' : n + ' points';
  }

  function showResult(result) {
    document.getElementById('sandbox-problems').hidden = true;
    document.getElementById('sandbox-outcome').hidden = false;
    var band = document.getElementById('result-band');
    band.textContent = result.bandLabel;
    band.className = 'govuk-tag lantern-band lantern-band--' + result.band;
    document.getElementById('result-score').textContent = points(result.score);
    document.getElementById('result-urgent').hidden = !result.urgent;

    var factors = document.getElementById('result-factors');
    clear(factors);
    result.factors.forEach(function (f) {
      item(factors, [link(f.href, f.label), ': ' + points(f.points) + ' (' + f.weightSource + ')']);
    });
    if (result.factors.length === 0) { item(factors, ['None']); }

    var needs = document.getElementById('result-needs');
    clear(needs);
    result.needs.forEach(function (n) {
      var because = document.createElement('span');
      because.className = 'govuk-body-s';
      because.textContent = ' because: ' + n.because.join(', ');
      item(needs, [link(n.href, n.label), because]);
    });
    if (result.needs.length === 0) { item(needs, ['Nothing in particular']); }

    var rules = document.getElementById('result-rules');
    clear(rules);
    result.rules.forEach(function (r) { item(rules, [link(r.href, r.name)]); });
    document.getElementById('result-rule-count').textContent = String(result.rules.length);

    document.getElementById('sandbox-status').textContent =
      'Updated: ' + result.bandLabel + ', ' + points(result.score) + ', ' + result.factors.length +
      (result.factors.length === 1 ? ' factor.' : ' factors.');
  }

  function showProblems(problems) {
    var box = document.getElementById('sandbox-problems');
    var list = document.getElementById('sandbox-problem-list');
    clear(list);
    problems.forEach(function (p) {
      var target = document.getElementById('q-' + p.question);
      var first = target ? target.querySelector('input') : null;
      // The server words each problem for a person, naming the thing ("Enter their age in years, like 82").
      var words = p.message;
      item(list, [first ? link('#' + first.id, words) : words]);
    });
    box.hidden = false;
    document.getElementById('sandbox-outcome').hidden = true;
    document.getElementById('sandbox-status').textContent =
      problems.length === 1 ? 'One answer is needed before the result can update.'
        : problems.length + ' answers are needed before the result can update.';
  }

  function update() {
    var answers = askedAnswers();
    var mine = ++sent;
    var headers = window.lanternSession ? window.lanternSession.csrfHeaders() : {};
    headers['Content-Type'] = 'application/json';
    headers.Accept = 'application/json';
    fetch('/api/training/sandbox', {
      method: 'POST', headers: headers, credentials: 'same-origin', body: JSON.stringify({ answers: answers })
    }).then(function (response) {
      if (window.lanternSession) { window.lanternSession.touched(); }
      return response.json().then(function (body) { return { ok: response.ok, status: response.status, body: body }; });
    }).then(function (reply) {
      if (mine !== sent) { return; } // a later change has been sent: its reply wins
      if (reply.ok) {
        showResult(reply.body);
      } else if (reply.body && reply.body.problems) {
        showProblems(reply.body.problems);
      } else {
        document.getElementById('sandbox-status').textContent =
          'The result could not be updated (' + reply.status + '). Sign in again if you have been away.';
      }
    }).catch(function () {
      document.getElementById('sandbox-status').textContent =
        'The result could not be updated: there is no connection at the moment.';
    });
  }

  function soon() {
    if (pending) { window.clearTimeout(pending); }
    pending = window.setTimeout(update, 250);
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.documentElement.classList.add('lantern-js');
    form = document.getElementById('sandbox-form');
    if (!form) { return; }
    form.addEventListener('change', update);
    form.addEventListener('input', function (event) {
      if (event.target && event.target.type === 'text') { soon(); }
    });
    form.addEventListener('submit', function (event) { event.preventDefault(); update(); });
    askedAnswers();
  });
}());
