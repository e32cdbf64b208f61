/*
 * Lantern chat page. Talks to /ws/chat (see docs/chat-protocol.md). Message text from the server
 * is only ever put on the page with textContent, never as HTML.
 */
(function () {
  'use strict';

  var TOKEN_KEY = 'lantern.chat.token';
  var SETTINGS_KEY = 'lantern.chat.settings';
  var CHANGE = 'change my answer';
  var PHONE = /(\b0\d(?:[ ]?\d){8,9}\b|\b116 ?\d{3}\b|\b999\b|\b111\b|\b85258\b)/g;

  var transcript = document.getElementById('transcript');
  var quickReplies = document.getElementById('quick-replies');
  var statusLine = document.getElementById('connection-status');
  var form = document.getElementById('say-form');
  var input = document.getElementById('say-input');
  var speakButton = document.getElementById('speak-button');
  var chatView = document.getElementById('chat-view');
  var printView = document.getElementById('print-view');
  var printSummary = document.getElementById('print-summary');
  var displaySettings = document.getElementById('display-settings');

  // The form stays hidden without JavaScript, so nothing typed can be sent in an address.
  form.hidden = false;
  // One "Display" control on a phone; open from the start where there is room.
  if (window.matchMedia && window.matchMedia('(min-width: 641px)').matches) { displaySettings.open = true; }

  var socket = null;
  var lastBot = null;
  var crisisShown = null;
  var retryDelay = 1000;
  var retryTimer = null;
  var settings = loadSettings();

  // ---- Storage that may be switched off in the browser ----

  function readStore(key) {
    try { return window.sessionStorage.getItem(key); } catch (e) { return null; }
  }

  function writeStore(key, value) {
    try { window.sessionStorage.setItem(key, value); } catch (e) { /* not kept; fine */ }
  }

  function loadSettings() {
    try {
      var saved = JSON.parse(readStore(SETTINGS_KEY) || '{}');
      return { largerText: !!saved.largerText, highContrast: !!saved.highContrast, readAloud: !!saved.readAloud };
    } catch (e) {
      return { largerText: false, highContrast: false, readAloud: false };
    }
  }

  // ---- Building the page safely ----

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  /** Appends text to a node, turning phone numbers into tel: (or sms:) links. */
  function appendWithPhoneLinks(parent, text) {
    var last = 0;
    text.replace(PHONE, function (match, number, offset) {
      if (offset > last) { parent.appendChild(document.createTextNode(text.slice(last, offset))); }
      var digits = number.replace(/\s/g, '');
      var link = el('a', 'govuk-link', number);
      // "text SHOUT to 85258", "text the word REGISTER to 999": a text message with that word in
      // it; "text 999": a text message. Any other number is a call.
      var before = text.slice(0, offset);
      var word = /\btext\s+(?:the\s+word\s+)?([A-Za-z]+)\s+to\s*$/i.exec(before);
      var wantsText = word || /\btext\s*$/i.test(before);
      link.href = wantsText ? 'sms:' + digits + (word ? '?&body=' + encodeURIComponent(word[1]) : '') : 'tel:' + digits;
      parent.appendChild(link);
      last = offset + match.length;
      return match;
    });
    if (last < text.length) { parent.appendChild(document.createTextNode(text.slice(last))); }
    return parent;
  }

  /** Plain text with "- " list lines, as paragraphs and bullet lists. */
  function renderText(parent, text, linkPhones) {
    var list = null;
    String(text || '').split('\n').forEach(function (line) {
      var trimmed = line.trim();
      if (!trimmed) { list = null; return; }
      if (trimmed.indexOf('- ') === 0) {
        if (!list) { list = parent.appendChild(el('ul', 'govuk-list govuk-list--bullet')); }
        var item = list.appendChild(el('li'));
        if (linkPhones) { appendWithPhoneLinks(item, trimmed.slice(2)); } else { item.textContent = trimmed.slice(2); }
      } else {
        list = null;
        var para = parent.appendChild(el('p', 'govuk-body'));
        if (linkPhones) { appendWithPhoneLinks(para, trimmed); } else { para.textContent = trimmed; }
      }
    });
  }

  function renderList(parent, items, linkPhones) {
    var list = parent.appendChild(el('ul', 'govuk-list govuk-list--bullet'));
    items.forEach(function (text) {
      var item = list.appendChild(el('li'));
      if (linkPhones) { appendWithPhoneLinks(item, text); } else { item.textContent = text; }
    });
    return list;
  }

  /**
   * The message's text without the one-line form of the services it shows as cards, so no
   * service appears twice in one message (the lines stay in the transcript the server keeps).
   */
  function withoutServiceLines(message) {
    if (!message.services || !message.services.length || message.kind !== 'services') { return message.text; }
    var lines = message.services.map(function (s) { return '- ' + s.name; });
    return String(message.text || '').split('\n').filter(function (line) {
      return !lines.some(function (start) { return line.trim().indexOf(start) === 0; });
    }).join('\n');
  }

  /** A fact of a service card: a bold label and its value. */
  function fact(parent, label) {
    var p = parent.appendChild(el('p', 'govuk-body'));
    p.appendChild(el('strong', null, label + ': '));
    return p;
  }

  /**
   * Service cards: what it is, why it was offered, when it runs, how to reach it (tap to call,
   * web link), cost and distance, each once.
   */
  function renderServices(parent, services, headingTag) {
    var list = parent.appendChild(el('ul', 'lantern-services'));
    services.forEach(function (service) {
      var item = list.appendChild(el('li', 'lantern-service'));
      item.appendChild(el(headingTag, 'govuk-heading-s lantern-service__name', service.name));
      if (service.summary) { item.appendChild(el('p', 'govuk-body', service.summary)); }
      if (service.why) { item.appendChild(el('p', 'govuk-body lantern-service__why', service.why)); }
      // round 17: where it runs (a venue and town, by phone, online, visits at home), on answers to service questions
      if (service.where) { fact(item, 'Where').appendChild(document.createTextNode(service.where)); }
      if (service.schedule) { fact(item, 'When').appendChild(document.createTextNode(service.schedule)); }
      if (service.telephone || service.url || service.contact) {
        var contact = fact(item, 'Contact');
        if (service.telephone) {
          var call = contact.appendChild(el('a', 'govuk-link lantern-service__phone', service.phone));
          call.href = 'tel:' + service.telephone;
        }
        // round 15: every way the directory lists, phone first; an email beside a phone or web address is kept
        if (service.email && (service.telephone || service.url)) {
          if (service.telephone) { contact.appendChild(document.createTextNode(', or ')); }
          var mail = contact.appendChild(el('a', 'govuk-link lantern-service__email', service.email));
          mail.href = 'mailto:' + service.email;
        }
        if (service.url) {
          if (service.telephone || service.email) { contact.appendChild(document.createTextNode(', or ')); }
          var web = contact.appendChild(el('a', 'govuk-link lantern-service__web lantern-address', service.url));
          web.href = service.url;
          web.rel = 'noopener';
          // a web address alone is said plainly to be online only, never shown as if reachable otherwise
          if (service.onlineOnly) { contact.appendChild(document.createTextNode(' (online only: no phone number or email is listed)')); }
        }
        if (!service.telephone && !service.url) { appendWithPhoneLinks(contact, service.contact); }
      }
      if (service.cost) { fact(item, 'Cost').appendChild(document.createTextNode(service.cost)); }
      if (service.distance) {
        // in words from the server ("about 2.4 miles away", "under a mile away", "in your area"): round 14
        fact(item, 'Distance').appendChild(document.createTextNode(service.distance));
      }
    });
    return list;
  }

  function renderSummary(parent, summary, headingTag, subHeadingTag, withMoreHelp) {
    if (summary.actNow && summary.actNow.length) {
      var warning = parent.appendChild(el('div', 'govuk-warning-text'));
      warning.appendChild(el('span', 'govuk-warning-text__icon', '!')).setAttribute('aria-hidden', 'true');
      var strong = warning.appendChild(el('strong', 'govuk-warning-text__text'));
      strong.appendChild(el('span', 'govuk-visually-hidden', 'Warning: '));
      strong.appendChild(document.createTextNode('Please do this first.'));
      renderList(parent, summary.actNow, true);
    }
    if (summary.reflection && summary.reflection.length) {
      parent.appendChild(el(headingTag, 'govuk-heading-s', 'What you told me'));
      renderList(parent, summary.reflection, false);
    }
    if (summary.publicWords) {
      renderText(parent, summary.publicWords, true);
    }
    if (summary.mayHelp && summary.mayHelp.length) {
      parent.appendChild(el(headingTag, 'govuk-heading-s', 'Help that may suit you'));
      renderList(parent, summary.mayHelp, false);
    }
    if (summary.services && summary.services.length) {
      parent.appendChild(el(headingTag, 'govuk-heading-s', 'Services that may suit you'));
      if (summary.servicesLead) { parent.appendChild(el('p', 'govuk-body', summary.servicesLead)); }
      renderServices(parent, summary.services, subHeadingTag);
    }
    if (withMoreHelp && summary.moreHelp && summary.moreHelp.length) {
      parent.appendChild(el(headingTag, 'govuk-heading-s', 'Numbers to keep'));
      renderList(parent, summary.moreHelp, true);
    }
  }

  /**
   * Keeps the answers in sight: the latest question, its reply buttons and the text box sit
   * together at the end of the conversation, so the page is scrolled until the text box's bottom
   * meets the bottom of the window, and the question shows above the buttons. A long message
   * that is not a question (services, the summary) is shown from its start instead when it and
   * the text box cannot both fit, so it can be read from the top.
   *
   * <p>When they cannot all fit (200% zoom with Larger text, a phone on its side), the message is
   * shown from its start and the text box is pinned to the bottom of the window (class
   * lantern-say--pinned), so the question being answered and the box that has the focus are both in
   * view; the buttons are under the box, reached by scrolling or Tab, and the page's bottom scroll
   * padding (the pinned box's height) stops a focused button from hiding behind the box (WCAG 2.2
   * 2.4.11). New-user trial, round 15.
   */
  function keepAnswersInView() {
    if (chatView.hidden) { return; }
    var margin = 8;
    pinAnswerBox(false);
    var formBottom = form.getBoundingClientRect().bottom + window.pageYOffset;
    var target = Math.max(0, formBottom + margin - window.innerHeight);
    // Crisis help since the person last spoke comes first, even before the answers.
    var first = crisisShown || (lastBot && lastBot.getAttribute('data-kind') !== 'question' ? lastBot : null);
    // A question that cannot fit with its buttons and the text box (long words at 200% text on a
    // phone) is shown from its start, so it is read before the answers below it.
    if (!first && lastBot) {
      var questionTop = lastBot.getBoundingClientRect().top + window.pageYOffset - margin;
      if (formBottom + margin - questionTop > window.innerHeight) { first = lastBot; }
    }
    if (first) {
      var top = first.getBoundingClientRect().top + window.pageYOffset - margin;
      if (top < target) {
        target = Math.max(0, top);
        pinAnswerBox(true);
      }
    }
    window.scrollTo(0, target);
  }

  /** Pins the text box to the bottom of the window, or lets it sit in its place again. */
  function pinAnswerBox(pinned) {
    form.classList.toggle('lantern-say--pinned', pinned);
    document.documentElement.style.scrollPaddingBottom = pinned
      ? Math.ceil(form.getBoundingClientRect().height) + 'px' : '';
  }

  /**
   * The text box's description names the question it answers (the latest message from Lantern),
   * so a screen reader arriving in the box hears what is being asked.
   */
  function describeAnswerBox() {
    var old = document.getElementById('current-question');
    if (old && old !== lastBot) { old.removeAttribute('id'); }
    if (lastBot && lastBot.getAttribute('data-kind') === 'question') {
      lastBot.id = 'current-question';
      input.setAttribute('aria-describedby', 'current-question say-hint say-limit');
    } else {
      input.setAttribute('aria-describedby', 'say-hint say-limit');
    }
  }

  /**
   * On a fresh load the keyboard lands in the text box, so typing answers at once (new-user trial,
   * round 15: focus was on the page and it took 5 to 7 Tabs to reach the box). Only once, and only
   * while nothing else has the focus: a person (or a screen reader) that has already moved is left
   * where they are. The skip link and the page's text stay before the box, and the box's label and
   * description say what it is for and what is being asked, so arriving there is not a surprise.
   */
  var focusedOnLoad = false;
  function focusAnswerBoxOnLoad() {
    if (focusedOnLoad) { return; }
    focusedOnLoad = true;
    var active = document.activeElement;
    if (active && active !== document.body && active !== document.documentElement) { return; }
    if (window.location.hash && window.location.hash !== '#say-input') { return; }
    // On a touch screen focusing the box would open the on-screen keyboard over the question before
    // the person has chosen to answer (MDN, "autofocus": accessibility concerns); there is no Tab to save.
    if (window.matchMedia && window.matchMedia('(any-pointer: coarse)').matches
        && !window.matchMedia('(any-pointer: fine)').matches) { return; }
    input.focus({ preventScroll: true });
  }

  function addPersonMessage(text) {
    crisisShown = null;
    Array.prototype.forEach.call(transcript.querySelectorAll('.lantern-change'), function (b) { b.remove(); });
    document.body.classList.add('lantern-started');
    var box = el('div', 'lantern-msg lantern-msg--person');
    box.appendChild(el('span', 'lantern-msg__who', 'You'));
    box.appendChild(el('p', 'govuk-body', text));
    transcript.appendChild(box);
    keepAnswersInView();
  }

  /** Shows one message from Lantern; {@code quietly} when redrawing the conversation after a reload. */
  function addBotMessage(message, quietly) {
    var kind = message.kind || 'info';
    var box = el('div', 'lantern-msg lantern-msg--bot lantern-msg--' + kind);
    box.setAttribute('data-kind', kind);
    if (message.questionId) { box.setAttribute('data-question-id', message.questionId); }

    if (kind === 'crisis') {
      var banner = box.appendChild(el('div', 'govuk-warning-text lantern-crisis__title'));
      banner.appendChild(el('span', 'govuk-warning-text__icon', '!')).setAttribute('aria-hidden', 'true');
      var title = banner.appendChild(el('strong', 'govuk-warning-text__text'));
      title.appendChild(el('span', 'govuk-visually-hidden', 'Important: '));
      title.appendChild(document.createTextNode('Help is there for you right now'));
      renderText(box, message.text, true);
    } else if (kind === 'summary' && message.summary) {
      box.appendChild(el('span', 'lantern-msg__who', 'Lantern'));
      box.appendChild(el('h3', 'govuk-heading-m', 'Your summary'));
      renderSummary(box, message.summary, 'h4', 'h5', false);
      renderText(box, message.text, true);
      var printButton = box.appendChild(el('button', 'govuk-button lantern-print-summary', 'Print or save this summary'));
      printButton.type = 'button';
      printButton.addEventListener('click', function () { openPrintView(message.summary); });
      document.body.classList.add('lantern-has-summary');
      buildPrintView(message.summary);
    } else {
      box.appendChild(el('span', 'lantern-msg__who', 'Lantern'));
      renderText(box, withoutServiceLines(message), true);
    }

    if (message.help) {
      var details = box.appendChild(el('details', 'govuk-details'));
      var summaryLine = details.appendChild(el('summary', 'govuk-details__summary'));
      summaryLine.appendChild(el('span', 'govuk-details__summary-text', 'Why I ask this'));
      var helpText = details.appendChild(el('div', 'govuk-details__text'));
      renderText(helpText, message.help, true);
    }

    if (kind === 'services' && message.services && message.services.length) {
      renderServices(box, message.services, 'h3');
    }

    // "Change my answer" belongs to the answer just read back, so it sits with that message rather
    // than among the answers to the new question.
    var options = (message.options || []).filter(function (option) {
      if (option.value !== CHANGE) { return true; }
      var change = box.appendChild(el('button', 'lantern-link-button lantern-change', option.label));
      change.type = 'button';
      change.setAttribute('data-value', option.value);
      change.addEventListener('click', function () { press(option); });
      return false;
    });

    transcript.appendChild(box);
    lastBot = box;
    if (kind === 'crisis' && !quietly) { crisisShown = box; }
    lastBotMessage = message;
    showQuickReplies(options);
    describeAnswerBox();
    if (!quietly) {
      focusAnswerBoxOnLoad();
      keepAnswersInView();
      speak(message);
    }
  }

  var lastBotMessage = null;

  /** Redraws the whole conversation from a history frame (after a reload, a reconnection or "start again"). */
  function showHistory(messages) {
    transcript.textContent = '';
    lastBot = null;
    lastBotMessage = null;
    showQuickReplies([]);
    document.body.classList.remove('lantern-has-summary');
    messages.forEach(function (message) {
      if (message.kind === 'person') {
        document.body.classList.add('lantern-started');
        var box = el('div', 'lantern-msg lantern-msg--person');
        box.appendChild(el('span', 'lantern-msg__who', 'You'));
        box.appendChild(el('p', 'govuk-body', message.text));
        transcript.appendChild(box);
      } else {
        addBotMessage(message, true);
      }
    });
    Array.prototype.slice.call(transcript.querySelectorAll('.lantern-change'), 0, -1)
      .forEach(function (b) { b.remove(); });
    describeAnswerBox();
    focusAnswerBoxOnLoad();
    keepAnswersInView();
    if (lastBotMessage) { speak(lastBotMessage); }
  }

  /** A reply button was pressed: its value goes to Lantern and its label shows as what the person said. */
  function press(option) {
    if (send({ type: 'choose', value: option.value })) {
      addPersonMessage(option.label);
      showQuickReplies([]);
      input.focus();
    }
  }

  function showQuickReplies(options) {
    quickReplies.textContent = '';
    if (!options.length) { quickReplies.hidden = true; return; }
    options.forEach(function (option) {
      var button = el('button', 'govuk-button govuk-button--secondary lantern-quick-reply', option.label);
      button.type = 'button';
      button.setAttribute('data-value', option.value);
      button.addEventListener('click', function () { press(option); });
      quickReplies.appendChild(button);
    });
    quickReplies.hidden = false;
  }

  // ---- Printable summary ----

  function buildPrintView(summary) {
    printSummary.textContent = '';
    printSummary.appendChild(el('h1', 'govuk-heading-l', 'Your Lantern summary'));
    printSummary.appendChild(el('p', 'govuk-body', 'Printed on ' + new Date().toLocaleDateString('en-GB',
      { day: 'numeric', month: 'long', year: 'numeric' }) + '.'));
    renderSummary(printSummary, summary, 'h2', 'h3', true);
  }

  function openPrintView(summary) {
    buildPrintView(summary);
    chatView.hidden = true;
    printView.hidden = false;
    printSummary.focus();
    window.scrollTo(0, 0);
    if (typeof window.print === 'function') {
      window.setTimeout(function () { window.print(); }, 100);
    }
  }

  document.getElementById('print-button').addEventListener('click', function () { window.print(); });
  document.getElementById('back-to-chat').addEventListener('click', function () {
    printView.hidden = true;
    chatView.hidden = false;
    var button = transcript.querySelector('.lantern-print-summary');
    if (button) { button.focus(); } else { input.focus(); }
  });

  // ---- Settings switches ----

  function applySettings() {
    document.documentElement.classList.toggle('lantern-larger-text', settings.largerText);
    document.documentElement.classList.toggle('lantern-high-contrast', settings.highContrast);
    Array.prototype.forEach.call(document.querySelectorAll('.lantern-switch'), function (button) {
      button.setAttribute('aria-pressed', settings[button.getAttribute('data-setting')] ? 'true' : 'false');
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('.lantern-switch'), function (button) {
    button.addEventListener('click', function () {
      var name = button.getAttribute('data-setting');
      settings[name] = !settings[name];
      if (name === 'readAloud' && !settings.readAloud && canSpeak) { window.speechSynthesis.cancel(); }
      writeStore(SETTINGS_KEY, JSON.stringify(settings));
      applySettings();
      // Reading aloud starts with what is on screen now: the question being asked.
      if (name === 'readAloud' && settings.readAloud && lastBotMessage) { speak(lastBotMessage); }
    });
  });

  // Only offer what this browser can do: the switch stays hidden where there is no speech.
  var canSpeak = !!window.speechSynthesis && typeof window.speechSynthesis.speak === 'function'
    && typeof window.SpeechSynthesisUtterance === 'function';
  document.getElementById('switch-read-aloud').hidden = !canSpeak;
  applySettings();

  function speak(message) {
    if (!settings.readAloud || !canSpeak) { return; }
    var words = [message.text || ''];
    if (message.options && message.options.length) {
      words.push('You can answer: ' + message.options.map(function (o) { return o.label; }).join(', ') + '.');
    }
    if (message.services) {
      message.services.forEach(function (s) { words.push(s.name + (s.why ? '. ' + s.why : '')); });
    }
    var utterance = new window.SpeechSynthesisUtterance(words.join('\n').replace(/^- /gm, ''));
    utterance.lang = 'en-GB';
    window.speechSynthesis.speak(utterance);
  }

  // ---- Voice input, only where the browser has it ----

  var Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;
  if (typeof Recognition === 'function') {
    var recogniser = null;
    speakButton.hidden = false;
    speakButton.addEventListener('click', function () {
      if (recogniser) { recogniser.stop(); return; }
      recogniser = new Recognition();
      recogniser.lang = 'en-GB';
      recogniser.interimResults = false;
      recogniser.maxAlternatives = 1;
      recogniser.onresult = function (event) {
        var heard = event.results[0][0].transcript;
        input.value = heard;
        setStatus('I heard: "' + heard + '". Press Send if that is right, or change it first.');
      };
      recogniser.onerror = function () {
        setStatus('Sorry, I could not hear that. You can try again or type instead.');
      };
      recogniser.onend = function () {
        recogniser = null;
        speakButton.setAttribute('aria-pressed', 'false');
        speakButton.textContent = 'Speak';
        input.focus();
      };
      speakButton.setAttribute('aria-pressed', 'true');
      speakButton.textContent = 'Listening… press to stop';
      recogniser.start();
    });
  }

  // ---- The connection ----

  function setStatus(text) {
    statusLine.textContent = text || '';
  }

  function send(frame) {
    if (!socket || socket.readyState !== WebSocket.OPEN) {
      setStatus('Lantern is reconnecting. Please wait a moment and try again.');
      return false;
    }
    socket.send(JSON.stringify(frame));
    return true;
  }

  function connect() {
    retryTimer = null;
    var scheme = window.location.protocol === 'https:' ? 'wss://' : 'ws://';
    socket = new WebSocket(scheme + window.location.host + '/ws/chat');
    var opened = socket;

    socket.onopen = function () {
      retryDelay = 1000;
      var hello = { type: 'hello' };
      var token = readStore(TOKEN_KEY);
      if (token) { hello.token = token; }
      opened.send(JSON.stringify(hello));
      setStatus('');
    };

    socket.onmessage = function (event) {
      var frame;
      try { frame = JSON.parse(event.data); } catch (e) { return; }
      if (frame.type === 'welcome') {
        if (frame.token) { writeStore(TOKEN_KEY, frame.token); }
        if (frame.resumed) { setStatus('Welcome back. We will carry on where you left off.'); }
      } else if (frame.type === 'history') {
        showHistory(frame.messages || []);
      } else if (frame.type === 'bot') {
        addBotMessage(frame);
      } else if (frame.type === 'error') {
        setStatus(frame.text || 'Sorry, something went wrong.');
      }
    };

    socket.onclose = function (event) {
      if (socket !== opened) { return; }
      socket = null;
      if (event.code === 1013) { retryDelay = Math.max(retryDelay, 15000); }
      setStatus('The connection to Lantern dropped. Trying again in ' + Math.round(retryDelay / 1000)
        + (retryDelay === 1000 ? ' second…' : ' seconds…'));
      retryTimer = window.setTimeout(connect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 30000);
    };
  }

  // The box holds at most maxlength characters; typing or pasting more is cut off by the browser
  // without a word, so the person is told when the message is full (new-user trial, round 13).
  var limit = document.getElementById('say-limit');
  function sayWhenFull() {
    if (!limit) { return; }
    var full = input.maxLength > 0 && input.value.length >= input.maxLength;
    var words = full ? 'This message is full (' + input.maxLength.toLocaleString('en-GB')
        + ' characters). Send this part, then type the rest in the next message.' : '';
    if (limit.textContent !== words) { limit.textContent = words; }
  }
  input.addEventListener('input', sayWhenFull);

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) { input.focus(); return; }
    if (send({ type: 'say', text: text })) {
      addPersonMessage(text);
      showQuickReplies([]);
      input.value = '';
      sayWhenFull();
    }
    input.focus();
  });

  window.addEventListener('online', function () {
    if (retryTimer) { window.clearTimeout(retryTimer); connect(); }
  });

  connect();
}());
