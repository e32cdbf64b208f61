/*
 * The worker's start page (/worker): the table of what waits on this tablet (screenings not yet
 * sent, sent ones this visit, one not finished), the "Send now" button and sending by itself.
 * Drawn here because only the tablet knows what it holds; text goes in with textContent only.
 */
(function () {
  'use strict';

  var work = window.lanternTabletWork;
  var queue = window.lanternWorkerQueue;
  var load = work.load;
  var store = work.store;
  var started = work.started;
  var indexOf = work.indexOf;
  var el = work.el;
  var append = work.append;
  var when = work.when;
  var sendWaiting = queue.sendWaiting;
  var keepTrying = queue.keepTrying;

  function startHome() {
    var section = document.getElementById('device-work');
    var list = document.getElementById('device-work-list');
    var sendNow = document.getElementById('send-now');
    var status = document.getElementById('send-status');
    var sent = [];

    function tag(text, colour) {
      return el('strong', { className: 'govuk-tag ' + colour }, text);
    }

    function draw() {
      var data = load();
      while (list.firstChild) { list.removeChild(list.firstChild); }
      var rows = [];
      data.pending.forEach(function (item) {
        var state = item.state || 'offline';
        var action = null;
        var statusCell;
        if (state === 'invalid') {
          statusCell = tag('Needs changing', 'govuk-tag--red');
          if (!started(data.current)) {
            action = el('button', { type: 'button', className: 'govuk-button govuk-button--secondary govuk-!-margin-bottom-0' },
              'Change the answers');
            action.addEventListener('click', function () {
              var now = load();
              var at = indexOf(now.pending, item.submissionId);
              if (at < 0) { return; }
              var back = now.pending.splice(at, 1)[0];
              now.current = { submissionId: back.submissionId, consent: true, reference: back.reference,
                answers: back.answers, seen: Object.keys(back.answers), startedAt: back.queuedAt,
                problems: back.errors };
              store(now);
              window.location.assign('/worker/screen#step/check');
            });
          } else {
            action = document.createTextNode('Finish the screening in progress first.');
          }
        } else {
          statusCell = tag('Pending', 'govuk-tag--yellow');
          if (state === 'signed-out') { action = document.createTextNode('Waiting for you to sign in.'); }
        }
        rows.push({ reference: item.reference, at: item.queuedAt, status: statusCell, action: action,
          id: item.submissionId });
      });
      sent.forEach(function (done) {
        rows.push({ reference: done.reference, at: done.at, status: tag('Sent', 'govuk-tag--green'),
          action: el('a', { className: 'govuk-link lantern-row-link', href: done.href }, 'See the result') });
      });
      if (started(data.current)) {
        rows.push({ reference: data.current.reference || 'No reference yet', at: data.current.startedAt,
          status: tag('Not finished', 'govuk-tag--grey'),
          action: el('a', { className: 'govuk-link lantern-row-link', href: '/worker/screen' }, 'Carry on') });
      }
      section.hidden = rows.length === 0;
      sendNow.hidden = load().pending.filter(function (item) { return item.state !== 'invalid'; }).length === 0;
      if (!rows.length) { return; }
      // Stacked on a phone: each row a block, each cell headed by its column (lantern-staff.css).
      var table = el('table', { className: 'govuk-table lantern-stacked', id: 'device-work-table' });
      var head = append(el('thead', { className: 'govuk-table__head' }), append(el('tr', { className: 'govuk-table__row' }),
        el('th', { scope: 'col', className: 'govuk-table__header' }, 'Reference'),
        el('th', { scope: 'col', className: 'govuk-table__header' }, 'On this tablet since'),
        el('th', { scope: 'col', className: 'govuk-table__header' }, 'Status'),
        append(el('th', { scope: 'col', className: 'govuk-table__header' }),
          el('span', { className: 'govuk-visually-hidden' }, 'Action'))));
      var body = el('tbody', { className: 'govuk-table__body' });
      rows.forEach(function (row) {
        append(body, append(el('tr', { className: 'govuk-table__row', 'data-submission-id': row.id }),
          el('td', { className: 'govuk-table__cell', 'data-label': 'Reference' }, row.reference),
          el('td', { className: 'govuk-table__cell', 'data-label': 'On this tablet since' }, when(row.at)),
          append(el('td', { className: 'govuk-table__cell', 'data-label': 'Status' }), row.status),
          append(el('td', { className: 'govuk-table__cell' }), row.action)));
      });
      append(list, append(table, head, body));
    }

    function afterSend(item, outcome) {
      if (outcome.state === 'sent') {
        sent.push({ reference: item.reference, at: item.queuedAt, href: outcome.href });
        status.textContent = 'Sent: the screening for ' + item.reference + ' is now stored.';
      } else if (outcome.state === 'signed-out') {
        status.textContent = 'You have been signed out. Sign in again to send the screenings waiting here.';
      } else if (outcome.state === 'offline') {
        status.textContent = 'No connection yet. The screenings are kept on this tablet.';
      }
      draw();
    }

    sendNow.addEventListener('click', function () {
      queue.resume();
      status.textContent = 'Sending…';
      sendWaiting(afterSend);
    });
    draw();
    var run = keepTrying(afterSend);
    run();
  }

  document.addEventListener('DOMContentLoaded', function () {
    var main = document.getElementById('main-content');
    if (!main || !work.user || main.getAttribute('data-page') !== 'home') { return; }
    work.ready().then(startHome);
  });
}());
