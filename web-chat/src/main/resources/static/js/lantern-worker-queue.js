/*
 * The tablet's queue of finished screenings waiting to be sent to Lantern (used by the screening
 * flow and the worker's start page). Each screening carries a submission id made once, when it
 * starts, so sending it twice (a retry, a double tap) still makes exactly one record. What is kept
 * is read and written through lantern-tablet-work.js.
 *
 * window.lanternWorkerQueue:
 *   send(item)           Promise of { state: sent (href) | offline | failed | signed-out | invalid (errors) }
 *   sendWaiting(each)    sends every waiting screening that can be sent; each(item, outcome) per one
 *   keepTrying(each)     retries when the connection comes back and every 15 s; returns the run function
 *   resume()             tries again after a sign-in (sending stops while signed out)
 *   isSending(id)        true while that submission is on its way
 *   connection(online)   shows or clears the "no connection" line; csrf() the headers a POST needs
 */
(function () {
  'use strict';

  var RETRY_EVERY_MS = 15000;
  var work = window.lanternTabletWork;
  var load = work.load;
  var store = work.store;
  var indexOf = work.indexOf;

  function connection(online) {
    var status = document.getElementById('connection-status');
    if (!status) { return; }
    if (online) {
      status.textContent = '';
      status.className = 'lantern-connection';
    } else {
      status.textContent = 'No connection at the moment. Everything is kept on this tablet.';
      status.className = 'lantern-connection lantern-connection--offline';
    }
  }

  function csrf() {
    return window.lanternSession ? window.lanternSession.csrfHeaders() : {};
  }

  /* ---------- Sending to Lantern ---------- */

  var inFlight = {};
  var signedOut = false;

  /**
   * Sends one finished screening. Resolves with its state: sent (with the record's href), offline,
   * failed (try again later), signed-out (sign in again; the data stays) or invalid (with errors).
   */
  function send(item) {
    if (inFlight[item.submissionId]) { return inFlight[item.submissionId]; }
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    var extra = csrf();
    Object.keys(extra).forEach(function (name) { headers[name] = extra[name]; });
    var sending = window.fetch('/api/worker/screenings', {
      method: 'POST', credentials: 'same-origin', cache: 'no-store', headers: headers,
      body: JSON.stringify({ submissionId: item.submissionId, consent: true, reference: item.reference,
        answers: item.answers })
    }).then(function (response) {
      connection(true);
      if (response.status === 200 || response.status === 201) {
        return response.json().then(function (body) { return { state: 'sent', href: body.href }; });
      }
      if (response.status === 401 || response.status === 403) { return { state: 'signed-out' }; }
      if (response.status === 400) {
        return response.json().then(function (body) {
          return { state: 'invalid', errors: Array.isArray(body.errors) ? body.errors : [] };
        }, function () { return { state: 'invalid', errors: [] }; });
      }
      return { state: 'failed' };
    }, function () {
      connection(false);
      return { state: 'offline' };
    }).then(function (outcome) {
      var data = load();
      var at = indexOf(data.pending, item.submissionId);
      if (outcome.state === 'sent') {
        if (at >= 0) { data.pending.splice(at, 1); }
        if (window.lanternSession) { window.lanternSession.touched(); }
      } else if (at >= 0) {
        data.pending[at].state = outcome.state;
        data.pending[at].errors = outcome.errors || null;
        data.pending[at].lastTried = new Date().toISOString();
      }
      signedOut = outcome.state === 'signed-out';
      // Whoever acts on the outcome (often by leaving the page) does so once the tablet's copy is updated.
      return store(data).then(function () {
        delete inFlight[item.submissionId];
        return outcome;
      });
    });
    inFlight[item.submissionId] = sending;
    return sending;
  }

  /** Sends everything waiting that can be sent; calls back with each item and its outcome. */
  function sendWaiting(each) {
    var waiting = load().pending.filter(function (item) { return item.state !== 'invalid'; });
    return Promise.all(waiting.map(function (item) {
      return send(item).then(function (outcome) { if (each) { each(item, outcome); } return outcome; });
    }));
  }

  /** Retries by itself: when the browser says the connection is back, and on a timer. */
  function keepTrying(each) {
    function run() {
      if (!signedOut) { sendWaiting(each); }
    }
    window.addEventListener('online', function () { connection(true); signedOut = false; run(); });
    window.addEventListener('offline', function () { connection(false); });
    window.setInterval(run, RETRY_EVERY_MS);
    if (navigator.onLine === false) { connection(false); }
    return run;
  }

  window.lanternWorkerQueue = { send: send, sendWaiting: sendWaiting, keepTrying: keepTrying,
    connection: connection, csrf: csrf,
    resume: function () { signedOut = false; },
    isSending: function (submissionId) { return !!inFlight[submissionId]; } };
}());
