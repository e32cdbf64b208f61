/*
 * The doorstep screening flow on /worker/screen: which step shows (the address's #step/... part),
 * the screening in progress (kept on the tablet through lantern-tablet-work.js at every step, so a
 * lost signal or a reload loses nothing), and starting it once the questions are loaded
 * (lantern-worker-questions.js). The steps are drawn by lantern-worker-steps.js and
 * lantern-worker-sending.js from the flow object made here:
 *   area, consentStep, retention, model     the #flow element, the consent step, how long records are kept, the questions
 *   current(), save(screening)             the screening on this tablet (or a new one); Promise once kept
 *   route(), go(step, replace), render()   the step in the address as parts; moving to a step; drawing it
 *   showFlow(), setTitle(heading, error), focusFirst(node)
 *   startNew(), carryOn(), againFor()      the answers to an unfinished screening; the reference to screen again
 *   sending                                lantern-worker-sending.js for this page
 *
 * window.lanternWorkerFlow.start(main) starts it; main is the page's <main> with data-retention and
 * data-prefill-reference (a reference to fill in when screening someone again).
 */
(function () {
  'use strict';

  var TITLE_SUFFIX = ' \u2013 Lantern for staff';

  var work = window.lanternTabletWork;
  var load = work.load;
  var store = work.store;
  var started = work.started;

  function start(main) {
    var loading = document.getElementById('flow-loading');
    var prefill = main.getAttribute('data-prefill-reference');
    var fresh = null;
    var flow = { area: document.getElementById('flow'), consentStep: document.getElementById('step-consent'),
      retention: main.getAttribute('data-retention') || '', model: null };
    var steps = null;

    flow.route = function () {
      var hash = window.location.hash.replace(/^#/, '');
      return hash.indexOf('step/') === 0 ? hash.slice(5).split('/') : null;
    };

    flow.go = function (step, replace) {
      var hash = '#step/' + step;
      if (replace) {
        window.history.replaceState(null, '', hash);
        flow.render();
      } else if (window.location.hash === hash) {
        flow.render();
      } else {
        window.location.hash = hash;
      }
    };

    /** The screening on this tablet, or a new one (kept in memory only until consent is answered). */
    flow.current = function () {
      var data = load();
      if (data.current) {
        fresh = null;
        if (!Array.isArray(data.current.seen)) { data.current.seen = []; }
        return data.current;
      }
      if (!fresh) {
        fresh = work.newScreening(prefill);
        prefill = null;
      }
      return fresh;
    };

    /** Keeps the screening; the promise settles once it is written, so the next step shows only after. */
    flow.save = function (screening) {
      var data = load();
      data.current = screening;
      return store(data);
    };

    /**
     * Deletes the unfinished screening from this tablet and starts again at consent. Opened to screen
     * someone again, the new screening still carries their reference (kept until it is made), so
     * sending it closes their earlier follow-up as it would with nothing unfinished waiting.
     */
    flow.startNew = function () {
      var data = load();
      data.current = null;
      store(data);
      fresh = null;
      flow.go('consent');
    };

    /** The reference this page was opened to screen again, until a screening takes it or carrying on drops it. */
    flow.againFor = function () {
      return prefill;
    };

    /**
     * Carries on with the unfinished screening, which keeps its own reference; the one this page
     * was opened with is dropped, so the next screening started here ("Screen someone else") is blank.
     */
    flow.carryOn = function () {
      prefill = null;
      flow.go(flow.model.firstIncomplete(flow.current()));
    };

    flow.setTitle = function (heading, error) {
      document.title = (error ? 'Error: ' : '') + heading + TITLE_SUFFIX;
    };

    flow.showFlow = function () {
      flow.consentStep.hidden = true;
      flow.area.hidden = false;
      while (flow.area.firstChild) { flow.area.removeChild(flow.area.firstChild); }
      window.scrollTo(0, 0);
    };

    flow.focusFirst = function (node) {
      if (node) { node.focus(); }
    };

    flow.render = function () {
      flow.sending.banner();
      var screening = flow.current();
      var parts = flow.route();
      if (!parts) {
        flow.go(started(screening) ? 'resume' : 'consent', true);
        return;
      }
      var step = parts[0];
      var needed = flow.model.firstIncomplete(screening);
      if (step === 'sending') { flow.sending.show(parts[1]); return; }
      if (step === 'resume') { steps.resume(screening); return; }
      if (step === 'consent') { steps.consent(screening); return; }
      if (step === 'reference' || step === 'change-reference') {
        if (screening.consent !== true) { flow.go(needed, true); return; }
        steps.reference(screening, step === 'change-reference');
        return;
      }
      if (step === 'q' || step === 'change') {
        var question = flow.model.byId[parts[1]];
        if (!question || !flow.model.reachable(question, screening)) { flow.go(needed, true); return; }
        steps.question(screening, question, step === 'change');
        return;
      }
      if (step === 'check' && needed === 'check') { steps.check(screening); return; }
      flow.go(needed, true);
    };

    flow.sending = window.lanternWorkerSending.create(flow);

    window.lanternWorkerQuestions.load().then(function (model) {
      if (!model) {
        loading.textContent = 'The questions could not be loaded. Connect to the internet once, then reload this page.';
        return;
      }
      flow.model = model;
      steps = window.lanternWorkerSteps.create(flow);
      loading.hidden = true;
      var data = load();
      if (prefill && data.current && !started(data.current)) {
        data.current.reference = prefill;
        prefill = null;
        store(data);
      }
      window.addEventListener('hashchange', flow.render);
      var again = flow.route();
      if (prefill && again && again[0] !== 'sending' && data.current && started(data.current)) {
        window.history.replaceState(null, '', '#step/resume');
      } else if (prefill || !again) {
        window.history.replaceState(null, '', window.location.pathname);
      }
      flow.render();
      var run = window.lanternWorkerQueue.keepTrying(flow.sending.afterSend);
      run();
    });
  }

  window.lanternWorkerFlow = { start: start };
}());
