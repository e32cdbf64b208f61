package uk.lantern.directory.signpost;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fallback reading of {@code eligibility_description}, used only when a service has no eligibility attribute. */
class EligibilityTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Men aged 18 and over living in Medway.|[MEN]",
            "Women of any age living in Medway.|[WOMEN]",
            "Men and women of any age.|[]",
            "Anyone who feels lonely.|[]",
            "Unpaid carers of any age looking after someone in Medway.|[CARERS]",
            "People who have been bereaved in the last two years.|[BEREAVED]",
            "Blind and partially sighted people.|[SIGHT_LOSS]",
            "Deaf people and people who are hard of hearing.|[HEARING_LOSS]",
            "Older or disabled people in Gillingham who find it hard to leave home.|[]",
            "People aged 55 and over in Medway.|[]",
    })
    void readsGroupsFromTheDescription(String description, String groups) {
        assertThat(Eligibility.read(description).toString()).isEqualTo(groups);
    }
}
