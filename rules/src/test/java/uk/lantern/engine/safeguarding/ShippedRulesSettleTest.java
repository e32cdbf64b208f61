package uk.lantern.engine.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kie.api.runtime.KieSession;

/**
 * The shipped safeguarding rules settle on every message: no look-alike rule may fire again and
 * again because its set-aside leaves its own condition true. The ninth sealed set found one that
 * did ("I'm not self-harming" hung the check); this test runs every corpus message and the
 * denials of that kind through the rules with a firing cap well below the check's own.
 * (In this package to reach the compiled rules.)
 */
class ShippedRulesSettleTest {

    private static final int MOST_FIRINGS_A_MESSAGE_NEEDS = 200;
    private static final SafeguardingCheck CHECK = SafeguardingCheck.load();

    @ParameterizedTest
    @ValueSource(strings = {"I'm not self-harming", "I am not self harming, honest", "not self-harming",
            "I'm not self-harming, the bruises are from my warfarin", "no im not self harming lol",
            "I've never self harmed", "I'm not cutting myself", "I would never harm myself"})
    void denialsOfSelfHarmSettleAndAreReassurance(String message) {
        assertThat(firings(message)).isLessThan(MOST_FIRINGS_A_MESSAGE_NEEDS);
        assertThat(CHECK.check(message).crisis()).as(message).isFalse();
    }

    @Test
    void everyCorpusMessageSettles() throws IOException {
        List<String> looping = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/lantern/safeguarding/corpus"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t");
                    if (line.startsWith("#") || f.length < 3 || f[0].equals("family")) {
                        continue;
                    }
                    if (firings(f[2]) >= MOST_FIRINGS_A_MESSAGE_NEEDS) {
                        looping.add(file.getFileName() + ": " + f[2]);
                    }
                }
            }
        }
        assertThat(looping).isEmpty();
    }

    private static int firings(String message) {
        ScreenedMessage fact = ScreenedMessage.of(message, CHECK.lexicon());
        KieSession session = CHECK.compiled().kieBase().newKieSession();
        try {
            session.insert(fact);
            return session.fireAllRules(MOST_FIRINGS_A_MESSAGE_NEEDS);
        } finally {
            session.dispose();
        }
    }
}
