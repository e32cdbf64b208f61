package uk.lantern.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.lantern.directory.hsds.HsdsServiceWriter;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.taxonomy.NeedsTaxonomy;

class ShippedDirectoryTest {
    private final List<Service> services = ShippedDirectory.services();

    @Test
    void isMarkedAsSampleDataWithItsDate() throws Exception {
        try (InputStream in = getClass().getResourceAsStream(ShippedDirectory.RESOURCE)) {
            JsonNode root = HsdsServiceWriter.JSON.readTree(in);
            assertThat(root.get("sample_data").asBoolean()).isTrue();
            assertThat(root.get("sample_date").asString()).isEqualTo("2026-11-23");
        }
        // sample data is never stamped as assured, and each service says in its metadata that it is a sample
        assertThat(services).allSatisfy(s -> {
            assertThat(s.assuredDate()).isNull();
            assertThat(s.document().at("/metadata/0/last_action_type").asString()).isEqualTo("sample");
        });
    }

    @Test
    void everyNeedIsAnsweredByAtLeastOneService() {
        Set<String> answered = services.stream().flatMap(s -> s.needs().stream()).collect(Collectors.toSet());
        assertThat(answered).containsAll(NeedsTaxonomy.termIds());
    }

    @Test
    void everyServiceSaysWhatItHelpsWithAndHowItIsDelivered() {
        assertThat(services).allSatisfy(s -> {
            assertThat(s.needs()).isNotEmpty();
            assertThat(s.deliveries()).isNotEmpty();
            assertThat(s.description()).isNotBlank();
        });
    }

    @Test
    void includesTheMedwayServicesAndNationalLines() {
        assertThat(services).extracting(Service::name).contains(
                "Medway men's health group", "Gillingham befriending scheme", "Rochester befriending scheme",
                "Sports centre senior offer", "Library reading groups", "Information centre for over 55s, Chatham",
                "Support for carers in Medway", "Volunteering opportunities in Medway", "Flexi-care housing",
                "The Silver Line helpline", "Samaritans", "NHS 111");
        Service silverLine = services.stream().filter(s -> s.name().startsWith("The Silver Line")).findFirst().orElseThrow();
        assertThat(silverLine.phones().get(0).number()).isEqualTo("0800 4 70 80 90");
        assertThat(silverLine.isFree()).isTrue();
        Service samaritans = services.stream().filter(s -> s.name().equals("Samaritans")).findFirst().orElseThrow();
        assertThat(samaritans.phones().get(0).number()).isEqualTo("116 123");
    }

    @Test
    void medwayPlacesSitInMedway() {
        services.stream().filter(s -> s.serviceAreas().stream().anyMatch(a -> "Medway".equals(a.name())))
                .flatMap(s -> s.points().stream())
                .forEach(p -> {
                    assertThat(p.latitude()).isBetween(51.33, 51.45);
                    assertThat(p.longitude()).isBetween(0.45, 0.65);
                });
    }
}
