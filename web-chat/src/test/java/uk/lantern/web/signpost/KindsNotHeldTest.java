package uk.lantern.web.signpost;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.store.DirectoryStore;
import uk.lantern.web.directory.TestDirectoryDatabase;

/**
 * Requests for a kind of help the sample directory holds none of ({@link KindsAskedFor}), round 21 (g28, issue 13):
 * the answer says so and offers only what really relates (money advice for a food bank, someone to talk to for counselling,
 * a group for the one sex an LGBT+ group is asked for, nothing for a choir or a gardening club), never whatever is close.
 * The requests are the team's own variants, none of them a line of the relevance sets.
 */
class KindsNotHeldTest {

    @TempDir
    static Path indexDir;
    static LocalServicesDirectory directory;
    static ServiceFinder finder;

    @BeforeAll
    static void open() {
        directory = LocalServicesDirectory.open(indexDir.resolve("index"),
                new DirectoryStore(TestDirectoryDatabase.create(indexDir)));
        finder = new ServiceFinder(directory);
    }

    @AfterAll
    static void close() throws Exception {
        directory.close();
    }

    /** Each service offered in place of the kind is one of those the kind's relation allows, in both answers. */
    @ParameterizedTest(name = "\"{0}\" near {1}: only {2}")
    @CsvSource(delimiter = ';', value = {
            "is there a foodbank in rainham; ME8 7HP; age-uk-advice",
            "need food parcels this week; Chatham; age-uk-advice",
            "gay social club for retired men; ME7 1AB; mens-health-group",
            "gay men's coffee group; Chatham; mens-health-group",
            "any lesbian groups round here; Strood; -",
            "lesbian walking group for women; Gillingham; womens-walking-group",
            "bisexual support group, I'm 58; ME4 4TR; -",
            "i think i need a therapist; ME1 1LS; samaritans nhs-111 mens-health-group",
            "counsellor for my nerves; Gillingham; samaritans nhs-111 mens-health-group",
            "singing group for the over 70s; ME2 4AT; -",
            "community choir; Rochester; -",
            "allotment society; ME5; -",
            "gardening group for older men; Chatham; -",
    })
    void onlyWhatRelatesIsOffered(String words, String place, String allowed) {
        List<String> allowedIds = allowed.equals("-") ? List.of()
                : List.of(allowed.split(" ")).stream().map(id -> "lantern-sample-" + id).toList();
        ServiceFinder.WordsAnswer answer = finder.search(words, place, 3);
        assertThat(answer.notHeld()).as(words).isNotNull();
        assertThat(answer.services()).as(words).extracting(ServiceSuggestion::id).allMatch(allowedIds::contains);
        assertThat(finder.rankedByWords(words, place, 3)).as(words).extracting(ServiceSuggestion::id)
                .allMatch(allowedIds::contains);
        if (allowedIds.isEmpty()) {
            assertThat(answer.services()).as(words).isEmpty();
        } else {
            assertThat(answer.services()).as(words).isNotEmpty();
            assertThat(answer.insteadLead()).as(words).isNotBlank();
        }
    }

    /** Counselling about something the directory does hold help for: that help, beside someone to talk to. */
    @Test
    void counsellingAboutALossAlsoFindsBereavementHelp() {
        assertThat(finder.rankedByWords("counselling since my wife passed away", "ME7 1AB", 3))
                .extracting(ServiceSuggestion::id).contains("lantern-sample-bereavement-group");
    }

    /** A kind turned away ("not counselling") or one the directory holds is searched as before. */
    @ParameterizedTest(name = "\"{0}\" near {1}: searched as before")
    @CsvSource(delimiter = ';', value = {
            "I don't want counselling, just a friendly visit; ME7 1AB",
            "help with my garden, it's too much now; ME8 7HP",
            "lunch club; Rainham",
            "I'm gay and new to the area and lonely; Chatham",
            "pet therapy visits for my mum; ME7 1AB",
    })
    void otherRequestsAreNotTouched(String words, String place) {
        assertThat(finder.search(words, place, 3).notHeld()).as(words).isNull();
    }
}
