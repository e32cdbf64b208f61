package uk.lantern.engine.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.lantern.engine.RuleBaseException;

/** The check written as data for the tablet: every rule form read with Drools' parser, and loud failures. */
class PortableCheckTest {

    private static final String HEAD = """
            package test.safeguarding;
            import uk.lantern.engine.safeguarding.ScreenedMessage;
            """;

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rules(String drl) {
        SafeguardingCheck check = SafeguardingCheck.fromSources("test/safeguarding/", Map.of("test.drl", HEAD + drl));
        return (List<Map<String, Object>>) PortableCheck.of(check).get("rules");
    }

    @Test
    void aLookAlikeIsItsPatternAndWhatItSetsAside() {
        List<Map<String, Object>> rules = rules(SafeguardingCheckTest.RULES.substring(SafeguardingCheckTest.RULES
                .indexOf("rule ")));
        assertThat(rules).hasSize(3);
        Map<String, Object> first = rules.getFirst();
        assertThat(first.get("name")).isEqualTo("Kill the lights is everyday talk");
        assertThat(first.get("concern")).isEqualTo("LOOK_ALIKE");
        assertThat(first.get("help")).isNull();
        assertThat(first.get("salience")).isEqualTo(100);
        assertThat(first.get("when")).isEqualTo(List.of("matches", "text", ".* kill the lights .*"));
        assertThat(first.get("then")).isEqualTo(List.of(List.of("setAside", " kill the lights(?= )")));
        assertThat(rules.get(2).get("when")).isEqualTo(List.of("matches", "words", ".* kms .*"));
        assertThat(rules.get(2).get("help")).isEqualTo("suicide_self_harm");
    }

    @Test
    void andOrNotAndPrecedenceAreKept() {
        List<Map<String, Object>> rules = rules("""
                rule "Combined"
                    @concern("CHILD")
                when
                    ScreenedMessage( concepts contains "young_age",
                                     concepts contains "a" || concepts contains "b" && concepts not contains "c",
                                     text matches ".* \\\\d+ .*" )
                    not ScreenedMessage( concepts contains "d" )
                    exists ScreenedMessage( text != " x " )
                then
                end
                """);
        assertThat(rules.getFirst().get("when")).isEqualTo(List.of("all",
                List.of("all", List.of("concept", "young_age"),
                        List.of("any", List.of("concept", "a"),
                                List.of("all", List.of("concept", "b"), List.of("not", List.of("concept", "c")))),
                        List.of("matches", "text", ".* \\d+ .*")),
                List.of("not", List.of("concept", "d")),
                List.of("not", List.of("equals", "text", " x "))));
    }

    @Test
    void aFormTheTabletCannotWeighStopsTheExport() {
        assertThatThrownBy(() -> rules("""
                rule "Eval"
                    @concern("EXPLICIT")
                when
                    $m : ScreenedMessage( )
                    eval( $m.getText().length() > 3 )
                then
                end
                """)).isInstanceOf(RuleBaseException.class).hasMessageContaining("\"Eval\"")
                .hasMessageContaining("EvalDescr");
        assertThatThrownBy(() -> rules("""
                rule "Other code"
                    @concern("EXPLICIT")
                when
                    $m : ScreenedMessage( text matches ".* x .*" )
                then
                    System.out.println($m);
                end
                """)).isInstanceOf(RuleBaseException.class).hasMessageContaining("consequence");
        assertThatThrownBy(() -> rules("""
                rule "No loop"
                    @concern("EXPLICIT")
                    no-loop true
                when
                    ScreenedMessage( text matches ".* x .*" )
                then
                end
                """)).isInstanceOf(RuleBaseException.class).hasMessageContaining("no-loop");
        assertThatThrownBy(() -> rules("""
                rule "Possessive"
                    @concern("EXPLICIT")
                when
                    ScreenedMessage( text matches ".* x++ .*" )
                then
                end
                """)).isInstanceOf(RuleBaseException.class).hasMessageContaining("possessive");
        assertThatThrownBy(() -> rules("""
                rule "Length"
                    @concern("EXPLICIT")
                when
                    ScreenedMessage( text.length > 3 )
                then
                end
                """)).isInstanceOf(RuleBaseException.class).hasMessageContaining("\"Length\"");
    }

    @Test
    void patternsJavaScriptReadsDifferentlyAreRefused() {
        assertThat(PortablePattern.problem("(?<= )(?:kill|end) (my )?life(?! savings)(?= )")).isNull();
        assertThat(PortablePattern.problem("[a-z]+ \\d{1,2} \\.")).isNull();
        assertThat(PortablePattern.problem("a*+")).contains("possessive");
        assertThat(PortablePattern.problem("(?>ab)")).contains("atomic");
        assertThat(PortablePattern.problem("(?i)kill")).contains("inline");
        assertThat(PortablePattern.problem("\\p{L}")).contains("\\p");
        assertThat(PortablePattern.problem("\\Qa\\E")).contains("\\Q");
        assertThat(PortablePattern.problem("[a-z&&[^e]]")).isNotNull();
        assertThat(PortablePattern.problem("kill\\z")).contains("\\z");
    }
}
