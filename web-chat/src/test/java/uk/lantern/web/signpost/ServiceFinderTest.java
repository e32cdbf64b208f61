package uk.lantern.web.signpost;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.store.DirectoryStore;
import uk.lantern.web.directory.TestDirectoryDatabase;

/**
 * Requests in a person's words through {@link ServiceFinder}, against the sample directory: what the chat answers
 * ({@link ServiceFinder#search}) and the ranking before the place rule ({@link ServiceFinder#rankedByWords}).
 */
class ServiceFinderTest {

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

    /**
     * Nothing fits when every word that says what is wanted is one no service matches ("knitting", "choir"), beside
     * words only of form ("group", "club", "class"): nothing, rather than three services that merely say "group".
     * Look-alikes that still find services: a slip of a word services use ("befreinding"), a form word with a
     * word services use ("lunch club"), a word found beside one found nowhere ("knitting and a chat"), and forms,
     * which no service names but advice services help with (the curated synonyms); and wanting anything at all
     * ("somewhere to go on a Thursday", a slip of it, "anything on near me"), which names no kind of help to miss.
     */
    @ParameterizedTest(name = "\"{0}\" near {1}: {2} found")
    @CsvSource({
            "knitting group, ME4 4TR, 0",
            "is there a choir club near me, ME7 1AB, 0",
            "bingo on a Friday, Chatham, 0",
            "befreinding group, ME4 4TR, 1",
            "lunch club, Rainham, 1",
            "knitting and a chat, ME4 4TR, 1",
            "someone to help with my forms, ME4 4TR, 1",
            "somewhere to go on a Thursday, Gillingham, 1",
            "somwhere to go on a thursday, Gillingham, 1",
            "anything on near me, Chatham, 1",
            "knitting somewhere near me, Chatham, 0",
    })
    void nothingFitsWhenNoServiceOffersWhatIsAsked(String words, String place, int atLeast) {
        var ranked = finder.rankedByWords(words, place, 3);
        var answered = finder.search(words, place, 3).services();
        if (atLeast == 0) {
            assertThat(ranked).as(words).isEmpty();
            assertThat(answered).as(words).isEmpty();
        } else {
            assertThat(ranked).as(words).hasSizeGreaterThanOrEqualTo(atLeast);
            assertThat(answered).as(words).hasSizeGreaterThanOrEqualTo(atLeast);
        }
    }
}
