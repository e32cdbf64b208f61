package uk.lantern.engine.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lantern.engine.RuleBaseException;

/** How the lexicon spells out text-speak, reads a worker's note and finds concepts. */
class LexiconTest {

    static final Lexicon LEXICON = Lexicon.read("""
            == tokens ==
            2 = to
            b = be
            sa'd = sexually assaulted
            r*ped = raped
            == phrases ==
            wont see me again = gone for good
            == note openings ==
            client
            mrs [a-z]
            == counted ==
            days
            """, """
            # a note
            == hopeless ==
            gone for good
            (dont|doesnt) want to be here
            == hurt ==
            (hits|pushed) me
            """);

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', textBlock = """
            dont want 2 b here             | ' dont want to be here '
            nothing to eat for 2 days      | ' nothing to eat for 2 days '
            he SA'd me.                    | ' he sexually assaulted me '
            i was r*ped                    | ' i was raped '
            you wont see me again          | ' you gone for good '
            Client said she doesn't want to be here | ' i said i doesnt want to be here '
            Mrs K says her husband pushed her        | ' i says my husband pushed me '
            Client's son takes her money             | ' my son takes my money '
            she said her son hits her      | ' she said her son hits her '
            """)
    void spellsOutTextSpeakAndReadsANoteInTheFirstPerson(String typed, String expected) {
        assertThat(ScreenedMessage.of(typed, LEXICON).getText()).isEqualTo(expected);
    }

    @Test
    void findsConceptsAsWholeWordsAndAgainAfterASetAside() {
        ScreenedMessage message = ScreenedMessage.of("u wont c me again, he hits me", Lexicon.read("""
                == tokens ==
                u = you
                c = see
                == phrases ==
                wont see me again = gone for good
                """, "== hopeless ==\ngone for good\n== hurt ==\nhits me\n"));
        assertThat(message.getConcepts()).containsExactlyInAnyOrder("hopeless", "hurt");
        message.setAside(" he hits me(?= )");
        assertThat(message.getConcepts()).containsExactly("hopeless");
        assertThat(ScreenedMessage.of("whitsme", LEXICON).getConcepts()).isEmpty();
    }

    @Test
    void aPhraseLookedUpByItsFirstWordStillMatchesWhateverFollowsThatWord() {
        // The first word (or group of words) is looked up before the pattern is searched; a
        // spaced group after it and a group of letters joined to it must both still match.
        Lexicon lexicon = Lexicon.read("== tokens ==\n", """
                == chest ==
                pain( [a-z]+){0,3} down my (left )?arm
                == money ==
                (money|cash)( [a-z]+){0,2} (took|taken) off (her|him)
                == thanks ==
                thank(ing|ed|s)? me for everything
                """);
        assertThat(ScreenedMessage.of("a pain going right down my left arm", lexicon).getConcepts())
                .containsExactly("chest");
        assertThat(ScreenedMessage.of("she gets her money took off her", lexicon).getConcepts())
                .containsExactly("money");
        assertThat(ScreenedMessage.of("he keeps thanking me for everything", lexicon).getConcepts())
                .containsExactly("thanks");
        assertThat(ScreenedMessage.of("painful arm, my money is safe", lexicon).getConcepts()).isEmpty();
    }

    @Test
    void aPhraseThatStartsWithAPatternIsLookedUpByALaterWordItMustHave() {
        // Round 5: "(a |the )?(rope|noose) is ready" is filed under "is"; "(happily )?(remarried|
        // divorced)" under its group; a choice at the top ("x y|z") is searched in every message.
        Lexicon lexicon = Lexicon.read("== tokens ==\n", """
                == rope ==
                (a |the )?(rope|noose) is ready
                == married ==
                (happily )?(remarried|married again)
                == either ==
                [a-z]+ing well|fine now
                """);
        assertThat(ScreenedMessage.of("the noose is ready", lexicon).getConcepts()).containsExactly("rope");
        assertThat(ScreenedMessage.of("i happily married again", lexicon).getConcepts()).containsExactly("married");
        assertThat(ScreenedMessage.of("im fine now", lexicon).getConcepts()).containsExactly("either");
        assertThat(ScreenedMessage.of("doing well", lexicon).getConcepts()).containsExactly("either");
        assertThat(ScreenedMessage.of("the rope isready, never married", lexicon).getConcepts()).isEmpty();
    }

    /** A grammar other than standard English's (BSL-style, round 13), rewritten after the phrases. */
    static final Lexicon GRAMMAR = Lexicon.read("""
            == phrases ==
            wont see me again = gone for good
            == grammar ==
            (?<= )(take|took) (money|pension) me(?= ) = $1 my $2
            (?<= )(?<!help |makes )me(?= (?:want|think) ) = i
            (?<= )(want|wish)(?= (?:die|live) ) = $1 to
            """, "");

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', textBlock = """
            me want die                    | ' i want to die '
            some days me want die, nobody understand me | ' some days i want to die nobody understand me '
            carer take money me            | ' carer take my money '
            it makes me want to cry        | ' it makes me want to cry '
            help me think                  | ' help me think '
            some men want dinner           | ' some men want dinner '
            """)
    void rewritesAnotherGrammarInOrderAfterThePhrases(String typed, String expected) {
        assertThat(ScreenedMessage.of(typed, GRAMMAR).getText()).isEqualTo(expected);
    }

    @Test
    void aBrokenGrammarLineIsRefusedWithItsFile() {
        assertThatThrownBy(() -> Lexicon.read("== grammar ==\n(unclosed = i\n", ""))
                .isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("text-speak.txt").hasMessageContaining("not a valid pattern");
        assertThatThrownBy(() -> Lexicon.read("== grammar ==\nme = i\\\\\n", ""))
                .isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("backslash");
    }

    @Test
    void aBrokenLineIsRefusedWithItsFile() {
        assertThatThrownBy(() -> Lexicon.read("== tokens ==\n2 to\n", "")).isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("text-speak.txt");
        assertThatThrownBy(() -> Lexicon.read("", "== c ==\n(unclosed\n")).isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("concept c");
    }
}
