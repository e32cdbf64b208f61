package uk.lantern.rules.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.lantern.engine.RuleInfo;
import uk.lantern.engine.safeguarding.Concern;
import uk.lantern.engine.safeguarding.SafeguardingCheck;

/** Every safeguarding rule says what it looks for, and every rule file is compiled. */
class SafeguardingRuleFilesTest {

    private static final String LOOK_ALIKE = "LOOK_ALIKE";

    private static List<RuleInfo> rules;

    @BeforeAll
    static void loadTheShippedRules() {
        rules = SafeguardingCheck.load().rules();
    }

    @Test
    void everyRuleHasAConcern() {
        Set<String> allowed = Stream.concat(Arrays.stream(Concern.values()).map(Enum::name), Stream.of(LOOK_ALIKE))
                .collect(Collectors.toSet());
        assertThat(rules).isNotEmpty().allSatisfy(rule ->
                assertThat(rule.metadata().get("concern")).as("@concern of \"%s\" in %s", rule.name(), rule.file())
                        .isIn(allowed));
    }

    @Test
    void everyConcernHasARule() {
        Set<String> used = rules.stream().map(r -> r.metadata().get("concern")).collect(Collectors.toSet());
        assertThat(used).contains(Arrays.stream(Concern.values()).map(Enum::name).toArray(String[]::new));
    }

    @Test
    void lookAlikesLiveInTheirOwnFileAndConcernsElsewhere() {
        assertThat(rules).allSatisfy(rule -> assertThat(LOOK_ALIKE.equals(rule.metadata().get("concern")))
                .as("%s in %s", rule.name(), rule.file())
                .isEqualTo(rule.file().equals("look-alikes.drl")));
    }

    @Test
    void everyDrlFileInTheFolderIsListedAndEveryListedFileHasRules() throws IOException, URISyntaxException {
        URL folder = SafeguardingCheck.class.getClassLoader().getResource(SafeguardingCheck.DEFAULT_LOCATION);
        assertThat(folder).isNotNull();
        Set<String> onDisk;
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl")).collect(Collectors.toSet());
        }
        Set<String> listed;
        try (InputStream in = SafeguardingCheck.class.getClassLoader()
                .getResourceAsStream(SafeguardingCheck.DEFAULT_LOCATION + SafeguardingCheck.FILE_LIST)) {
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
        }
        assertThat(listed).isEqualTo(onDisk);
        assertThat(rules.stream().map(RuleInfo::file).collect(Collectors.toSet())).isEqualTo(onDisk);
    }

    @Test
    void ruleNamesReadAsSentences() {
        assertThat(rules).allSatisfy(rule -> assertThat(rule.name()).matches("[A-Z][a-z]* .*[a-z]"));
    }
}
