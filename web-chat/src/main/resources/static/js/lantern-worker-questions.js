/*
 * The doorstep questionnaire on the tablet: loading it (kept in localStorage too, so the question
 * pages need no network once loaded), which questions are asked given the answers so far (skip
 * logic), where the flow goes next, and reading and showing an answer. No page is drawn here: the
 * question pages are in lantern-worker-steps.js.
 *
 * window.lanternWorkerQuestions:
 *   load()               Promise of the questions (a model, below), or null when none could be had
 *   model:
 *     questions, byId    the questions in order, with their staff wording as question.staff; by id
 *     asked(screening)   the questions asked, given its answers
 *     mostAsked(s)       how many questions could still be asked (never grows as answers are given)
 *     prune(screening)   drops answers to questions an earlier change means are no longer asked
 *     firstIncomplete(s) the first step not yet done: 'consent', 'reference', 'q/<id>' or 'check'
 *     reachable(q, s)    true once consent (and a reference) are given and every earlier question is done
 *     previousOf(q, s)   the back link's href; nextAfter(q, s, changing) the step after it
 *     answersToSend(s)   the answers to the questions asked, as Lantern takes them
 *     readAnswer(q, form) {value} (undefined when left empty) or {error}; displayAnswer(q, value) in words
 *     canonical(value)   an answer as skip logic compares it: "yes", "no", an option id or a number as text
 */
(function () {
  'use strict';

  var QUESTIONNAIRE_KEY = 'lantern.questionnaire';
  var FREE_TEXT_MAX = 500;
  /** The longest place kept (ScreeningRecords.MAX_PLACE). */
  var PLACE_MAX = 100;

  function fetchQuestionnaire() {
    return window.fetch('/api/questionnaire', { credentials: 'same-origin', cache: 'no-cache',
      headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (!response.ok) { throw new Error('questionnaire ' + response.status); }
        return response.json();
      })
      .then(function (questionnaire) {
        try { window.localStorage.setItem(QUESTIONNAIRE_KEY, JSON.stringify(questionnaire)); } catch (e) { /* kept in memory */ }
        return questionnaire;
      })
      .catch(function () {
        try { return JSON.parse(window.localStorage.getItem(QUESTIONNAIRE_KEY)); } catch (e) { return null; }
      });
  }

  /** An answer in the form skip logic compares: "yes", "no", an option id or a number as text. */
  function canonical(value) {
    if (value === true) { return 'yes'; }
    if (value === false) { return 'no'; }
    return String(value);
  }

  function normalisePostcode(written) {
    var compact = String(written).replace(/[\s.\-]/g, '').toUpperCase();
    var full = /^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$/.exec(compact);
    if (full) { return full[1] + ' ' + full[2]; }
    return /^[A-Z]{1,2}[0-9][A-Z0-9]?$/.test(compact) ? compact : null;
  }

  function displayAnswer(question, value) {
    if (value === undefined || value === null || value === '') { return 'Not answered'; }
    if (question.type === 'yes_no') { return value ? 'Yes' : 'No'; }
    if (question.type === 'single_choice') {
      for (var i = 0; i < question.options.length; i++) {
        if (question.options[i].id === value) { return question.options[i].label; }
      }
    }
    return String(value);
  }

  /** Reads the answer on a question page: {value} (undefined when left empty) or {error}. */
  function readAnswer(question, form) {
    var required = question.required;
    var words = question.staff || {};
    if (question.type === 'yes_no' || question.type === 'single_choice') {
      var chosen = form.querySelector('input[name="answer"]:checked');
      if (!chosen) {
        return required ? { error: words.missing || 'Select an answer' } : { value: undefined };
      }
      if (question.type === 'yes_no') { return { value: chosen.value === 'yes' }; }
      return { value: chosen.value };
    }
    var raw = form.querySelector('[name="answer"]').value;
    var text = raw.trim();
    if (text === '') {
      if (!required) { return { value: undefined }; }
      return { error: words.missing || 'Enter an answer' };
    }
    if (question.type === 'whole_number') {
      if (!/^\d+$/.test(text)) { return { error: words.format || 'Enter a whole number' }; }
      var number = parseInt(text, 10);
      var min = question.min, max = question.max;
      if ((min !== null && min !== undefined && number < min) || (max !== null && max !== undefined && number > max)) {
        return { error: words.range || 'Enter a number between ' + min + ' and ' + max };
      }
      return { value: number };
    }
    if (question.type === 'postcode') {
      // Round 15: what the person says, a postcode, its first part or a town ("Chatham", "Strood, Kent"); a full
      // postcode or a first part alone is written the standard way, anything else is kept as typed and read by
      // Lantern's place reader on the server (POST /api/worker/place online, and again when the screening is sent)
      var postcode = /^[A-Za-z]{1,2}[0-9][A-Za-z0-9]?$/.test(text) || /^[A-Za-z]{1,2}[0-9][A-Za-z0-9]?\s*[0-9][A-Za-z]{2}$/
        .test(text) ? normalisePostcode(text) : null;
      if (postcode) { return { value: postcode }; }
      if (text.length > PLACE_MAX) { return { error: 'Enter a postcode or a town of ' + PLACE_MAX + ' characters or fewer' }; }
      if (!/[A-Za-z0-9]/.test(text)) {
        return { error: 'Enter a postcode, like ME7 1AB, its first part, like ME7, or a town, like Chatham' };
      }
      return { value: text };
    }
    if (text.length > FREE_TEXT_MAX) { return { error: 'Answer must be ' + FREE_TEXT_MAX + ' characters or fewer' }; }
    return { value: text };
  }

  /** The questions of one questionnaire, with the skip logic and the order between them. */
  function model(questionnaire) {
    var questions = questionnaire.questions;
    var wording = questionnaire.staffWording || {};
    var byId = {};
    questions.forEach(function (question) {
      question.staff = wording[question.id] || {};
      byId[question.id] = question;
    });

    function isAsked(question, answers) {
      if (!question.askIf) { return true; }
      var earlier = answers[question.askIf.question];
      return earlier !== undefined && question.askIf.anyOf.indexOf(canonical(earlier)) >= 0;
    }

    function done(question, screening) {
      return Object.prototype.hasOwnProperty.call(screening.answers, question.id)
        || (!question.required && screening.seen.indexOf(question.id) >= 0);
    }

    function prune(screening) {
      questions.forEach(function (question) {
        if (!isAsked(question, screening.answers)) { delete screening.answers[question.id]; }
      });
    }

    function asked(screening) {
      return questions.filter(function (question) { return isAsked(question, screening.answers); });
    }

    /*
     * How many questions could still be asked: those asked now, and those whose condition waits on a
     * question not yet answered or left out (that could itself still be asked). Answering only rules questions out,
     * so going forward this count never grows, unlike the count of those asked so far.
     */
    function mostAsked(screening) {
      var open = {};
      var count = 0;
      questions.forEach(function (question) {
        var waits = question.askIf && open[question.askIf.question]
          && !Object.prototype.hasOwnProperty.call(screening.answers, question.askIf.question)
          && (screening.seen || []).indexOf(question.askIf.question) < 0;
        if (isAsked(question, screening.answers) || waits) {
          open[question.id] = true;
          count++;
        }
      });
      return count;
    }

    function firstIncomplete(screening) {
      if (screening.consent !== true && screening.consent !== false) { return 'consent'; }
      if (screening.consent && !screening.reference) { return 'reference'; }
      var list = asked(screening);
      for (var i = 0; i < list.length; i++) {
        if (!done(list[i], screening)) { return 'q/' + list[i].id; }
      }
      return 'check';
    }

    function reachable(question, screening) {
      if (screening.consent !== true && screening.consent !== false) { return false; }
      if (screening.consent && !screening.reference) { return false; }
      if (!isAsked(question, screening.answers)) { return false; }
      var list = asked(screening);
      for (var i = 0; i < list.length && list[i].id !== question.id; i++) {
        if (!done(list[i], screening)) { return false; }
      }
      return true;
    }

    function previousOf(question, screening) {
      var list = asked(screening);
      var before = null;
      for (var i = 0; i < list.length && list[i].id !== question.id; i++) { before = list[i]; }
      if (before) { return '#step/q/' + before.id; }
      return screening.consent ? '#step/reference' : '#step/consent';
    }

    function nextAfter(question, screening, changing) {
      var list = asked(screening);
      var seenIt = false;
      for (var i = 0; i < list.length; i++) {
        if (seenIt && (!changing || !done(list[i], screening))) {
          return (changing ? 'change/' : 'q/') + list[i].id;
        }
        if (list[i].id === question.id) { seenIt = true; }
      }
      return 'check';
    }

    function answersToSend(screening) {
      var answers = {};
      asked(screening).forEach(function (question) {
        if (Object.prototype.hasOwnProperty.call(screening.answers, question.id)) {
          answers[question.id] = screening.answers[question.id];
        }
      });
      return answers;
    }

    return { questions: questions, byId: byId, asked: asked, mostAsked: mostAsked, prune: prune, firstIncomplete: firstIncomplete,
      reachable: reachable, previousOf: previousOf, nextAfter: nextAfter, answersToSend: answersToSend,
      readAnswer: readAnswer, displayAnswer: displayAnswer, canonical: canonical };
  }

  function load() {
    return fetchQuestionnaire().then(function (questionnaire) {
      return questionnaire && Array.isArray(questionnaire.questions) ? model(questionnaire) : null;
    });
  }

  window.lanternWorkerQuestions = { load: load };
}());
