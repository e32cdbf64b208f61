package uk.lantern.directory.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NeedsTaxonomyTest {

    @Test
    void holdsExactlyTheNeedsSharedWithTheRuleBase() {
        assertThat(NeedsTaxonomy.termIds()).containsExactly(
                "befriending", "telephone_befriending", "community_navigators", "social_groups", "mens_groups",
                "transport", "carers_support", "bereavement_support", "warmth_income", "sensory_support",
                "mental_health", "digital_skills", "physical_activity", "volunteering", "information_advice");
    }

    @Test
    void everyTermHasALabelADescriptionAndTheTaxonomyId() {
        assertThat(NeedsTaxonomy.terms()).allSatisfy(term -> {
            assertThat(term.name()).isNotBlank();
            assertThat(term.description()).isNotBlank();
            assertThat(term.taxonomyId()).isEqualTo("lantern-needs");
            assertThat(term.code()).isEqualTo(term.id());
        });
    }

    @Test
    void unknownTermsAreReportedAsAbsent() {
        assertThat(NeedsTaxonomy.contains("knitting")).isFalse();
        assertThat(NeedsTaxonomy.label("transport")).isEqualTo("Transport");
    }
}
