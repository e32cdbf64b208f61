/*
 * Lets the doorstep screening page open with no signal: a reload, or the browser reopened, on a
 * doorstep with no network still shows /worker/screen, which then carries on from the answers kept
 * on the tablet. Registered by lantern-worker.js for the /worker/ pages only.
 *
 * Network first, always: with a connection every request goes to Lantern as usual and the copy
 * kept here is refreshed; only when the network fails is the kept copy used. Only the screening
 * page and the files it needs are kept, never a record, a result or a list. The sign-in page
 * deletes the copy (lantern-session.js), so nothing stays once the worker has signed out.
 */
'use strict';

var CACHE = 'lantern-worker-offline';
var SCREEN = '/worker/screen';
var FILES = [
  SCREEN,
  '/js/lantern-tablet-store.js',
  '/js/lantern-tablet-work.js',
  '/js/lantern-worker-queue.js',
  '/js/lantern-worker-questions.js',
  '/js/lantern-worker-sending.js',
  '/js/lantern-worker-steps.js',
  '/js/lantern-worker-flow.js',
  '/js/lantern-worker.js',
  '/js/lantern-safeguarding-check.js',
  '/js/lantern-safeguarding.js',
  '/worker/safeguarding.json',
  '/js/lantern-session.js',
  '/css/lantern-staff.css',
  '/css/lantern-worker.css',
  '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css'
];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE)
    .then(function (cache) { return cache.addAll(FILES); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(self.clients.claim());
});

function kept(url) {
  return url.origin === self.location.origin && FILES.indexOf(url.pathname) >= 0 && url.search === '';
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') { return; }
  var url = new URL(request.url);
  if (!kept(url)) { return; }
  event.respondWith(fetch(request).then(function (response) {
    // A fresh copy replaces the kept one, but never a redirect to sign-in or an error page.
    if (response.ok && !response.redirected && response.type === 'basic') {
      var copy = response.clone();
      caches.open(CACHE).then(function (cache) { return cache.put(url.pathname, copy); });
    }
    return response;
  }).catch(function () {
    return caches.open(CACHE).then(function (cache) { return cache.match(url.pathname); })
      .then(function (cached) { return cached || Response.error(); });
  }));
});
