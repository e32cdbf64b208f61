package uk.lantern.engine.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.lantern.engine.RuleBaseException;

/** The check's workings with a small rule set of its own (the shipped rules are tested in the rules module). */
class SafeguardingCheckTest {

    static final String RULES = """
            package test.safeguarding;
            import uk.lantern.engine.safeguarding.ScreenedMessage;

            rule "Kill the lights is everyday talk"
                @concern("LOOK_ALIKE")
                salience 100
            when
                $m : ScreenedMessage( text matches ".* kill the lights .*" )
            then
                modify($m) { setAside(" kill the lights(?= )") }
            end

            rule "Kill anything is explicit"
                @concern("EXPLICIT")
            when
                ScreenedMessage( text matches ".* kill .*" )
            then
            end

            rule "Coded kms"
                @concern("CODED")
            when
                ScreenedMessage( words matches ".* kms .*" )
            then
            end
            """;

    private static SafeguardingCheck check;

    @BeforeAll
    static void compile() {
        check = SafeguardingCheck.fromSources("test/safeguarding/", Map.of("test.drl", RULES));
    }

    @Test
    void aFiringRuleReportsItsConcernAndName() {
        SafeguardingResult result = check.check("I could KILL");
        assertThat(result.crisis()).isTrue();
        assertThat(result.kinds()).containsExactly(Concern.EXPLICIT);
        assertThat(result.matchedRules()).containsExactly("Kill anything is explicit");
    }

    @Test
    void aLookAlikeIsSetAsideBeforeConcernRulesLook() {
        SafeguardingResult result = check.check("kill the lights");
        assertThat(result.crisis()).isFalse();
        assertThat(result.lookAlikes()).containsExactly("Kill the lights is everyday talk");
    }

    @Test
    void aConcernBesideALookAlikeStillFires() {
        SafeguardingResult result = check.check("kill the lights, then kms");
        assertThat(result.kinds()).containsExactly(Concern.EXPLICIT, Concern.CODED);
    }

    @Test
    @Timeout(60) // without the firing cap this check never returns: fail, do not hang the build
    void aLookAlikeThatDoesNotRemoveWhatItMatchedCannotHangTheCheck() {
        // Found by the ninth sealed set: a set-aside narrower than its rule's condition left the
        // condition true, so the rule fired for ever on "I'm not self-harming".
        String looping = """
                package test.looping;
                import uk.lantern.engine.safeguarding.ScreenedMessage;

                rule "Not harming is reassurance, set aside too narrowly"
                    @concern("LOOK_ALIKE")
                    salience 100
                when
                    $m : ScreenedMessage( text matches ".* not self harm.*" )
                then
                    modify($m) { setAside(" not self harm(?= )") }
                end

                rule "Self harm is self-harm"
                    @concern("SELF_HARM")
                when
                    ScreenedMessage( text matches ".* self harm.*" )
                then
                end
                """;
        SafeguardingCheck loops = SafeguardingCheck.fromSources("test/looping/", Map.of("l.drl", looping));
        SafeguardingResult result = loops.check("I'm not self harming");
        assertThat(result.lookAlikes()).contains("Not harming is reassurance, set aside too narrowly");
    }

    @Test
    void rulesAreDescribedWithTheirConcern() {
        assertThat(check.rules()).extracting(r -> r.metadata().get("concern"))
                .containsExactlyInAnyOrder("LOOK_ALIKE", "EXPLICIT", "CODED");
        assertThat(check.rules()).allSatisfy(r -> assertThat(r.file()).isEqualTo("test.drl"));
    }

    @Test
    void aRuleWithoutAConcernIsRefused() {
        String unlabelled = """
                package test.unlabelled;
                import uk.lantern.engine.safeguarding.ScreenedMessage;
                rule "Says nothing about what it finds"
                when
                    ScreenedMessage( text matches ".* x .*" )
                then
                end
                """;
        assertThatThrownBy(() -> SafeguardingCheck.fromSources("test/unlabelled/", Map.of("u.drl", unlabelled)))
                .isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("Says nothing about what it finds").hasMessageContaining("@concern");
    }

    @Test
    void brokenDrlIsReportedWithItsFile() {
        assertThatThrownBy(() -> SafeguardingCheck.fromSources("test/broken/", Map.of("broken.drl", "package x; rule \"no end\" when then")))
                .isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("broken.drl");
    }

    @Test
    void missingRulesOnTheClasspathAreReported() {
        assertThatThrownBy(() -> SafeguardingCheck.load("no/such/folder/", getClass().getClassLoader()))
                .isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("rule-files.txt");
    }
}
