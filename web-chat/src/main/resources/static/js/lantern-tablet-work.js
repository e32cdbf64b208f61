/*
 * What a worker's tablet keeps between pages, and the sign-out check, on every signed-in staff page.
 *
 * A screening in progress, and one finished but not yet sent, are kept on the tablet under the
 * signed-in username (meta lantern-user), sealed with AES-GCM under a non-extractable key
 * (lantern-tablet-store.js), so a lost signal, a reload or a closed browser loses nothing and a copy
 * of the browser's files reads nothing. They are removed as soon as Lantern confirms the record; a
 * chosen sign-out deletes them and the key, and so does an idle sign-out once nothing is left unsent.
 * A page works on a copy in memory, read once when it opens (ready()) and written through on every
 * change (store()). Signing out from any staff page (screenings, training, admin, account) while the
 * tablet holds an unfinished or unsent screening goes first to /worker/sign-out, which names it.
 *
 * window.lanternTabletWork:
 *   user                 the signed-in username, or null on a page with nobody signed in
 *   ready()              Promise, resolved once what is kept has been read (once per page)
 *   load()               a copy of what is kept: { current: screening or null, pending: [screening] }
 *   store(data)          Promise of true once kept (false when the tablet could not keep it)
 *   started(screening)   true once consent is answered or any answer given
 *   newScreening(ref)    a new screening with its submission id; indexOf(pending, submissionId)
 *   unsentWords(data)    what signing out would delete, in words (empty when nothing)
 *   el, append, when     page helpers: an element with attributes and text, children, a date as "3 March, 10:42"
 * Text is only ever put on the page with textContent.
 */
(function () {
  'use strict';

  var STORE_PREFIX = 'lantern.worker.';

  function meta(name) {
    var node = document.querySelector('meta[name="' + name + '"]');
    return node ? node.getAttribute('content') : null;
  }

  var user = meta('lantern-user');

  /* ---------- What is kept on this device ---------- */

  var tablet = window.lanternTabletStore;
  var kept = { current: null, pending: [] };

  /** Where answers were kept in plain text before they were sealed; read once, then removed. */
  function legacyKey() {
    return STORE_PREFIX + user;
  }

  function normalise(data) {
    if (!data || typeof data !== 'object') { data = {}; }
    if (!Array.isArray(data.pending)) { data.pending = []; }
    if (!data.current) { data.current = null; }
    return data;
  }

  /** A copy of what is kept, for the caller to change and {@link store}. */
  function load() {
    return normalise(JSON.parse(JSON.stringify(kept)));
  }

  /** Reads what is kept when the page opens, sealing any plain-text answers left by an older version. */
  function open() {
    return tablet.read(user).then(normalise, function () { return normalise(null); }).then(function (data) {
      var legacy = null;
      try { legacy = JSON.parse(window.localStorage.getItem(legacyKey())); } catch (e) { legacy = null; }
      kept = data;
      if (legacy && typeof legacy === 'object') {
        legacy = normalise(legacy);
        legacy.pending.forEach(function (item) {
          if (indexOf(kept.pending, item.submissionId) < 0) { kept.pending.push(item); }
        });
        if (!kept.current) { kept.current = legacy.current; }
        return store(load()).then(function (sealed) {
          if (sealed) { window.localStorage.removeItem(legacyKey()); }
        });
      }
      return undefined;
    });
  }

  /**
   * Keeps only what is still needed: a screening once it has begun (consent answered), those
   * waiting to be sent, and nothing at all once every screening has been confirmed.
   */
  function store(data) {
    var current = started(data.current) ? data.current : null;
    kept = { current: current, pending: data.pending };
    var empty = !current && data.pending.length === 0;
    return tablet.write(user, empty ? null : load()).then(function () {
      if (others) { others.postMessage('changed'); }
      return true;
    }, function () {
      var status = document.getElementById('connection-status');
      if (status) { status.textContent = 'This tablet could not keep the answers. Do not close this page.'; }
      return false;
    });
  }

  // Another page of this worker's (a second tab) changed what is kept: take its copy, so a later
  // write here does not put back what it had sent or drop what it had added.
  var others = typeof window.BroadcastChannel === 'function' ? new window.BroadcastChannel('lantern-tablet') : null;
  if (others) {
    others.onmessage = function () {
      tablet.read(user).then(function (data) { kept = normalise(data); }, function () { });
    };
  }

  function started(screening) {
    return !!screening && (screening.consent === true || screening.consent === false
      || Object.keys(screening.answers || {}).length > 0);
  }

  function uuid() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') { return window.crypto.randomUUID(); }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-'
      + hex.slice(20);
  }

  function newScreening(reference) {
    return { submissionId: uuid(), consent: null, reference: reference || '', answers: {}, seen: [],
      startedAt: new Date().toISOString(), problems: null };
  }

  function indexOf(pending, submissionId) {
    for (var i = 0; i < pending.length; i++) {
      if (pending[i].submissionId === submissionId) { return i; }
    }
    return -1;
  }

  var opened = null;

  /** Reads what is kept, once per page, whoever asks first. */
  function ready() {
    if (!opened) { opened = open().catch(function () { }); }
    return opened;
  }

  /* ---------- Page helpers ---------- */

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      var value = attrs[name];
      if (value === null || value === undefined || value === false) { return; }
      node.setAttribute(name === 'className' ? 'class' : name, value === true ? '' : value);
    });
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function append(parent) {
    for (var i = 1; i < arguments.length; i++) {
      if (arguments[i]) { parent.appendChild(arguments[i]); }
    }
    return parent;
  }

  function when(at) {
    var date = new Date(at);
    if (isNaN(date.getTime())) { return ''; }
    return date.toLocaleString('en-GB', { day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' });
  }

  /* ---------- Signing out ---------- */

  function guardSignOut() {
    if (window.lanternSession) {
      // A chosen sign-out leaves nothing personal on a shared tablet, key included; a timed-out one
      // keeps unsent work (sealed) for the next sign-in, and wipes the key too once nothing is left.
      window.lanternSession.beforeSignOut = function (reason) {
        var unsent = kept.pending.length > 0 || started(kept.current);
        if (reason === 'chosen' || !unsent) { return tablet.wipe(user); }
        return undefined;
      };
    }
    var button = document.querySelector('[data-sign-out]');
    if (!button) { return; }
    // Work that signing out would delete: ask first, on a page that names it.
    button.addEventListener('click', function (event) {
      if (unsentWords(load()).length && window.location.pathname !== '/worker/sign-out') {
        event.preventDefault();
        event.stopImmediatePropagation();
        // Where "Go back" returns to (the question on screen included); the page sends no referrer.
        try { window.sessionStorage.setItem(RETURN_KEY, window.location.pathname + window.location.hash); } catch (e) { }
        window.location.assign('/worker/sign-out');
      }
    }, true);
  }

  /** Session storage key: the page (path and step) the worker left for the sign-out check. */
  var RETURN_KEY = 'lantern-sign-out-return';

  /** Time of day as the tablet shows it, like 10:42. */
  function clock(at) {
    var date = new Date(at);
    return isNaN(date.getTime()) ? ''
      : date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false });
  }

  /**
   * What this tablet holds that signing out would delete, in words: "You have an unfinished screening
   * started at 10:42", "2 screenings are waiting to be sent"; empty when nothing.
   */
  function unsentWords(data) {
    var words = [];
    if (started(data.current)) {
      var at = clock(data.current.startedAt);
      words.push('You have an unfinished screening' + (at ? ' started at ' + at : ''));
    }
    var waiting = data.pending.length;
    if (waiting) {
      words.push(waiting === 1 ? '1 screening is waiting to be sent' : waiting + ' screenings are waiting to be sent');
    }
    return words;
  }

  /** The page that asks before signing out: names what would be deleted; "Go back" returns to the page (and step) before. */
  function startSignOutCheck() {
    var list = document.getElementById('sign-out-unsent');
    var words = unsentWords(load());
    if (!words.length) { words = ['Nothing on this tablet is waiting to be sent']; }
    words.forEach(function (each) { list.appendChild(el('li', null, each)); });
    var back = document.getElementById('sign-out-go-back');
    var from = null;
    try { from = window.sessionStorage.getItem(RETURN_KEY); } catch (e) { }
    if (from && /^\/(worker|training|admin|account)(\/|#|$)/.test(from)) { back.setAttribute('href', from); }
  }

  window.lanternTabletWork = { user: user, ready: ready, load: load, store: store, started: started,
    newScreening: newScreening, indexOf: indexOf, unsentWords: unsentWords, el: el, append: append, when: when };

  document.addEventListener('DOMContentLoaded', function () {
    if (!user || !tablet) { return; }
    guardSignOut();
    ready().then(function () {
      var main = document.getElementById('main-content');
      if (main && main.getAttribute('data-page') === 'sign-out') { startSignOutCheck(); }
    });
  });
}());
