package uk.lantern.rules.safeguarding.corpus;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.lantern.engine.safeguarding.Concern;
import uk.lantern.engine.safeguarding.Help;
import uk.lantern.engine.safeguarding.SafeguardingCheck;
import uk.lantern.engine.safeguarding.SafeguardingResult;

/**
 * The figures for one corpus file, per family and overall: for messages that need help, how many
 * raised any concern (recall) and how many raised one whose help is the expected help ("help
 * fits"); for look-alikes, how many raised a concern (false alarms). Rendered as Markdown for
 * docs/safeguarding.md.
 */
final class CorpusFigures {

    /** Counts for one family. */
    static final class Family {
        final String name;
        final boolean help;
        int messages;
        int detected;
        int fits;
        final List<String> misses = new ArrayList<>();

        Family(String name, boolean help) {
            this.name = name;
            this.help = help;
        }
    }

    final String file;
    final Map<String, Family> helpFamilies = new TreeMap<>();
    final Map<String, Family> lookAlikeFamilies = new TreeMap<>();

    private CorpusFigures(String file) {
        this.file = file;
    }

    static CorpusFigures measure(String file, List<CorpusMessage> messages, SafeguardingCheck check) {
        CorpusFigures figures = new CorpusFigures(file);
        for (CorpusMessage m : messages) {
            SafeguardingResult result = check.check(m.message());
            Set<Help> helps = result.kinds().stream().map(Concern::help)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Help.class)));
            Map<String, Family> families = m.needsHelp() ? figures.helpFamilies : figures.lookAlikeFamilies;
            Family f = families.computeIfAbsent(m.family(), name -> new Family(name, m.needsHelp()));
            f.messages++;
            if (result.crisis()) {
                f.detected++;
            }
            if (m.needsHelp() && helps.contains(m.expected().orElseThrow())) {
                f.fits++;
            }
            boolean wrong = m.needsHelp() ? !helps.contains(m.expected().orElseThrow()) : result.crisis();
            if (wrong) {
                f.misses.add(m + " -> " + helps.stream().map(Help::label).toList() + " " + result.matchedRules());
            }
        }
        return figures;
    }

    int helpMessages() {
        return helpFamilies.values().stream().mapToInt(f -> f.messages).sum();
    }

    int detected() {
        return helpFamilies.values().stream().mapToInt(f -> f.detected).sum();
    }

    int fits() {
        return helpFamilies.values().stream().mapToInt(f -> f.fits).sum();
    }

    int lookAlikes() {
        return lookAlikeFamilies.values().stream().mapToInt(f -> f.messages).sum();
    }

    int falseAlarms() {
        return lookAlikeFamilies.values().stream().mapToInt(f -> f.detected).sum();
    }

    double recall() {
        return helpMessages() == 0 ? 0 : (double) detected() / helpMessages();
    }

    double fitRate() {
        return helpMessages() == 0 ? 0 : (double) fits() / helpMessages();
    }

    double falseAlarmRate() {
        return lookAlikes() == 0 ? 0 : (double) falseAlarms() / lookAlikes();
    }

    List<String> misses() {
        List<String> all = new ArrayList<>();
        helpFamilies.values().forEach(f -> all.addAll(f.misses));
        lookAlikeFamilies.values().forEach(f -> all.addAll(f.misses));
        return all;
    }

    /** Two Markdown tables (families that need help, look-alike families) and a totals line. */
    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("Figures for `").append(file).append("`: ").append(helpMessages()).append(" messages needing help in ")
                .append(helpFamilies.size()).append(" families, ").append(lookAlikes()).append(" look-alikes in ")
                .append(lookAlikeFamilies.size()).append(" families.\n\n");
        md.append("| family needing help | messages | help detected | recall | help fits | fit rate |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        for (Family f : helpFamilies.values()) {
            md.append("| ").append(f.name).append(" | ").append(f.messages).append(" | ").append(f.detected)
                    .append(" | ").append(percent(f.detected, f.messages)).append(" | ").append(f.fits)
                    .append(" | ").append(percent(f.fits, f.messages)).append(" |\n");
        }
        md.append("| **all** | **").append(helpMessages()).append("** | **").append(detected()).append("** | **")
                .append(percent(detected(), helpMessages())).append("** | **").append(fits()).append("** | **")
                .append(percent(fits(), helpMessages())).append("** |\n\n");
        md.append("| look-alike family | messages | false alarms | false-alarm rate |\n");
        md.append("|---|---:|---:|---:|\n");
        for (Family f : lookAlikeFamilies.values()) {
            md.append("| ").append(f.name).append(" | ").append(f.messages).append(" | ").append(f.detected)
                    .append(" | ").append(percent(f.detected, f.messages)).append(" |\n");
        }
        md.append("| **all** | **").append(lookAlikes()).append("** | **").append(falseAlarms()).append("** | **")
                .append(percent(falseAlarms(), lookAlikes())).append("** |\n");
        return md.toString();
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "–" : String.format(Locale.UK, "%.1f%%", 100.0 * part / whole);
    }
}
