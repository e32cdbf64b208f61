package uk.lantern.rules.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import uk.lantern.engine.RuleBase;
import uk.lantern.engine.catalogue.SafeguardingEntry;
import uk.lantern.engine.safeguarding.Concern;
import uk.lantern.engine.safeguarding.CrisisResponse;
import uk.lantern.engine.safeguarding.Help;
import uk.lantern.engine.safeguarding.Helpline;
import uk.lantern.engine.safeguarding.SafeguardingCheck;

/**
 * The shipped help: each kind of concern gets the numbers that fit it (issue 10's list), written
 * to the person as a list, each number with its source and the date it was checked, and no
 * instruction for staff in anything the person sees.
 */
class CrisisResponseWordingTest {

    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9 ]*[0-9]|[0-9]");
    private static final Pattern STAFF_WORDS = Pattern.compile(
            "(?i)\\b(a worker|workers?|staff|safeguarding procedure|referral|the person|do not leave)\\b");

    private final CrisisResponse response = CrisisResponse.load();

    @ParameterizedTest(name = "{0} gets {1}")
    @CsvSource(delimiter = '|', textBlock = """
            suicide_self_harm | 999; Samaritans: call 116 123; text SHOUT to 85258; call 111 and choose option 2
            abuse             | 999; National Domestic Abuse Helpline: call 0808 2000 247; Hourglass: call 0808 808 8141; adult social care
            sexual_violence   | 999; Rape Crisis: call 0808 500 2222
            child             | Childline: call 0800 1111; NSPCC: call 0808 800 5000
            danger_now        | 999
            self_neglect      | NHS 111: call 111,; adult social care; Age UK Advice: call 0800 678 1602
            worry_other       | 999; NHS 111: call 111,; adult social care; Age UK Advice: call 0800 678 1602
            eating_disorder   | Beat: call 0808 801 0677
            """)
    void eachKindOfHelpListsTheNumbersThatFitIt(String label, String expected) {
        Help help = Help.ofLabel(label);
        Concern concern = EnumSet.allOf(Concern.class).stream().filter(c -> c.help() == help).findFirst().orElseThrow();
        String text = response.textFor(Set.of(concern));
        for (String part : expected.split("; ")) {
            assertThat(text).as(label).contains(part.strip());
        }
        assertThat(text).contains("\n- ");
        assertThat(text.strip()).endsWith("or stop for now.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            My sister's husband hits her and takes her wages                      | abuse
            He's got hold of my daughter and won't let her go, he's threatening her | abuse
            the woman two doors down has bruises and her husband shouts at her     | abuse
            """)
    void aMessageAboutSomeoneElseOpensToThePersonLookingOutForThem(String message, String otherHelp) {
        Set<Concern> kinds = SafeguardingCheck.load().check(message).kinds();
        Set<Help> helps = kinds.stream().map(Concern::help).collect(Collectors.toSet());
        assertThat(helps).as(message).contains(Help.WORRY_OTHER, Help.ofLabel(otherHelp));
        String text = response.textFor(kinds);
        assertThat(text).as(message).startsWith("It is good that you are looking out for them.")
                .doesNotContain("hurt you").doesNotContain("to you is not your fault");
        response.linesFor(Set.of(Help.ofLabel(otherHelp))).forEach(line -> assertThat(text).contains(line.line()));
    }

    @Test
    void aMessageAboutTheWriterStillOpensToThem() {
        assertThat(response.textFor(Set.of(Concern.ABUSE))).startsWith("No one has the right to hurt you");
    }

    @ParameterizedTest
    @EnumSource(Help.class)
    void nothingThePersonSeesIsAnInstructionForStaff(Help help) {
        Concern concern = EnumSet.allOf(Concern.class).stream().filter(c -> c.help() == help).findFirst().orElseThrow();
        assertThat(STAFF_WORDS.matcher(response.textFor(Set.of(concern))).find()).as(help.label()).isFalse();
        assertThat(response.help(help).workerGuidance()).isNotBlank();
    }

    @Test
    void everyHelplineSaysWhereItWasCheckedAndWhen() {
        assertThat(response.helplines()).isNotEmpty().allSatisfy(line -> {
            assertThat(line.source()).startsWith("as published by ");
            assertThat(line.checked()).isAfterOrEqualTo(LocalDate.of(2026, 11, 30));
        });
    }

    @Test
    void aDeafPersonIsToldHowToReachHelpWithoutAVoiceCall() {
        // Round 13 (new-user trial): a Deaf woman whose first language is BSL was given only voice
        // numbers. The shipped help names 999 BSL, emergencySMS and Relay UK for her.
        assertThat(response.deafLines()).extracting(Helpline::id).containsExactly("bsl_999", "emergency_sms", "relay_uk");
        String text = response.helpText(Set.of(Help.SUICIDE_SELF_HARM), Set.of(), true);
        assertThat(text).contains("Samaritans: call 116 123").contains("cannot talk on the phone")
                .contains("text the word REGISTER to 999").contains("18001").contains("999 BSL");
        assertThat(STAFF_WORDS.matcher(text).find()).isFalse();
    }

    @Test
    void theUrgentAnswersNameTheirHelpAndOnlyNumbersFromTheHelplines() {
        Set<String> known = response.helplines().stream().map(Helpline::how).map(CrisisResponseWordingTest::numbers)
                .flatMap(Set::stream).collect(Collectors.toSet());
        known.add("111");
        for (SafeguardingEntry entry : RuleBase.load().catalogue().safeguarding().values()) {
            Help.ofLabel(entry.help());
            assertThat(numbers(entry.whatToDoNow())).as(entry.id()).isSubsetOf(known);
            assertThat(STAFF_WORDS.matcher(entry.whatToDoNow()).find()).as(entry.id() + " speaks to staff").isFalse();
        }
    }

    @Test
    void suicidalLanguageOpensWithLifeAtRisk() {
        String text = response.textFor(EnumSet.of(Concern.PASSIVE, Concern.CODED));
        assertThat(text.lines().findFirst().orElseThrow()).contains("life is at risk").contains("999");
    }

    @Test
    void dangerOpensWithDangerNowBesideAnyOtherConcern() {
        assertThat(response.textFor(EnumSet.of(Concern.DANGER, Concern.ABUSE, Concern.EXPLICIT)).lines().findFirst()
                .orElseThrow()).contains("in danger right now").contains("999");
    }

    @Test
    void anOverdoseTakenGetsNineNineNineFirstAndTheSuicideAndSelfHarmHelplines() {
        // Round 6: sealed-v6's "Took an overdose on Tuesday, didn't tell anyone" got danger-now
        // help alone; an overdose taken is self-harm too.
        String text = response.textFor(SafeguardingCheck.load().check(
                "Took an overdose on Tuesday, didn't tell anyone, still feel rough").kinds());
        assertThat(text.lines().findFirst().orElseThrow()).contains("call 999 straight away");
        assertThat(text).contains("Samaritans: call 116 123").contains("text SHOUT to 85258")
                .contains("call 111 and choose option 2");
    }

    @Test
    void worryAboutSomeoneElseIsAnsweredAboutThem() {
        assertThat(response.textFor(Set.of(Concern.THIRD_PERSON))).contains("their life is at risk");
    }

    @Test
    void theSameHelpIsNotGivenTwiceButANewKindGetsItsOwn() {
        String again = response.textFor(Set.of(Concern.PASSIVE), Set.of(Help.SUICIDE_SELF_HARM));
        assertThat(again).doesNotContain("116 123").contains("999");
        String abuse = response.textFor(Set.of(Concern.ABUSE), Set.of(Help.SUICIDE_SELF_HARM));
        assertThat(abuse).contains("0808 2000 247").doesNotContain("116 123");
    }

    @Test
    void nothingIsSaidWhenNothingWasFound() {
        assertThat(response.textFor(SafeguardingCheck.load().check("I like my garden"))).isEmpty();
    }

    private static Set<String> numbers(String text) {
        Matcher m = NUMBER.matcher(text);
        Set<String> found = new java.util.HashSet<>();
        while (m.find()) {
            found.add(m.group().strip());
        }
        return found;
    }
}
