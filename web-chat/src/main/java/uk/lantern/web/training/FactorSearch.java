package uk.lantern.web.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import uk.lantern.engine.RuleBase;
import uk.lantern.engine.catalogue.FactorEntry;
import uk.lantern.engine.catalogue.NeedEntry;
import uk.lantern.engine.questionnaire.Question;

/**
 * Finds risk factors by words in their name, plain explanation, evidence or the text of the
 * questions that reveal them. Every word must appear somewhere (so more words narrow the list),
 * matched as the start of a word so "driv" finds "driving". The catalogue has a few dozen
 * factors, so a scan is quicker to read and to trust than an index.
 */
@Component
class FactorSearch {

    /** A factor as the catalogue page shows it. */
    record FactorView(FactorEntry entry, List<Question> questions, List<NeedEntry> needs, List<RulePage> rules) {

        public String anchor() {
            return "factor-" + entry.id();
        }
    }

    private final List<FactorView> factors;
    private final List<String> searchable;

    FactorSearch(RuleBase ruleBase, TrainingRules rules) {
        List<FactorView> views = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (FactorEntry f : ruleBase.catalogue().factors().values()) {
            List<Question> questions = f.questions().stream()
                    .flatMap(id -> ruleBase.questionnaire().question(id).stream()).toList();
            List<NeedEntry> needs = f.needs().stream().map(id -> ruleBase.catalogue().needs().get(id)).toList();
            views.add(new FactorView(f, questions, needs, rules.serving("factor", f.id())));
            StringBuilder text = new StringBuilder()
                    .append(f.label()).append(' ').append(f.reason()).append(' ').append(f.evidence());
            questions.forEach(q -> text.append(' ').append(q.text()));
            texts.add(" " + normalise(text.toString()));
        }
        this.factors = List.copyOf(views);
        this.searchable = List.copyOf(texts);
    }

    List<FactorView> all() {
        return factors;
    }

    /** The factors matching every word of the query, in catalogue order; all of them for a blank query. */
    List<FactorView> search(String query) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return factors;
        }
        List<FactorView> hits = new ArrayList<>();
        for (int i = 0; i < factors.size(); i++) {
            String text = searchable.get(i);
            if (words.stream().allMatch(w -> text.contains(" " + w))) {
                hits.add(factors.get(i));
            }
        }
        return hits;
    }

    static List<String> words(String query) {
        if (query == null) {
            return List.of();
        }
        return Arrays.stream(normalise(query).split(" ")).filter(w -> !w.isBlank()).toList();
    }

    /** Lower case, with anything but letters and digits as a space, so "cold-home" finds "cold home". */
    private static String normalise(String text) {
        return text.toLowerCase(Locale.UK).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
