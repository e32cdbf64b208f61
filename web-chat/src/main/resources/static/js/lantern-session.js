/*
 * Idle timeout on staff pages. The server signs a session out after it has been idle for
 * lantern-session-seconds; shortly before that (lantern-session-warning-seconds) this shows a
 * dialog that says so and lets the worker stay signed in, which touches the session. If the time
 * runs out, the page signs out and goes to the sign-in page. Anything the page sends to the server
 * counts as activity: pages call window.lanternSession.touched() after their own requests.
 *
 * The tablet's question pages change without a request, so what the worker does there (moving
 * between pages, typing, choosing, sending) is activity too: it sends a light keep-alive, at most
 * one every few seconds (one a minute with the usual 30-minute timeout), so the server's idle clock
 * and the warning follow the worker. The server still ends the session at its absolute lifetime
 * however busy the page is; the keep-alive is then refused and the page signs out.
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
  var lastActivity = 0;
  var lastKeepAlive = 0;
  var dialog = null;
  var timer = null;

  /** How often, at most, activity sends a keep-alive: a tenth of the idle timeout, 2 to 60 seconds. */
  function throttleMillis() {
    return Math.max(2, Math.min(60, Math.floor(total / 10))) * 1000;
  }

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

  var signingOut = false;

  function signOut(reason) {
    if (signingOut) { return; }
    var button = document.querySelector('[data-sign-out]');
    if (reason === 'chosen' && button) {
      // The header's own button, so the page's checks (unsent work) and clean-up run as usual.
      if (dialog && dialog.open) { dialog.close(); }
      button.click();
      return;
    }
    signingOut = true;
    afterCleanUp(reason, function () {
      // End the session on the server as well (if it has not ended already), so the sign-in page
      // shows the signed-out state rather than the worker's name and a "Sign out" button.
      var toSignIn = function () { window.location.assign('/sign-in?timed-out'); };
      fetch('/sign-out', { method: 'POST', headers: csrfHeaders(), credentials: 'same-origin', redirect: 'manual' })
        .then(toSignIn, toSignIn);
    });
  }

  /**
   * Runs the page's clean-up before signing out (lantern-tablet-work.js wipes what the tablet keeps),
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
    if (left <= warnBefore && lastActivity > lastKeepAlive && !(dialog && dialog.open)) {
      // The worker was busy since the page last told the server: tell it now, rather than warn.
      keepAlive().catch(function () { /* Offline: the warning shows at the next tick. */ });
      return;
    }
    if (left <= warnBefore && dialog && !dialog.open) {
      document.getElementById('idle-warning-left').textContent = words(left);
      dialog.showModal();
      document.getElementById('idle-continue').focus();
    } else if (dialog && dialog.open) {
      document.getElementById('idle-warning-left').textContent = words(left);
    }
  }

  /** Keeps the server's session alive; a refusal (signed out, or past the absolute lifetime) signs the page out. */
  function keepAlive() {
    lastKeepAlive = Date.now();
    var sentAt = lastKeepAlive;
    return fetch('/session/keep-alive', { method: 'POST', headers: csrfHeaders(), credentials: 'same-origin' })
      .then(function (response) {
        if (response.status === 204 && !response.redirected) {
          lastTouched = Math.max(lastTouched, sentAt);
          return true;
        }
        signOut('timed-out');
        return false;
      });
  }

  /** Something the worker did on the page: keeps the session alive, throttled. */
  function active() {
    lastActivity = Date.now();
    if (lastActivity - lastKeepAlive >= throttleMillis() && !(dialog && dialog.open)) {
      keepAlive().catch(function () { /* Offline: the work stays on the device; the next activity tries again. */ });
    }
  }

  function stay() {
    keepAlive()
      .then(function (kept) {
        if (kept) {
          window.lanternSession.touched();
          if (dialog && dialog.open) { dialog.close(); }
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
    // The header's button and the "Sign out anyway" of the page that asks first: clean up, then sign out.
    document.querySelectorAll('[data-sign-out], [data-sign-out-anyway]').forEach(function (button) {
      var form = button.form;
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        afterCleanUp('chosen', function () { form.submit(); });
      });
    });
    if (!(total > 0) || !(warnBefore > 0)) { return; }
    dialog = document.getElementById('idle-warning');
    if (dialog) {
      document.getElementById('idle-continue').addEventListener('click', stay);
      document.getElementById('idle-sign-out').addEventListener('click', function () { signOut('chosen'); });
      dialog.addEventListener('cancel', function (event) { event.preventDefault(); stay(); });
    }
    ['hashchange', 'input', 'change', 'submit', 'click'].forEach(function (type) {
      window.addEventListener(type, active, true);
    });
    timer = window.setInterval(tick, 1000);
  });
}());
