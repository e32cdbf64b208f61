/*
 * Sending a finished doorstep screening from /worker/screen: with consent it joins the tablet's
 * waiting list and is sent (lantern-worker-queue.js), the page showing sending, pending (no
 * connection) or sign in again, and the banner naming what else waits; without consent the answers
 * are posted once to be scored and nothing is kept. Problems Lantern finds put the screening back
 * on check answers (lantern-worker-steps.js).
 *
 * window.lanternWorkerSending.create(flow) gives { banner(), show(submissionId), submitStored(),
 * submitUnstored(button, note), afterSend(item, outcome) }. Text is only ever put on the page with
 * textContent.
 */
(function () {
  'use strict';

  var work = window.lanternTabletWork;
  var queue = window.lanternWorkerQueue;
  var el = work.el;
  var append = work.append;
  var load = work.load;
  var store = work.store;
  var indexOf = work.indexOf;

  function create(flow) {
    var justSent = {};

    /** True while the page shows that submission's sending state. */
    function viewing(submissionId) {
      var parts = flow.route();
      return !!parts && parts[0] === 'sending' && parts[1] === submissionId;
    }

    /** The line above every step naming the screenings waiting on this tablet, with "Try sending now". */
    function banner() {
      var node = document.getElementById('pending-banner');
      var waiting = load().pending.filter(function (item) { return !viewing(item.submissionId); });
      while (node.firstChild) { node.removeChild(node.firstChild); }
      node.hidden = waiting.length === 0;
      if (!waiting.length) { return; }
      var p = el('p', { className: 'govuk-body', id: 'pending-count' });
      append(p, el('strong', { className: 'govuk-tag govuk-tag--yellow' }, 'Pending'));
      p.appendChild(document.createTextNode(' ' + (waiting.length === 1 ? '1 screening is' : waiting.length
        + ' screenings are') + ' saved on this tablet and waiting to be sent to Lantern. '));
      append(p, el('a', { className: 'govuk-link', href: '/worker' }, 'See screenings waiting'));
      var retry = el('button', { type: 'button', className: 'govuk-button govuk-button--secondary govuk-!-margin-bottom-0',
        id: 'pending-retry' }, 'Try sending now');
      retry.addEventListener('click', function () { queue.resume(); queue.sendWaiting(afterSend); });
      append(node, p, retry);
    }

    /** Moves the finished screening to the waiting list, then sends it. */
    function submitStored() {
      var data = load();
      var screening = data.current;
      if (!screening) { flow.go('consent', true); return; }
      var item = { submissionId: screening.submissionId, reference: screening.reference,
        answers: flow.model.answersToSend(screening), queuedAt: new Date().toISOString(), state: 'sending' };
      if (indexOf(data.pending, item.submissionId) < 0) { data.pending.push(item); }
      data.current = null;
      store(data);
      flow.go('sending/' + item.submissionId);
      queue.send(item).then(function (outcome) { afterSend(item, outcome); });
    }

    /** Without consent: checks the connection and the session, then posts the answers to be scored. */
    function submitUnstored(button, note) {
      var screening = flow.current();
      window.fetch('/session/keep-alive', { method: 'POST', credentials: 'same-origin', headers: queue.csrf(),
        cache: 'no-store', redirect: 'manual' })
        .then(function (response) {
          if (response.status === 204) {
            document.getElementById('unstored-answers').value = JSON.stringify(flow.model.answersToSend(screening));
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
          queue.connection(false);
          note.textContent = 'There is no connection, and the result needs one. The answers are kept on this '
            + 'tablet: try again when the signal is back.';
        });
    }

    function afterSend(item, outcome) {
      var watching = viewing(item.submissionId);
      if (outcome.state === 'sent') {
        justSent[item.submissionId] = outcome.href;
        if (watching) { window.location.replace(outcome.href); return; }
      }
      if (outcome.state === 'invalid' && watching) {
        var data = load();
        var at = indexOf(data.pending, item.submissionId);
        if (at >= 0 && !work.started(data.current)) {
          var back = data.pending.splice(at, 1)[0];
          data.current = { submissionId: back.submissionId, consent: true, reference: back.reference,
            answers: back.answers, seen: Object.keys(back.answers), startedAt: back.queuedAt,
            problems: outcome.errors };
          store(data);
          flow.go('check', true);
          return;
        }
      }
      if (watching) { flow.render(); } else { banner(); }
    }

    /* A finished screening on its way: sending, pending (no connection) or waiting for sign-in. */
    function show(submissionId) {
      var data = load();
      var at = indexOf(data.pending, submissionId);
      if (at < 0) {
        if (justSent[submissionId]) { window.location.replace(justSent[submissionId]); return; }
        flow.go(flow.model.firstIncomplete(flow.current()), true);
        return;
      }
      var item = data.pending[at];
      var state = queue.isSending(submissionId) ? 'sending' : item.state || 'offline';
      flow.showFlow();
      var column = el('div', { className: 'govuk-grid-column-two-thirds' });
      var heading = state === 'sending' ? 'Sending the screening'
        : state === 'signed-out' ? 'Sign in again to send the screening' : 'The screening is not sent yet';
      flow.setTitle(heading);
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
          queue.send(item).then(function (outcome) { afterSend(item, outcome); });
          flow.render();
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
      append(flow.area, append(el('div', { className: 'govuk-grid-row' }), column));
      flow.focusFirst(column.querySelector('h1'));
    }

    return { banner: banner, show: show, submitStored: submitStored, submitUnstored: submitUnstored,
      afterSend: afterSend };
  }

  window.lanternWorkerSending = { create: create };
}());
