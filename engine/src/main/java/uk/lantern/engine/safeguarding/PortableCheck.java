package uk.lantern.engine.safeguarding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import uk.lantern.engine.RuleBaseException;

/**
 * The whole safeguarding check as plain data, for a device that checks messages with no
 * signal (the doorstep tablet's {@code lantern-safeguarding-check.js}). It is derived from a
 * loaded {@link SafeguardingCheck} (its DRL read with Drools' parser, its lexicon, its tidying
 * and its wording model), so the device's copy cannot drift from the rule base.
 *
 * <p>Shape (every key always present):
 * <pre>
 * {version: 1,
 *  tidying: {steps, letterLike, overdosed, heldDown, wordRepairs, phraseRepairs},   // MessageWording
 *  lexicon: {tokens, counted, phrases, noteOpening, firstPerson, afterObjectHer, grammar, concepts}, // Lexicon
 *  rules: [{name, file, concern, help, salience, loadOrder, when, then}],  // in firing priority
 *  helps: [label],            // every kind of help, in Help order
 *  mostFirings: 1000,         // SafeguardingCheck.MOST_FIRINGS: firings after which the rules are looping
 *  wording: null | {threshold, raises: {label: label}, classes, smoothing, messages, totals, features,
 *                   placeholder, names}}   // names: first names read as the placeholder (FirstNames)
 * </pre>
 * {@code when} and {@code then} are described in {@link RuleConditions}; {@code concern} is a
 * {@link Concern} name or {@code LOOK_ALIKE} (whose {@code help} is null). Rules are listed as
 * Drools' agenda orders them: higher salience first, then load order.
 *
 * <p>How the device runs them, as Drools does with one message: fire the first listed rule whose
 * condition holds and has not fired since the message last changed; a rule that sets words aside
 * changes the message, after which every rule that holds may fire again. A concern rule that
 * fires raises its concern, a look-alike rule that fires is noted. When no concern and no
 * look-alike was raised, or the rules fired {@code mostFirings} times (they are looping and their
 * set-asides cannot be trusted), and {@code wording} is not null, the wording model reads the tidied text
 * and raises its most likely help when the probability of needing help is at least the threshold.
 * The help kinds of the raised concerns are the answer.
 */
public final class PortableCheck {

    /** Bumped when the shape changes in a way an older device script cannot read. */
    public static final int VERSION = 1;

    private PortableCheck() {
    }

    /**
     * Exports a loaded check.
     *
     * @throws RuleBaseException when a rule, a pattern or a consequence uses a form the device's
     *                           check cannot weigh, naming the rule
     */
    public static Map<String, Object> of(SafeguardingCheck check) {
        Map<String, Integer> loadOrder = new HashMap<>();
        for (KiePackage pkg : check.compiled().kieBase().getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                loadOrder.put(rule.getName(), rule.getLoadOrder());
            }
        }
        List<Map<String, Object>> rules = new ArrayList<>();
        new TreeMap<>(check.compiled().sources()).forEach((file, drl) -> {
            for (RuleConditions.PortableRule rule : RuleConditions.read(file, drl)) {
                rules.add(rule(file, rule, check, loadOrder));
            }
        });
        rules.sort(Comparator.comparing((Map<String, Object> r) -> -(Integer) r.get("salience"))
                .thenComparing(r -> (Integer) r.get("loadOrder")));
        if (rules.size() != check.rules().size()) {
            throw new RuleBaseException("The tablet's copy of the safeguarding check read " + rules.size()
                    + " rules but " + check.rules().size() + " are compiled");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", VERSION);
        out.put("tidying", MessageWording.portable());
        out.put("lexicon", check.lexicon().portable());
        out.put("rules", rules);
        out.put("helps", Arrays.stream(Help.values()).map(Help::label).toList());
        out.put("mostFirings", SafeguardingCheck.MOST_FIRINGS);
        out.put("wording", check.wording().map(PortableCheck::wording).orElse(null));
        return out;
    }

    private static Map<String, Object> rule(String file, RuleConditions.PortableRule rule, SafeguardingCheck check,
            Map<String, Integer> loadOrder) {
        String concern = check.rules().stream().filter(r -> r.name().equals(rule.name())).findFirst()
                .map(r -> r.metadata().getOrDefault(HeardRules.CONCERN, "")).orElseThrow(() -> new RuleBaseException(
                        "Safeguarding rule \"" + rule.name() + "\" in " + file + " is not in the compiled rules"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", rule.name());
        out.put("file", file);
        out.put("concern", concern);
        out.put("help", HeardRules.LOOK_ALIKE.equals(concern) ? null : Concern.valueOf(concern).help().label());
        out.put("salience", rule.salience());
        out.put("loadOrder", loadOrder.get(rule.name()));
        out.put("when", rule.when());
        out.put("then", rule.then());
        return out;
    }

    private static Map<String, Object> wording(WordingModel model) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("threshold", SafeguardingCheck.WORDING_THRESHOLD);
        Map<String, String> raises = new LinkedHashMap<>();
        for (Help help : Help.values()) {
            raises.put(help.label(), new WordingModel.Reading(help, 1, List.of()).concern().help().label());
        }
        out.put("raises", raises);
        out.putAll(model.portable());
        return out;
    }
}
