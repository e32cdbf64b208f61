package uk.lantern.directory.signpost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lantern.directory.geo.Gazetteer;

/**
 * The towns an eligibility description limits a service to, in fresh wordings of round 14b (written
 * before the reader; look-alikes that name a town but limit nothing included), for a service whose
 * area is Medway.
 */
class TownLimitTest {
    private static final Gazetteer GAZETTEER = Gazetteer.shipped();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Older or disabled people in Rochester and Strood who find it hard to leave home. | rochester strood",
            "For residents of Gillingham only.                                                | gillingham",
            "Open to people living in Chatham, Walderslade or Lordswood.                       | chatham walderslade lordswood",
            "Carers in Rainham & Gillingham.                                                   | rainham gillingham",
            "Anyone who lives in Hoo St Werburgh.                                              | hoo st werburgh",
            "Women of any age living in Medway.                                                | ''",
            "Meets in Rochester, open to all.                                                  | ''",
            "Based in Strood, serving the whole of Medway.                                     | ''",
            "Our group meets at Chatham library.                                               | ''",
            "People in Rochester and beyond are all welcome.                                   | ''",
            "Adults aged 18 and over.                                                          | ''"})
    void readsTheTownsThatLimitTheService(String description, String towns) {
        Set<String> expected = towns.isBlank() ? Set.of()
                : Set.copyOf(java.util.Arrays.asList(towns.replace("hoo st werburgh", "hoo_st_werburgh").split(" ")))
                        .stream().map(t -> t.replace('_', ' ')).collect(java.util.stream.Collectors.toSet());
        assertThat(TownLimit.read(description, GAZETTEER::namesLocalTown, Set.of("medway"))).isEqualTo(expected);
    }

    /**
     * Round 15's fresh wordings ({@code eligibility/towns-19.tsv}, written before the reader was
     * changed: 9 of 22 blind, 22 of 22 after): towns after words for the area a service covers
     * ("for the Strood area", "covering Gillingham &amp; Rainham"), a description that starts with its
     * towns ("Strood and surrounding villages"), and look-alikes that limit nothing.
     */
    @Test
    void readsTheRound15Wordings() throws java.io.IOException {
        java.util.List<String> misses = new java.util.ArrayList<>();
        try (var in = TownLimitTest.class.getResourceAsStream("/eligibility/towns-19.tsv")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                Set<String> expected = cells.length < 2 || cells[1].isBlank() ? Set.of() : Set.of(cells[1].split(";"));
                Set<String> read = TownLimit.read(cells[0], GAZETTEER::namesLocalTown, Set.of("medway"));
                if (!read.equals(expected)) {
                    misses.add(cells[0] + ": " + read);
                }
            }
        }
        assertThat(misses).isEmpty();
    }

    /**
     * Read once at import: {@link Eligibility#recorded} adds one {@value TownLimit#TAXONOMY_ID} term
     * per town, which {@link TownLimit#stored} gives back; recording twice changes nothing, and a
     * service that names no town, or no description, gets none.
     */
    @Test
    void theTownsAreRecordedOnceAtImport() {
        uk.lantern.directory.model.Service strood = uk.lantern.directory.model.Service.builder("t1", "Visits")
                .eligibilityDescription("For the Strood area.").build();
        uk.lantern.directory.model.Service recorded = Eligibility.recorded(strood);
        assertThat(TownLimit.stored(recorded)).containsExactly("strood");
        assertThat(TownLimit.stored(strood)).isEmpty();
        assertThat(Eligibility.recorded(recorded).otherTerms()).isEqualTo(recorded.otherTerms());
        assertThat(TownLimit.stored(Eligibility.recorded(uk.lantern.directory.model.Service.builder("t2", "Club")
                .eligibilityDescription("Open to all.").build()))).isEmpty();
        assertThat(TownLimit.stored(Eligibility.recorded(uk.lantern.directory.model.Service.builder("t3", "Club")
                .build()))).isEmpty();
    }

    /**
     * Round 16: each distinct description is read once per import and the reading kept; the service's own
     * areas are part of what is kept, so the same words limit a service whose area is Medway and not one
     * whose area is Strood itself, in either order.
     */
    @Test
    void aDescriptionReadBeforeIsReadAgainForAServiceWithOtherAreas() {
        String words = "Older people living in Strood or Rainham.";
        for (int round = 0; round < 2; round++) {
            uk.lantern.directory.model.Service medway = uk.lantern.directory.model.Service.builder("m" + round, "Visits")
                    .eligibilityDescription(words)
                    .serviceArea(new uk.lantern.directory.model.ServiceArea(null, "Medway", null)).build();
            uk.lantern.directory.model.Service strood = uk.lantern.directory.model.Service.builder("s" + round, "Visits")
                    .eligibilityDescription(words)
                    .serviceArea(new uk.lantern.directory.model.ServiceArea(null, "Strood", null)).build();
            assertThat(TownLimit.stored(Eligibility.recorded(medway))).containsExactly("strood", "rainham");
            assertThat(TownLimit.stored(Eligibility.recorded(strood))).containsExactly("rainham");
        }
    }
}
