/*
 * What a worker's tablet keeps between pages (a screening in progress, finished ones not yet sent),
 * sealed at rest. Each worker on the tablet has an AES-GCM key (256 bits) made by Web Crypto as
 * non-extractable: the browser keeps it in IndexedDB and lets this origin's pages encrypt and decrypt
 * with it, but nobody can read the key out, so a copy of the browser's files (a lost or resold tablet,
 * a backup) gives the sealed answers without any way to open them. Each write has a fresh random
 * 96-bit IV, and the username is bound in as additional data, so one worker's sealed answers cannot
 * be passed off as another's.
 *
 * window.lanternTabletStore:
 *   read(user)        -> Promise of the kept object, or null when nothing is kept (or it cannot be opened)
 *   write(user, obj)  -> Promise; obj null deletes what is kept. Writes happen in the order called.
 *   wipe(user)        -> Promise; deletes the kept answers and the key itself.
 *   available()       -> false where the browser has no IndexedDB or Web Crypto (a page not served over
 *                        HTTPS or from localhost): then nothing is kept on the device at all.
 */
(function () {
  'use strict';

  var DATABASE = 'lantern-tablet';
  var KEYS = 'keys';
  var SEALED = 'sealed';
  var opening = null;
  var queue = Promise.resolve();

  function available() {
    return !!(window.indexedDB && window.crypto && window.crypto.subtle && window.isSecureContext !== false);
  }

  function database() {
    if (!opening) {
      opening = new Promise(function (resolve, reject) {
        var open = window.indexedDB.open(DATABASE, 1);
        open.onupgradeneeded = function () {
          open.result.createObjectStore(KEYS);
          open.result.createObjectStore(SEALED);
        };
        open.onsuccess = function () { resolve(open.result); };
        open.onerror = function () { reject(open.error); };
      });
    }
    return opening;
  }

  /** Runs one request on one object store; resolves with its result once the transaction commits. */
  function transact(store, mode, work) {
    return database().then(function (db) {
      return new Promise(function (resolve, reject) {
        var transaction = db.transaction(store, mode);
        var request = work(transaction.objectStore(store));
        transaction.oncomplete = function () { resolve(request ? request.result : undefined); };
        transaction.onerror = function () { reject(transaction.error); };
        transaction.onabort = function () { reject(transaction.error); };
      });
    });
  }

  function get(store, user) {
    return transact(store, 'readonly', function (s) { return s.get(user); });
  }

  /** The worker's key; made (non-extractable) when there is none and {@code make} is true. */
  function key(user, make) {
    return get(KEYS, user).then(function (found) {
      if (found || !make) { return found || null; }
      return window.crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'])
        .then(function (made) {
          // add, not put: if another page made one at the same moment, theirs is kept and used.
          return transact(KEYS, 'readwrite', function (s) { return s.add(made, user); })
            .then(function () { return made; }, function () { return get(KEYS, user); });
        });
    });
  }

  function additionalData(user) {
    return new TextEncoder().encode('lantern.worker.' + user);
  }

  function read(user) {
    if (!available()) { return Promise.resolve(null); }
    return queue.then(function () {
      return Promise.all([get(SEALED, user), key(user, false)]);
    }).then(function (found) {
      var sealed = found[0];
      var secret = found[1];
      if (!sealed || !secret) { return null; }
      return window.crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData: additionalData(user) },
        secret, sealed.data).then(function (plain) {
        return JSON.parse(new TextDecoder().decode(plain));
      }, function () { return null; });
    });
  }

  function write(user, value) {
    var next = queue.then(function () {
      if (!available()) { throw new Error('This browser cannot keep answers sealed'); }
      if (value === null) {
        return transact(SEALED, 'readwrite', function (s) { return s.delete(user); });
      }
      var iv = window.crypto.getRandomValues(new Uint8Array(12));
      var plain = new TextEncoder().encode(JSON.stringify(value));
      return key(user, true).then(function (secret) {
        return window.crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv, additionalData: additionalData(user) },
          secret, plain);
      }).then(function (data) {
        return transact(SEALED, 'readwrite', function (s) { return s.put({ iv: iv, data: data }, user); });
      });
    });
    // A failed write must not stop the ones after it; the caller still sees it fail.
    queue = next.catch(function () { });
    return next;
  }

  function wipe(user) {
    if (!available()) { return Promise.resolve(); }
    var next = queue.then(function () {
      return transact(SEALED, 'readwrite', function (s) { return s.delete(user); });
    }).then(function () {
      return transact(KEYS, 'readwrite', function (s) { return s.delete(user); });
    });
    queue = next.catch(function () { });
    return next;
  }

  window.lanternTabletStore = { read: read, write: write, wipe: wipe, available: available };
}());
