package uk.lantern.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lantern.directory.ShippedDirectory;
import uk.lantern.directory.geo.GeoPoint;
import uk.lantern.directory.model.CostOption;
import uk.lantern.directory.model.Delivery;
import uk.lantern.directory.model.Location;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.model.ServiceArea;
import uk.lantern.directory.model.ServiceAtLocation;
import uk.lantern.directory.model.TaxonomyTerm;

/**
 * The fields signposting's search reads (index layout 4): area and nation terms, the remote flag,
 * age limits, and each service's outline, for each kind of service and at each filter's boundary.
 */
class SignpostingFieldsTest {
    /** Centre of Chatham. */
    static final GeoPoint CHATHAM = new GeoPoint(51.3800, 0.5280);
    /** Degrees of latitude in one kilometre. */
    private static final double DEGREES_PER_KM = 1 / 111.195;

    @TempDir
    static Path dir;
    static ServiceIndex index;
    static ServiceSearch search;

    static final List<Service> SERVICES = List.of(
            venue("venue-9.9km", north(9.9)).serviceArea(area("Medway")).build(),
            venue("venue-10.2km", north(10.2)).build(),
            venue("venue-far-kent", north(40)).serviceArea(area("Kent")).build(),
            venue("venue-far-no-area", north(40)).build(),
            service("visits-brighton").delivery(Delivery.HOME_VISIT).serviceArea(area("Brighton & Hove"))
                    .serviceAtLocation(at(north(90))).build(),
            service("visits-england-based-far").delivery(Delivery.HOME_VISIT).serviceArea(area("England"))
                    .serviceAtLocation(at(north(200))).build(),
            service("phone-england").delivery(Delivery.TELEPHONE).serviceArea(area("England")).build(),
            service("online-wales").delivery(Delivery.ONLINE).serviceArea(area("Wales")).build(),
            service("phone-uk").delivery(Delivery.TELEPHONE).serviceArea(area("UK")).build(),
            service("phone-great-britain").delivery(Delivery.TELEPHONE).serviceArea(area("Great Britain")).build(),
            service("no-place-no-delivery-england").serviceArea(area("England")).build(),
            service("aged-50-to-65").delivery(Delivery.TELEPHONE).serviceArea(area("England")).minimumAge(50)
                    .maximumAge(65).build());

    @BeforeAll
    static void open() {
        index = ServiceIndex.open(dir, () -> SERVICES);
        search = new ServiceSearch(index);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static Service.Builder service(String id) {
        return Service.builder(id, "Service " + id).need("befriending");
    }

    private static Service.Builder venue(String id, GeoPoint point) {
        return service(id).delivery(Delivery.GROUP_VENUE).serviceAtLocation(at(point));
    }

    private static ServiceAtLocation at(GeoPoint point) {
        return new ServiceAtLocation("sal-" + point.latitude(), null,
                new Location("loc-" + point.latitude(), "Hall", null, null, point, List.of()));
    }

    private static ServiceArea area(String name) {
        return new ServiceArea(null, name, null);
    }

    private static GeoPoint north(double km) {
        return new GeoPoint(CHATHAM.latitude() + km * DEGREES_PER_KM, CHATHAM.longitude());
    }

    private static List<String> found(ServiceQuery.Builder q) {
        return search.outlines(q.need("befriending").pageSize(100).build()).stream().map(Service::id).sorted().toList();
    }

    @Test
    void aKnownPlaceFindsVenuesWithinTheRadiusAndServicesWhoseAreaOrNationCoversIt() {
        List<String> found = found(ServiceQuery.builder().near(CHATHAM).radiusKm(10)
                .coverage(new ServiceQuery.Coverage(Set.of("medway", "kent", "england"), "england", false)));
        assertThat(found).containsExactly("aged-50-to-65", "no-place-no-delivery-england", "phone-england",
                "phone-great-britain", "phone-uk", "venue-9.9km", "venue-far-kent", "visits-england-based-far");
    }

    @Test
    void anAreaNamedWithAnAmpersandCoversThePlaceNamedWithAnd() {
        assertThat(found(ServiceQuery.builder().near(CHATHAM).radiusKm(1)
                .coverage(new ServiceQuery.Coverage(Set.of("brighton and hove"), null, false))))
                .containsExactly("visits-brighton");
    }

    @Test
    void anAreaThatDoesNotCoverThePlaceIsNotFoundBeyondTheRadius() {
        assertThat(found(ServiceQuery.builder().near(CHATHAM).radiusKm(10)
                .coverage(new ServiceQuery.Coverage(Set.of("medway"), null, false))))
                .containsExactly("venue-9.9km");
    }

    @ParameterizedTest(name = "a place not known in {0} finds {1}")
    @CsvSource(delimiter = ';', value = {
        "england; aged-50-to-65,no-place-no-delivery-england,phone-england,phone-great-britain,phone-uk",
        "wales; online-wales,phone-great-britain,phone-uk",
        "northern ireland; phone-uk",
        "uk only; phone-uk"})
    void aPlaceNotKnownFindsOnlyRemoteServicesWhoseNationalAreaCoversItsNation(String nation, String ids) {
        assertThat(found(ServiceQuery.builder().coverage(new ServiceQuery.Coverage(Set.of(), nation, true))))
                .containsExactly(ids.split(","));
    }

    @ParameterizedTest(name = "age {0}: {1}")
    @CsvSource({"49, false", "50, true", "65, true", "66, false"})
    void ageLimitsAreInclusive(int age, boolean admitted) {
        List<String> found = found(ServiceQuery.builder().age(age)
                .coverage(new ServiceQuery.Coverage(Set.of(), "england", true)));
        assertThat(found.contains("aged-50-to-65")).isEqualTo(admitted);
        assertThat(found).contains("phone-england");
    }

    @Test
    void theOutlineHasEveryComponentSignpostingJudgesOnAndIsFreeExactlyWhenTheServiceIs() {
        for (Service s : ShippedDirectory.services()) {
            assertOutlineOf(s);
        }
        Service paid = service("paid").costOption(new CostOption("c1", "Session", new java.math.BigDecimal("3.50"),
                "GBP", null)).build();
        Service freeByFees = service("free-by-fees").feesDescription("Free of charge").build();
        Service terms = service("terms").eligibilityDescription("For carers").minimumAge(-1)
                .term(new TaxonomyTerm("carers", "carers", "for carers", "Recorded", "lantern-eligibility"))
                .term(new TaxonomyTerm(null, "transport_offered", null, null, null)).build();
        Service unknownCost = service("unknown-cost").build(); // round 16b: not paid, and not free
        for (Service s : List.of(paid, freeByFees, terms, unknownCost)) {
            assertOutlineOf(s);
        }
    }

    private static void assertOutlineOf(Service s) {
        Service o = ServiceOutline.read(ServiceOutline.write(s));
        assertThat(o.id()).isEqualTo(s.id());
        assertThat(o.name()).isEqualTo(s.name());
        assertThat(o.status()).isEqualTo(s.status());
        assertThat(o.minimumAge()).isEqualTo(s.minimumAge());
        assertThat(o.maximumAge()).isEqualTo(s.maximumAge());
        assertThat(o.eligibilityDescription()).isEqualTo(s.eligibilityDescription());
        assertThat(o.needs()).isEqualTo(s.needs());
        assertThat(o.deliveries()).isEqualTo(s.deliveries());
        assertThat(o.points()).as(s.id()).isEqualTo(s.points());
        assertThat(o.serviceAreas()).extracting(ServiceArea::name)
                .containsExactlyElementsOf(s.serviceAreas().stream().map(ServiceArea::name).toList());
        assertThat(o.otherTerms()).isEqualTo(s.otherTerms());
        assertThat(o.isFree()).as(s.id()).isEqualTo(s.isFree());
        assertThat(o.costKnown()).as(s.id()).isEqualTo(s.costKnown());
    }

    @Test
    void outlinesComeInSearchOrderAndMatchTheStoredServices() {
        ServiceQuery q = ServiceQuery.builder().need("befriending").near(CHATHAM).cannotTravel(true).pageSize(100)
                .build();
        List<Service> outlines = search.outlines(q);
        List<Service> stored = search.search(q).hits().stream().map(ServiceHit::service).toList();
        assertThat(outlines).extracting(Service::id).containsExactlyElementsOf(stored.stream().map(Service::id).toList());
        assertThat(search.wholeServices(outlines.stream().map(Service::id).toList())).isEqualTo(stored);
        assertThat(search.wholeServices(List.of("no-such-service", "phone-uk"))).extracting(Service::id)
                .containsExactly("phone-uk");
    }
}
