/*
 * The safeguarding check, run on the doorstep tablet with no signal: the same tidying, concepts,
 * rules and wording model as the server's SafeguardingCheck, read from the data the server derives
 * from its rule base when it starts (the "check" part of /worker/safeguarding.json, written by
 * PortableCheck). A pure function, no page and no network: text in, kinds of help out.
 *
 *   var check = LanternSafeguardingCheck.prepare(data);   // throws on data it cannot read
 *   check('dont want 2 b here');                          // ['suicide_self_harm']
 *
 * Each step mirrors MessageWording, Lexicon, ScreenedMessage, HeardRules and WordingModel in the
 * engine; SafeguardingParityBrowserTest runs this file over the whole labelled corpus and requires
 * the same kinds of help as the server for every message. Splitting and white space follow Java's
 * rules (String.split drops trailing empty strings; \s is ASCII), since the server's are the truth.
 */
(function (root) {
  'use strict';

  /** The tidying steps this file carries out, in MessageWording.STEPS's order. */
  var STEPS = ['lower-case', 'curly-apostrophes', 'spell-out-tokens', 'overdosed', 'letter-like',
    'drop-apostrophes', 'not-letter-or-digit', 'held-down', 'spaced', 'word-repairs', 'phrase-repairs',
    'note-opening', 'spell-out-phrases', 'grammar', 'spaced'];
  var VERSION = 1;
  var JAVA_SPACE = /[ \t\n\x0B\f\r]+/;
  var JAVA_STRIP = /^[ \t\n\x0B\f\r\x1C-\x1F]+|[ \t\n\x0B\f\r\x1C-\x1F]+$/g;
  var LETTER = /\p{L}/u;
  /**
   * Most rule firings one message may take, as SafeguardingCheck.MOST_FIRINGS on the server (the data
   * carries it as mostFirings; an older kept copy without it gets the same 1,000). A rule set that
   * reaches it is looping: the check stops firing, warns without the text, and lets the wording model
   * read, because the set-asides cannot be trusted.
   */
  var MOST_FIRINGS = 1000;

  function own(map, key) { return Object.prototype.hasOwnProperty.call(map, key); }

  function escape(text) { return text.replace(/[.*+?^${}()|[\]\\\/-]/g, '\\$&'); }

  /** Java's String.split: trailing empty strings dropped, the whole text when nothing matches. */
  function split(text, separator) {
    var parts = text.split(separator);
    if (parts.length === 1) { return parts; }
    while (parts.length && parts[parts.length - 1] === '') { parts.pop(); }
    return parts;
  }

  function strip(text) { return text.replace(JAVA_STRIP, ''); }

  function spaced(text) {
    var collapsed = strip(text).replace(/ +/g, ' ');
    return collapsed === '' ? ' ' : ' ' + collapsed + ' ';
  }

  function setOf(list) {
    var set = new Set();
    list.forEach(function (item) { set.add(item); });
    return set;
  }

  function wholeWordReplacements(pairs) {
    return pairs.map(function (pair) {
      return { re: new RegExp(' ' + escape(pair[0]) + '(?= )', 'g'), to: ' ' + pair[1] };
    });
  }

  function replaceAll(text, replacements) {
    replacements.forEach(function (r) { text = text.replace(r.re, function () { return r.to; }); });
    return text;
  }

  function prepare(data) {
    if (!data || data.version !== VERSION) {
      throw new Error('This safeguarding check reads version ' + VERSION + ' of the data, not ' + (data && data.version));
    }
    var tidying = data.tidying;
    var lexicon = data.lexicon;
    if (JSON.stringify(tidying.steps) !== JSON.stringify(STEPS)) {
      throw new Error('The server tidies messages in steps this check does not know: ' + tidying.steps.join(', '));
    }
    var overdosed = new RegExp(tidying.overdosed, 'g');
    var heldDown = new RegExp(tidying.heldDown, 'g');
    var phraseRepairs = wholeWordReplacements(tidying.phraseRepairs);
    var spelledPhrases = wholeWordReplacements(lexicon.phrases);
    // Lexicon.grammar: [pattern, replacement] rewrites ($1 names a group), applied in order
    var grammar = lexicon.grammar.map(function (pair) { return { re: new RegExp(pair[0], 'g'), to: pair[1] }; });
    // Lexicon.grammarWhen: the rewrites apply only to a message this pattern finds (or always, when null)
    var grammarWhen = lexicon.grammarWhen ? new RegExp(lexicon.grammarWhen) : null;
    var counted = setOf(lexicon.counted);
    var afterObjectHer = setOf(lexicon.afterObjectHer);
    var noteOpening = lexicon.noteOpening === null ? null : new RegExp(lexicon.noteOpening);
    var tokensKnown = Object.keys(lexicon.tokens).length > 0;
    var concepts = Object.keys(lexicon.concepts).map(function (name) {
      return {
        name: name,
        phrases: lexicon.concepts[name].map(function (p) { return { re: new RegExp(p.pattern), anchors: p.anchors }; })
      };
    });
    var compiled = {};
    function regex(pattern, whole) {
      var key = (whole ? 'w' : 'f') + pattern;
      if (!own(compiled, key)) {
        compiled[key] = whole ? new RegExp('^(?:' + pattern + ')$') : new RegExp(pattern, 'g');
      }
      return compiled[key];
    }
    data.rules.forEach(function (rule) { checkForm(rule.when, rule.name, regex); });
    var rules = data.rules.map(function (rule) {
      rule.then.forEach(function (action) {
        if (action[0] === 'setAside') { regex(action[1], false); } else if (action[0] !== 'setAllAside') {
          throw new Error('Rule "' + rule.name + '" does ' + action[0] + ', which this check cannot do');
        }
      });
      return rule;
    });
    var model = data.wording ? wordingModel(data.wording) : null;
    var mostFirings = typeof data.mostFirings === 'number' && data.mostFirings > 0 ? data.mostFirings : MOST_FIRINGS;

    // MessageWording.words with Lexicon.spellOut
    function beforeCount(chunks, i) {
      if (i + 1 >= chunks.length) { return true; }
      var next = chunks[i + 1].replace(/[^a-z0-9]/g, '');
      if (next !== '' && /^[0-9]+$/.test(next)) {
        return i + 2 >= chunks.length || !counted.has(chunks[i + 2].replace(/[^a-z0-9]/g, ''));
      }
      return next === '' || counted.has(next);
    }

    function spellOut(lower) {
      if (!tokensKnown) { return lower; }
      var chunks = split(lower, JAVA_SPACE);
      var out = '';
      for (var i = 0; i < chunks.length; i++) {
        var bare = chunks[i].replace(/^[^a-z0-9'*]+|[^a-z0-9'*]+$/g, '');
        var meant = own(lexicon.tokens, bare) ? lexicon.tokens[bare] : null;
        if (meant !== null && !(/^[0-9]*$/.test(bare) && beforeCount(chunks, i))) {
          out += chunks[i].split(bare).join(meant);
        } else {
          out += chunks[i];
        }
        out += ' ';
      }
      return out;
    }

    function isLetter(c) { return LETTER.test(c); }

    function lettersFor(chunk) {
      var chars = chunk.split('');
      if (!chars.some(isLetter)) { return chunk; }
      for (var i = 0; i < chars.length; i++) {
        if (!own(tidying.letterLike, chars[i])) { continue; }
        var before = i > 0 && isLetter(chars[i - 1]);
        var after = i + 1 < chars.length && isLetter(chars[i + 1]);
        if (/[0-9]/.test(chars[i]) ? before || after : before && after) { chars[i] = tidying.letterLike[chars[i]]; }
      }
      return chars.join('');
    }

    function words(typed) {
      var lower = typed.toLowerCase().replace(/\u2019/g, '\'').replace(/\u2018/g, '\'');
      lower = spellOut(lower);
      lower = lower.replace(overdosed, 'overdosed');
      var out = ' ';
      split(lower, JAVA_SPACE).forEach(function (chunk) { out += lettersFor(chunk) + ' '; });
      var plain = out.replace(/'/g, '').replace(/[^a-z0-9]+/g, ' ');
      return spaced(plain.replace(heldDown, '$1'));
    }

    // MessageWording.repaired with Lexicon.rephrase
    function firstPerson(text) {
      var list = split(strip(text), ' ');
      var out = ' ';
      for (var i = 0; i < list.length; i++) {
        var word = list[i];
        if (word === 'her') {
          word = i + 1 >= list.length || afterObjectHer.has(list[i + 1]) ? 'me' : 'my';
        } else if (own(lexicon.firstPerson, word)) {
          word = lexicon.firstPerson[word];
        }
        out += word + ' ';
      }
      return out;
    }

    function repaired(wordsText) {
      var text = ' ';
      split(strip(wordsText), / +/).forEach(function (word) {
        text += (own(tidying.wordRepairs, word) ? tidying.wordRepairs[word] : word) + ' ';
      });
      text = spaced(replaceAll(text, phraseRepairs));
      // a worker's note names the person they are with: the opening is read as "i", or "my" when
      // possessive ("clients son"), then the note in the first person
      var opening = noteOpening === null ? null : noteOpening.exec(text);
      var out = opening !== null
          ? firstPerson((opening[1] === '' ? ' i ' : ' my ') + text.substring(opening.index + opening[0].length))
          : text;
      out = replaceAll(out, spelledPhrases);
      if (grammarWhen === null || grammarWhen.test(out)) {
        grammar.forEach(function (g) { out = out.replace(g.re, g.to); });
      }
      return spaced(out);
    }

    // Lexicon.conceptsIn
    function conceptsIn(text) {
      var found = new Set();
      if (concepts.length === 0) { return found; }
      var present = setOf(split(strip(text), / /));
      concepts.forEach(function (concept) {
        for (var i = 0; i < concept.phrases.length; i++) {
          var phrase = concept.phrases[i];
          if (phrase.anchors.length && !phrase.anchors.some(function (a) { return present.has(a); })) { continue; }
          if (phrase.re.test(text)) { found.add(concept.name); break; }
        }
      });
      return found;
    }

    function holds(c, m) {
      switch (c[0]) {
        case 'all': return c.slice(1).every(function (part) { return holds(part, m); });
        case 'any': return c.slice(1).some(function (part) { return holds(part, m); });
        case 'not': return !holds(c[1], m);
        case 'true': return true;
        case 'concept': return m.concepts.has(c[1]);
        case 'matches': return regex(c[2], true).test(m[c[1]]);
        case 'equals': return m[c[1]] === c[2];
        default: throw new Error('Unknown condition ' + c[0]);
      }
    }

    function without(text, pattern) {
      var re = regex(pattern, false);
      re.lastIndex = 0;
      return spaced(text.replace(re, ' '));
    }

    /** The rules over one message, fired as Drools' agenda fires them (see PortableCheck). */
    function fire(m) {
      var heard = { helps: new Set(), concerns: new Set(), lookAlikes: 0, looped: false };
      var pending = rules.filter(function (r) { return holds(r.when, m); });
      var fired = 0;
      for (; pending.length && fired < mostFirings; fired++) {
        var rule = pending.shift();
        if (rule.concern === 'LOOK_ALIKE') { heard.lookAlikes++; } else { heard.helps.add(rule.help); heard.concerns.add(rule.concern); }
        if (rule.then.length) {
          rule.then.forEach(function (action) {
            if (action[0] === 'setAllAside') {
              m.words = ' '; m.text = ' '; m.concepts = new Set();
            } else {
              m.words = without(m.words, action[1]);
              m.text = without(m.text, action[1]);
              m.concepts = conceptsIn(m.text);
            }
          });
          pending = rules.filter(function (r) { return holds(r.when, m); });
        }
      }
      if (fired >= mostFirings) {
        heard.looped = true;
        // never the text: it is what a person typed
        if (root.console) { root.console.warn('event=safeguarding.rules_looped firings=' + mostFirings); }
      }
      return heard;
    }

    var deathQuestions = setOf(data.deathQuestions || []);

    /**
     * The check of text typed as the answer to a question (questionId may be left out). Round 19, as the server's
     * AnswerTopics: at a question whose "yes" means a death, an answer with no suicide help found is read again after
     * data.deathContext ("They died."), and the suicide help is taken when that reading fires the bereaved wish.
     */
    return function check(typed, questionId) {
      var found = checked(typed);
      if (typeof typed === 'string' && !isBlank(typed) && data.deathContext && deathQuestions.has(questionId)
          && found.indexOf('suicide_self_harm') < 0) {
        var w = words(data.deathContext + ' ' + typed);
        var text = repaired(w);
        var heard = fire({ words: w, text: text, concepts: conceptsIn(text) });
        if (heard.concerns.has('BEREAVED_WISH')) {
          var order = data.urgency || data.helps;
          return order.filter(function (help) { return help === 'suicide_self_harm' || found.indexOf(help) >= 0; });
        }
      }
      return found;
    };

    function checked(typed) {
      if (typeof typed !== 'string' || isBlank(typed)) { return []; }
      var w = words(typed);
      var text = repaired(w);
      var heard = fire({ words: w, text: text, concepts: conceptsIn(text) });
      // as the server: only a message the rules passed over in silence, or one where they looped, is read
      if (model && heard.helps.size === 0 && (heard.looped || heard.lookAlikes === 0)) {
        var raised = model(text);
        if (raised) { heard.helps.add(raised); }
      }
      var order = data.urgency || data.helps;
      return order.filter(function (help) { return heard.helps.has(help); });
    }
  }

  /** Java's String.isBlank: nothing but white space (Character.isWhitespace). */
  function isBlank(text) {
    return /^[\t\n\x0B\f\r\x1C-\x1F \u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]*$/.test(text);
  }

  function checkForm(c, name, regex) {
    var forms = { all: 1, any: 1, not: 1, 'true': 1, concept: 1, matches: 1, equals: 1 };
    if (!own(forms, c[0])) { throw new Error('Rule "' + name + '" has a condition ' + c[0] + ' this check cannot weigh'); }
    if (c[0] === 'matches') { regex(c[2], true); }
    if (c[0] === 'all' || c[0] === 'any' || c[0] === 'not') {
      c.slice(1).forEach(function (part) { checkForm(part, name, regex); });
    }
  }

  /** WordingModel.read: the help a message is worded like, when sure enough, else null. */
  function wordingModel(w) {
    // FirstNames: every listed first name is read as one placeholder word, in training and here alike.
    if (!Array.isArray(w.names) || typeof w.placeholder !== 'string') {
      throw new Error('The wording model names no first names to read as a placeholder');
    }
    var names = new Set(w.names);
    var classes = w.classes.length;
    var none = classes - 1;
    var features = Object.keys(w.features);
    var vocabulary = features.length;
    var all = w.messages.reduce(function (a, b) { return a + b; }, 0);
    var logPrior = w.messages.map(function (n) { return n === 0 ? -Infinity : Math.log(n / all); });
    var logLikelihood = new Map();
    features.forEach(function (feature) {
      var n = new Array(classes).fill(0);
      var sparse = w.features[feature];
      for (var i = 0; i < sparse.length; i += 2) { n[sparse[i]] = sparse[i + 1]; }
      logLikelihood.set(feature, n.map(function (count, c) {
        return Math.log((count + w.smoothing) / (w.totals[c] + w.smoothing * vocabulary));
      }));
    });
    return function read(text) {
      var list = split(strip(text), / +/).map(function (word) { return names.has(word) ? w.placeholder : word; });
      var seen = new Set();
      var known = [];
      function add(feature) {
        if (!seen.has(feature)) { seen.add(feature); if (logLikelihood.has(feature)) { known.push(feature); } }
      }
      for (var i = 0; i < list.length; i++) {
        if (list[i] === '') { continue; }
        add(list[i]);
        if (i + 1 < list.length) { add(list[i] + '_' + list[i + 1]); }
      }
      var score = logPrior.slice();
      known.forEach(function (feature) {
        var logs = logLikelihood.get(feature);
        for (var c = 0; c < classes; c++) { score[c] += logs[c]; }
      });
      var max = -Infinity;
      score.forEach(function (s) { max = Math.max(max, s); });
      var sum = 0;
      var posterior = score.map(function (s) { var p = Math.exp(s - max); sum += p; return p; });
      var best = 0;
      for (var c = 1; c < none; c++) { if (score[c] > score[best]) { best = c; } }
      var probability = 1 - posterior[none] / sum;
      return probability >= w.threshold ? w.raises[w.classes[best]] : null;
    };
  }

  root.LanternSafeguardingCheck = { prepare: prepare, steps: STEPS };
}(typeof globalThis !== 'undefined' ? globalThis : this));
