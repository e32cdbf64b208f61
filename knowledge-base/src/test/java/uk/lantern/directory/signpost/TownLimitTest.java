package uk.lantern.directory.signpost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
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
}
