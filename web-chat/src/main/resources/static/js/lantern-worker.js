/*
 * Every frontline worker page: what each one starts, the result page's character count, the
 * leaflet's print button, and keeping the screening page for use with no signal.
 *
 * The doorstep screening flow (/worker/screen) is split by concern: the questionnaire and its skip
 * logic in lantern-worker-questions.js, which step shows in lantern-worker-flow.js, the question
 * pages in lantern-worker-steps.js and sending a finished one in lantern-worker-sending.js. What the
 * tablet keeps, and the sign-out check, are in lantern-tablet-work.js; the offline queue in
 * lantern-worker-queue.js; the start page's table of what waits on this tablet in
 * lantern-worker-home.js; the idle warning in lantern-session.js.
 * Text is only ever put on the page with textContent.
 */
(function () {
  'use strict';

  var work = window.lanternTabletWork;
  var user = work.user;
  var load = work.load;
  var store = work.store;

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
      if (page === 'screen') { window.lanternWorkerFlow.start(main); }
      if (page === 'result') { startResult(main); }
      if (page === 'leaflet') { startLeaflet(); }
    });
  });
}());
