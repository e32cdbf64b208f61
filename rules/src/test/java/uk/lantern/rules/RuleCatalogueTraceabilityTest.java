package uk.lantern.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.lantern.engine.Band;
import uk.lantern.engine.RuleBase;
import uk.lantern.engine.RuleInfo;
import uk.lantern.engine.catalogue.Catalogue;
import uk.lantern.engine.catalogue.FactorEntry;
import uk.lantern.engine.catalogue.WeightSource;
import uk.lantern.engine.questionnaire.Question;

/**
 * Rules and catalogue stay in step: every rule names the catalogue entry it serves, every entry
 * has a rule, and every question a rule or entry reads exists.
 */
class RuleCatalogueTraceabilityTest {

    private static final Set<String> KINDS = Set.of("factor", "measure", "need", "band", "bandFloor", "safeguarding");
    private static final RuleBase RULE_BASE = Screenings.engine().ruleBase();
    private static final Catalogue CATALOGUE = RULE_BASE.catalogue();

    private static Set<String> served(String kind) {
        return RULE_BASE.rules().stream()
                .map(r -> r.metadata().get(kind))
                .filter(v -> v != null)
                .collect(Collectors.toSet());
    }

    @Test
    void everyRuleNamesTheCatalogueEntryItServes() {
        assertThat(metadataProblems(RULE_BASE)).isEmpty();
    }

    @Test
    void aRuleWithoutCatalogueMetadataIsCaught() {
        RuleBase fixture = RuleBase.load("fixtures/rule-without-metadata/",
                RuleCatalogueTraceabilityTest.class.getClassLoader());
        assertThat(metadataProblems(fixture)).containsExactly(
                "A rule that forgot its catalogue entry: no @factor, @measure, @need, @band, @bandFloor or @safeguarding metadata");
    }

    /** What is wrong with the rules' catalogue metadata: a rule naming no entry, or an entry not in the catalogue. */
    static List<String> metadataProblems(RuleBase ruleBase) {
        Catalogue catalogue = ruleBase.catalogue();
        List<String> problems = new ArrayList<>();
        for (RuleInfo rule : ruleBase.rules()) {
            Set<String> keys = new HashSet<>(rule.metadata().keySet());
            keys.retainAll(KINDS);
            if (keys.isEmpty()) {
                problems.add(rule.name() + ": no @factor, @measure, @need, @band, @bandFloor or @safeguarding metadata");
            }
            for (String kind : keys) {
                String id = rule.metadata().get(kind);
                boolean known = switch (kind) {
                    case "factor" -> catalogue.factors().containsKey(id);
                    case "measure" -> catalogue.measures().containsKey(id);
                    case "need" -> catalogue.needs().containsKey(id);
                    case "band" -> catalogue.bands().keySet().stream().anyMatch(b -> b.name().equalsIgnoreCase(id));
                    case "bandFloor" -> catalogue.bandFloors().containsKey(id);
                    default -> catalogue.safeguarding().containsKey(id);
                };
                if (!known) {
                    problems.add(rule.name() + ": @" + kind + "(" + id + ") is not in the catalogue");
                }
            }
            if (rule.file().isEmpty()) {
                problems.add(rule.name() + ": not found in any rule file");
            }
        }
        return problems;
    }

    @Test
    void everyCatalogueEntryHasARule() {
        assertThat(CATALOGUE.factors().keySet()).isSubsetOf(served("factor"));
        assertThat(CATALOGUE.measures().keySet()).isSubsetOf(served("measure"));
        assertThat(CATALOGUE.needs().keySet()).isSubsetOf(served("need"));
        assertThat(CATALOGUE.safeguarding().keySet()).isSubsetOf(served("safeguarding"));
        assertThat(CATALOGUE.bandFloors().keySet()).isSubsetOf(served("bandFloor"));
        assertThat(CATALOGUE.bands().keySet()).extracting(b -> b.name().toLowerCase())
                .containsExactlyInAnyOrderElementsOf(served("band"));
        assertThat(CATALOGUE.bands().keySet()).containsExactlyInAnyOrder(Band.values());
    }

    @Test
    void ruleNamesAreUnique() {
        List<String> names = RULE_BASE.rules().stream().map(RuleInfo::name).toList();
        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void everyQuestionTheRulesOrCatalogueReadExists() {
        Set<String> questions = RULE_BASE.questionnaire().questions().stream().map(Question::id).collect(Collectors.toSet());
        Set<String> read = new LinkedHashSet<>();
        Pattern single = Pattern.compile("question == \"([a-z_]+)\"");
        Pattern list = Pattern.compile("question in \\(([^)]*)\\)");
        for (String drl : RULE_BASE.sources().values()) {
            Matcher m = single.matcher(drl);
            while (m.find()) {
                read.add(m.group(1));
            }
            Matcher l = list.matcher(drl);
            while (l.find()) {
                for (String q : l.group(1).split(",")) {
                    read.add(q.trim().replace("\"", ""));
                }
            }
        }
        CATALOGUE.factors().values().forEach(f -> read.addAll(f.questions()));
        CATALOGUE.measures().values().forEach(m -> read.addAll(m.questions()));
        CATALOGUE.safeguarding().values().forEach(c -> read.addAll(c.questions()));
        assertThat(read).isNotEmpty().isSubsetOf(questions);
    }

    @Test
    void needRulesRaiseExactlyTheNeedsTheCatalogueListsForEachFactor() {
        // the factors a need names as its reason ($because); a companion condition (exists ...) only gates it
        Pattern factorList = Pattern.compile("\\$because : FactorHit\\( factor in \\(([^)]*)\\) \\)");
        Map<String, String> needsDrl = Map.of("needs.drl", RULE_BASE.sources().get("needs.drl"));
        Set<String> pairsInRules = new HashSet<>();
        for (RuleInfo rule : RULE_BASE.rules()) {
            String need = rule.metadata().get("need");
            if (need == null || !rule.file().equals("needs.drl")) {
                continue;
            }
            String body = ruleText(needsDrl.get("needs.drl"), rule.name());
            Matcher m = factorList.matcher(body);
            while (m.find()) {
                for (String f : m.group(1).split(",")) {
                    pairsInRules.add(f.trim().replace("\"", "") + " -> " + need);
                }
            }
        }
        Set<String> pairsInCatalogue = new HashSet<>();
        for (FactorEntry f : CATALOGUE.factors().values()) {
            f.needs().forEach(n -> pairsInCatalogue.add(f.id() + " -> " + n));
        }
        assertThat(pairsInRules).containsExactlyInAnyOrderElementsOf(pairsInCatalogue);
    }

    /**
     * Living alone raises a community navigator only beside another sign (round 19, the lead's decision): the signs
     * named in that rule are exactly the catalogue's factors that raise a need of their own, so a factor added to the
     * catalogue with needs is counted as a sign, and one without needs (widowed, 80 or over, good health) is not.
     */
    @Test
    void livingAloneNeedsAnotherSignAndTheSignsAreTheFactorsThatRaiseANeedOfTheirOwn() {
        String body = ruleText(RULE_BASE.sources().get("needs.drl"),
                "Living alone together with another sign calls for a community navigator");
        Matcher m = Pattern.compile("exists FactorHit\\( factor in \\(([^)]*)\\) \\)").matcher(body);
        assertThat(m.find()).as("the rule asks for another sign").isTrue();
        Set<String> signs = new HashSet<>();
        for (String f : m.group(1).split(",")) {
            signs.add(f.trim().replace("\"", ""));
        }
        Set<String> raisingNeeds = CATALOGUE.factors().values().stream()
                .filter(f -> !f.needs().isEmpty() && !f.id().equals("living_alone"))
                .map(FactorEntry::id).collect(Collectors.toSet());
        assertThat(signs).containsExactlyInAnyOrderElementsOf(raisingNeeds)
                .doesNotContain("widowed", "age_80_plus", "health_good");
    }

    private static String ruleText(String drl, String ruleName) {
        int start = drl.indexOf("rule \"" + ruleName + "\"");
        int end = drl.indexOf("\nend", start);
        return drl.substring(start, end);
    }

    @Test
    void everyWeightSaysWhereItComesFrom() {
        for (FactorEntry f : CATALOGUE.factors().values()) {
            assertThat(f.weightNote()).as(f.id()).isNotBlank();
            assertThat(f.source()).as(f.id()).isNotBlank();
            assertThat(f.evidence()).as(f.id()).isNotBlank();
            assertThat(f.points()).as(f.id()).isPositive();
            if (f.weightSource() == WeightSource.PUBLISHED) {
                assertThat(f.weightNote()).as(f.id()).containsPattern("[0-9]\\.[0-9]");
            }
        }
    }

    @Test
    void factorsWithoutPublishedFiguresAreExpertSet() {
        // SCREENING.md: no published weights for stopped driving, caring, fuel poverty or recent bereavement.
        for (String id : List.of("stopped_driving", "carer", "cold_home", "recent_loss")) {
            assertThat(CATALOGUE.factor(id).orElseThrow().weightSource()).as(id).isEqualTo(WeightSource.EXPERT_SET);
        }
    }

    @Test
    void publishedWeightsNameTheModelTheyComeFrom() {
        for (FactorEntry f : CATALOGUE.factors().values()) {
            if (f.weightSource() == WeightSource.PUBLISHED) {
                assertThat(f.model()).as(f.id()).isNotNull();
                assertThat(CATALOGUE.measures()).as(f.id()).containsKey(f.model());
            }
        }
    }

    @Test
    void bandThresholdsAndFloorsAreLabelledExpertSet() {
        CATALOGUE.bands().values().forEach(b -> assertThat(b.thresholdSource()).as(b.band().name())
                .isEqualTo(WeightSource.EXPERT_SET));
        CATALOGUE.bandFloors().values().forEach(f -> assertThat(f.weightNote()).as(f.id()).startsWith("Expert-set"));
    }

    @Test
    void everyNeedSaysWhyWithItsEvidenceOrTheExpertSetLabel() {
        List<String> problems = new ArrayList<>();
        CATALOGUE.needs().values().forEach(n -> {
            if (n.reason() == null || n.reason().isBlank() || n.evidence() == null || n.evidence().isBlank()) {
                problems.add(n.id() + ": no reason or evidence");
            }
            if (n.linkSource() == null) {
                problems.add(n.id() + ": no linkSource (published or expert-set)");
            } else if (n.linkSource() == WeightSource.PUBLISHED && n.source() == null) {
                problems.add(n.id() + ": published but no source");
            } else if (n.linkSource() == WeightSource.EXPERT_SET && !n.evidence().contains("rule authors' judgement")) {
                problems.add(n.id() + ": expert-set but the evidence does not say whose judgement it is");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void bandsAndUrgentConcernsSayWhyAndWhatTriggersThem() {
        CATALOGUE.bands().values().forEach(b -> {
            assertThat(b.reason()).as(b.band().name()).isNotBlank();
            assertThat(b.thresholdNote()).as(b.band().name()).startsWith("Expert-set");
        });
        for (RuleInfo rule : RULE_BASE.rules()) {
            String concern = rule.metadata().get("safeguarding");
            if (concern == null) {
                continue;
            }
            var entry = CATALOGUE.safeguarding().get(concern);
            assertThat(entry.reason()).as(concern).isNotBlank();
            assertThat(entry.triggerSource()).as(concern).isNotNull();
            String drl = RULE_BASE.sources().get(rule.file());
            String text = drl.substring(drl.indexOf("rule \"" + rule.name() + "\""));
            text = text.substring(0, text.indexOf("\nend"));
            Set<String> read = new LinkedHashSet<>();
            Matcher m = Pattern.compile("question == \"([a-z_]+)\"").matcher(text);
            while (m.find()) {
                read.add(m.group(1));
            }
            assertThat(entry.questions()).as("the questions shown for " + concern + " are those its rule reads")
                    .containsExactlyInAnyOrderElementsOf(read);
        }
    }

    /** Bands are "Lower risk", "Some risk" and "Higher risk" wherever staff see them, rule titles included. */
    @Test
    void bandRuleTitlesUseTheBandsOwnNames() {
        Pattern bare = Pattern.compile("(?i)\\b(high|moderate|low|medium) risk\\b");
        List<String> problems = new ArrayList<>();
        for (RuleInfo rule : RULE_BASE.rules()) {
            if (bare.matcher(rule.name()).find()) {
                problems.add("bare band word: " + rule.name());
            }
            String band = rule.metadata().get("band");
            String floor = rule.metadata().get("bandFloor");
            Band named = band != null ? Band.valueOf(band.toUpperCase(java.util.Locale.ROOT))
                    : floor != null ? CATALOGUE.bandFloors().get(floor).band() : null;
            if (named != null && !rule.name().endsWith(CATALOGUE.bands().get(named).label())) {
                problems.add("does not end with its band's name '" + CATALOGUE.bands().get(named).label() + "': "
                        + rule.name());
            }
        }
        assertThat(problems).isEmpty();
        // look-alikes: the product's names and "at higher risk" are not bare; a bare name is caught
        assertThat(bare.matcher("sets at least Some risk; Higher risk; Lower risk; at higher risk").find()).isFalse();
        assertThat(bare.matcher("A score of 10 or more is high risk").find()).isTrue();
    }

    @Test
    void everyCitationNamesAPublicationAndNoFileName() {
        List<String> problems = new ArrayList<>();
        CATALOGUE.factors().values().forEach(f -> Citations.problems(f.source()).forEach(p -> problems.add(f.id() + ": " + p)));
        CATALOGUE.measures().values().forEach(m -> Citations.problems(m.source()).forEach(p -> problems.add(m.id() + ": " + p)));
        CATALOGUE.bandFloors().values().forEach(b -> Citations.problems(b.source()).forEach(p -> problems.add(b.id() + ": " + p)));
        CATALOGUE.needs().values().stream().filter(n -> n.source() != null)
                .forEach(n -> Citations.problems(n.source()).forEach(p -> problems.add(n.id() + ": " + p)));
        assertThat(problems).isEmpty();
    }

    @Test
    void theCitationCheckCatchesFileNamesAndBareTitles() {
        assertThat(Citations.problems("seed 003_a9f9d2faa9a2b8d3.txt, 'Carers'")).isNotEmpty();
        assertThat(Citations.problems("Age UK loneliness risk model")).isNotEmpty();
        assertThat(Citations.problems("Public Health England (2015), Reducing social isolation, see catalogue.json"))
                .isNotEmpty();
        assertThat(Citations.problems("Public Health England and UCL Institute of Health Equity (2015), "
                + "Reducing social isolation across the lifecourse, section 'Carers'")).isEmpty();
    }

    @Test
    void noTextAPersonCanSeeNamesAnInternalFile() {
        // wording, evidence and notes are shown on worker and trainer pages and through the API
        Pattern file = Pattern.compile("(?i)\\bseed 0|\\b[\\w-]+\\.(txt|json|drl)\\b");
        List<String> texts = new ArrayList<>();
        CATALOGUE.factors().values().forEach(f -> texts.addAll(List.of(f.label(), f.reason(), f.evidence(), f.weightNote())));
        CATALOGUE.measures().values().forEach(m -> texts.addAll(List.of(m.label(), m.description())));
        CATALOGUE.bands().values().forEach(b -> texts.addAll(List.of(b.label(), b.publicWords())));
        CATALOGUE.bandFloors().values().forEach(b -> texts.addAll(List.of(b.label(), b.publicWords(), b.weightNote())));
        CATALOGUE.bands().values().forEach(b -> texts.addAll(List.of(b.reason(), b.thresholdNote())));
        CATALOGUE.needs().values().forEach(n -> texts.addAll(List.of(n.description(), n.reason(), n.evidence())));
        CATALOGUE.safeguarding().values().forEach(c -> texts.addAll(List.of(c.label(), c.reason())));
        assertThat(texts).noneMatch(t -> file.matcher(t).find());
    }
}
