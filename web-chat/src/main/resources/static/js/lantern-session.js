/*
 * Idle timeout on staff pages. The server signs a session out after it has been idle for
 * lantern-session-seconds; shortly before that (lantern-session-warning-seconds) this shows a
 * dialog that says so and lets the worker stay signed in, which touches the session. If the time
 * runs out, the page goes to the sign-in page. Anything the page sends to the server counts as
 * activity: pages call window.lanternSession.touched() after their own requests.
 */
(function () {
  'use strict';

  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute('content') : null;
  }

  var total = parseInt(meta('lantern-session-seconds'), 10);
  var warnBefore = parseInt(meta('lantern-session-warning-seconds'), 10);
  var lastTouched = Date.now();
  var dialog = null;
  var timer = null;

  function secondsLeft() {
    return total - Math.floor((Date.now() - lastTouched) / 1000);
  }

  function words(seconds) {
    if (seconds >= 120) { return Math.ceil(seconds / 60) + ' minutes'; }
    if (seconds >= 60) { return '1 minute'; }
    return seconds + ' seconds';
  }

  function csrfHeaders() {
    var headers = {};
    var name = meta('_csrf_header');
    var token = meta('_csrf');
    if (name && token) { headers[name] = token; }
    return headers;
  }

  function signOut(reason) {
    var button = document.querySelector('[data-sign-out]');
    if (reason === 'chosen' && button) {
      // The header's own button, so the page's checks (unsent work) and clean-up run as usual.
      if (dialog && dialog.open) { dialog.close(); }
      button.click();
      return;
    }
    afterCleanUp(reason, function () { window.location.assign('/sign-in?timed-out'); });
  }

  /**
   * Runs the page's clean-up before signing out (lantern-worker.js wipes what the tablet keeps),
   * then carries on; a clean-up that answers with a promise is waited for, at most 3 seconds.
   */
  function afterCleanUp(reason, next) {
    var cleanUp = window.lanternSession.beforeSignOut ? window.lanternSession.beforeSignOut(reason) : null;
    if (!cleanUp || typeof cleanUp.then !== 'function') { next(); return; }
    var done = false;
    function once() { if (!done) { done = true; next(); } }
    cleanUp.then(once, once);
    window.setTimeout(once, 3000);
  }

  function tick() {
    var left = secondsLeft();
    if (left <= 0) { signOut('timed-out'); return; }
    if (left <= warnBefore && dialog && !dialog.open) {
      document.getElementById('idle-warning-left').textContent = words(left);
      dialog.showModal();
      document.getElementById('idle-continue').focus();
    } else if (dialog && dialog.open) {
      document.getElementById('idle-warning-left').textContent = words(left);
    }
  }

  function stay() {
    fetch('/session/keep-alive', { method: 'POST', headers: csrfHeaders(), credentials: 'same-origin' })
      .then(function (response) {
        if (response.ok) {
          window.lanternSession.touched();
          if (dialog && dialog.open) { dialog.close(); }
        } else {
          signOut('timed-out');
        }
      })
      .catch(function () {
        // Offline: the session cannot be kept alive from here, but the work on the device is kept.
        document.getElementById('idle-warning-left').textContent = words(Math.max(secondsLeft(), 0))
          + ' (no connection at the moment)';
      });
  }

  window.lanternSession = {
    touched: function () { lastTouched = Date.now(); },
    csrfHeaders: csrfHeaders,
    beforeSignOut: null
  };

  // On the sign-in page nobody is signed in: drop the screening page kept for use offline.
  if (window.location.pathname === '/sign-in' && 'caches' in window) {
    window.caches.delete('lantern-worker-offline').catch(function () { });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var signOutButton = document.querySelector('[data-sign-out]');
    if (signOutButton) {
      var form = signOutButton.form;
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        afterCleanUp('chosen', function () { form.submit(); });
      });
    }
    if (!(total > 0) || !(warnBefore > 0)) { return; }
    dialog = document.getElementById('idle-warning');
    if (dialog) {
      document.getElementById('idle-continue').addEventListener('click', stay);
      document.getElementById('idle-sign-out').addEventListener('click', function () { signOut('chosen'); });
      dialog.addEventListener('cancel', function (event) { event.preventDefault(); stay(); });
    }
    timer = window.setInterval(tick, 1000);
  });
}());
