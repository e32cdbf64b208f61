package uk.lantern.web.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.lantern.engine.Band;
import uk.lantern.engine.RuleBase;
import uk.lantern.engine.RuleInfo;
import uk.lantern.engine.ScreeningEngine;
import uk.lantern.engine.catalogue.Catalogue;
import uk.lantern.engine.training.CaseStudies;
import uk.lantern.engine.training.CaseStudy;
import uk.lantern.engine.training.RuleTests;

/**
 * Every rule of the running rule base as a {@link RulePage}, and the way back from a catalogue
 * entry to the rules that serve it. Built once: the rule base does not change while running.
 */
@Component
class TrainingRules {

    /** The kinds of catalogue entry a rule's metadata can name, in the order pages list them. */
    static final List<String> KINDS = List.of("factor", "measure", "need", "band", "bandFloor", "safeguarding");

    private final Map<String, RulePage> bySlug = new LinkedHashMap<>();
    private final Map<String, RulePage> byName = new HashMap<>();
    private final Map<String, RulePage> byOldSlug = new HashMap<>();

    TrainingRules(ScreeningEngine engine, RuleTests tests, CaseStudies cases) {
        RuleBase ruleBase = engine.ruleBase();
        Map<String, List<String>> casesByRule = new HashMap<>();
        for (CaseStudy c : cases.all()) {
            for (String rule : engine.assess(c.answers()).firedRules()) {
                casesByRule.computeIfAbsent(rule, r -> new ArrayList<>()).add(c.id());
            }
        }
        for (RuleInfo rule : ruleBase.rules()) {
            List<RulePage.Serves> serves = new ArrayList<>();
            for (String kind : KINDS) {
                String id = rule.metadata().get(kind);
                if (id != null) {
                    serves.add(new RulePage.Serves(kind, id, label(ruleBase.catalogue(), kind, id), anchor(kind, id)));
                }
            }
            RulePage page = new RulePage(slug(rule.name()), rule.name(), rule.file(), serves,
                    ruleText(ruleBase.sources().getOrDefault(rule.file(), ""), rule.name()),
                    tests.forRule(rule.name()), casesByRule.getOrDefault(rule.name(), List.of()));
            if (bySlug.put(page.slug(), page) != null) {
                throw new IllegalStateException("Two rules share the address " + page.slug() + "; rename one");
            }
            byName.put(rule.name(), page);
        }
        RenamedRules.OLD_TO_NEW.forEach((oldName, newName) -> {
            RulePage now = byName.get(newName);
            if (now == null) {
                throw new IllegalStateException("RenamedRules sends \"" + oldName + "\" to \"" + newName
                        + "\", which is not a rule; update it with the rule's current name");
            }
            byOldSlug.putIfAbsent(slug(oldName), now);
        });
    }

    /** A rule's address: its name in lower case, words joined by dashes. */
    static String slug(String ruleName) {
        return ruleName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Where a catalogue entry is on the catalogue page. */
    static String anchor(String kind, String id) {
        return "/training/catalogue#" + kind + "-" + id.toLowerCase(Locale.ROOT);
    }

    List<RulePage> all() {
        return List.copyOf(bySlug.values());
    }

    Optional<RulePage> bySlug(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /** The page a rule's address from before it was renamed now lives at (see {@link RenamedRules}). */
    Optional<RulePage> movedFrom(String oldSlug) {
        return bySlug.containsKey(oldSlug) ? Optional.empty() : Optional.ofNullable(byOldSlug.get(oldSlug));
    }

    Optional<RulePage> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The rules whose metadata names this catalogue entry. */
    public List<RulePage> serving(String kind, String id) {
        return bySlug.values().stream()
                .filter(r -> r.serves().stream().anyMatch(s -> s.kind().equals(kind) && s.id().equalsIgnoreCase(id)))
                .toList();
    }

    private static String label(Catalogue catalogue, String kind, String id) {
        String label = switch (kind) {
            case "factor" -> catalogue.factor(id).map(f -> f.label()).orElse(null);
            case "measure" -> catalogue.measures().containsKey(id) ? catalogue.measures().get(id).label() : null;
            case "need" -> catalogue.needs().containsKey(id) ? catalogue.needs().get(id).label() : null;
            case "band" -> catalogue.bands().entrySet().stream().filter(e -> e.getKey().name().equalsIgnoreCase(id))
                    .map(e -> e.getValue().label()).findFirst().orElse(null);
            case "bandFloor" -> catalogue.bandFloors().containsKey(id) ? catalogue.bandFloors().get(id).label() : null;
            default -> catalogue.safeguarding().containsKey(id) ? catalogue.safeguarding().get(id).label() : null;
        };
        return label == null ? id : label;
    }

    /** The text of one rule, from {@code rule "name"} to its {@code end}. */
    private static String ruleText(String drl, String ruleName) {
        int start = drl.indexOf("rule \"" + ruleName + "\"");
        if (start < 0) {
            return "";
        }
        int end = drl.indexOf("\nend", start);
        return end < 0 ? drl.substring(start) : drl.substring(start, end + 4);
    }

    /** The band's label for the catalogue, e.g. "Higher risk". */
    static String bandId(Band band) {
        return band.name().toLowerCase(Locale.ROOT);
    }
}
