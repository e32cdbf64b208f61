package uk.lantern.directory.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import uk.lantern.directory.geo.GeoPoint;

/**
 * One service in the directory (HSDS {@code service}) with everything a person needs to decide
 * whether to use it. Needs and delivery are kept apart from other taxonomy terms because search
 * filters on them; on the wire they are all attributes.
 *
 * <p>{@code source} is the whole HSDS 3.0 service object the service was read from, with every
 * value the publisher sent, including those Lantern does not search on (accessibility, funding,
 * required documents, extensions, schedule details...), kept as its JSON bytes
 * ({@link ServiceDocument}); {@link #document()} gives it as a tree. It is what the database keeps
 * and what the ORUK API serves back, so nothing a council publishes is lost. The other components
 * are derived from it for search. It is null for services built in code or from the simple sheet,
 * which are written out from their components instead.
 */
public record Service(
        String id,
        String name,
        String description,
        String url,
        String email,
        ServiceStatus status,
        Organization organization,
        String eligibilityDescription,
        Integer minimumAge,
        Integer maximumAge,
        String feesDescription,
        LocalDate assuredDate,
        LocalDate lastModified,
        List<ServiceAtLocation> serviceAtLocations,
        List<String> needs,
        List<Delivery> deliveries,
        List<TaxonomyTerm> otherTerms,
        List<Phone> phones,
        List<Contact> contacts,
        List<Schedule> schedules,
        List<CostOption> costOptions,
        List<ServiceArea> serviceAreas,
        List<Language> languages,
        ServiceDocument source) {

    public Service {
        Objects.requireNonNull(id, "a service needs an id");
        Objects.requireNonNull(name, "a service needs a name");
        status = status == null ? ServiceStatus.ACTIVE : status;
        serviceAtLocations = copy(serviceAtLocations);
        needs = List.copyOf(new TreeSet<>(needs == null ? List.of() : needs));
        deliveries = deliveries == null || deliveries.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(deliveries));
        otherTerms = copy(otherTerms);
        phones = copy(phones);
        contacts = copy(contacts);
        schedules = copy(schedules);
        costOptions = copy(costOptions);
        serviceAreas = copy(serviceAreas);
        languages = copy(languages);
    }

    /**
     * The whole HSDS 3.0 object the service was read from, as a fresh tree the caller owns (each
     * call parses the stored bytes again: read it once per use); null for a service built in code
     * or from the simple sheet.
     */
    public JsonNode document() {
        return source == null ? null : source.tree();
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * This service with {@code extra} needs added and everything else, its source document
     * included, kept: needs a mapping derives from the council's own taxonomy terms.
     */
    public Service withNeeds(java.util.Collection<String> extra) {
        List<String> all = new ArrayList<>(needs);
        all.addAll(extra);
        return with(all, otherTerms);
    }

    /**
     * This service with {@code extra} taxonomy terms added and everything else, its source
     * document included, kept: terms Lantern records at import (who the service is for) are
     * written into the document as attributes by the writer.
     */
    public Service withTerms(java.util.Collection<TaxonomyTerm> extra) {
        List<TaxonomyTerm> all = new ArrayList<>(otherTerms);
        all.addAll(extra);
        return with(needs, all);
    }

    private Service with(List<String> newNeeds, List<TaxonomyTerm> newTerms) {
        return new Service(id, name, description, url, email, status, organization, eligibilityDescription,
                minimumAge, maximumAge, feesDescription, assuredDate, lastModified, serviceAtLocations, newNeeds,
                deliveries, newTerms, phones, contacts, schedules, costOptions, serviceAreas, languages, source);
    }

    public static Builder builder(String id, String name) {
        return new Builder(id, name);
    }

    /**
     * A builder with this service's components but not its source document: a changed component
     * would disagree with the document, so the changed service is written out from its components.
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, name);
        b.description = description;
        b.url = url;
        b.email = email;
        b.status = status;
        b.organization = organization;
        b.eligibilityDescription = eligibilityDescription;
        b.minimumAge = minimumAge;
        b.maximumAge = maximumAge;
        b.feesDescription = feesDescription;
        b.assuredDate = assuredDate;
        b.lastModified = lastModified;
        b.serviceAtLocations.addAll(serviceAtLocations);
        b.needs.addAll(needs);
        b.deliveries.addAll(deliveries);
        b.otherTerms.addAll(otherTerms);
        b.phones.addAll(phones);
        b.contacts.addAll(contacts);
        b.schedules.addAll(schedules);
        b.costOptions.addAll(costOptions);
        b.serviceAreas.addAll(serviceAreas);
        b.languages.addAll(languages);
        return b;
    }

    /** Points of every located place the service runs at. */
    public List<GeoPoint> points() {
        List<GeoPoint> points = new ArrayList<>();
        for (ServiceAtLocation sal : serviceAtLocations) {
            if (sal.location() != null && sal.location().point() != null) {
                points.add(sal.location().point());
            }
        }
        return points;
    }

    /** Home visits, telephone and online services reach people who cannot travel. */
    public boolean comesToPerson() {
        return deliveries.stream().anyMatch(Delivery::comesToPerson);
    }

    /**
     * Free when every cost option is zero, or when there are no cost options and the fees
     * description says free. An unknown cost is not treated as free, so "free only" never
     * surprises someone with a bill.
     */
    public boolean isFree() {
        if (!costOptions.isEmpty()) {
            return costOptions.stream().allMatch(CostOption::isFree);
        }
        return feesDescription != null && feesDescription.toLowerCase(Locale.ROOT).contains("free");
    }

    /**
     * True when the directory says anything about cost: a cost option or a fees description. A
     * service without either is of unknown cost, which is not the same as paid (round 16b, issue 13:
     * council services imported with no cost fields were dropped for someone whom cost keeps in).
     */
    public boolean costKnown() {
        return !costOptions.isEmpty() || feesDescription != null && !feesDescription.isBlank();
    }

    /** Days the service runs on, from all its schedules. */
    public Set<DayOfWeek> openDays() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        schedules.forEach(s -> days.addAll(s.days()));
        return days;
    }

    public boolean acceptsAge(int age) {
        return (minimumAge == null || age >= minimumAge) && (maximumAge == null || age <= maximumAge);
    }

    /** Collects fields while an importer or a test builds a service. */
    public static final class Builder {
        private final String id;
        private final String name;
        private String description;
        private String url;
        private String email;
        private ServiceStatus status = ServiceStatus.ACTIVE;
        private Organization organization;
        private String eligibilityDescription;
        private Integer minimumAge;
        private Integer maximumAge;
        private String feesDescription;
        private LocalDate assuredDate;
        private LocalDate lastModified;
        private final List<ServiceAtLocation> serviceAtLocations = new ArrayList<>();
        private final List<String> needs = new ArrayList<>();
        private final List<Delivery> deliveries = new ArrayList<>();
        private final List<TaxonomyTerm> otherTerms = new ArrayList<>();
        private final List<Phone> phones = new ArrayList<>();
        private final List<Contact> contacts = new ArrayList<>();
        private final List<Schedule> schedules = new ArrayList<>();
        private final List<CostOption> costOptions = new ArrayList<>();
        private final List<ServiceArea> serviceAreas = new ArrayList<>();
        private final List<Language> languages = new ArrayList<>();
        private JsonNode document;

        private Builder(String id, String name) {
            this.id = id;
            this.name = name;
        }

        public Builder description(String v) { description = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder email(String v) { email = v; return this; }
        public Builder status(ServiceStatus v) { status = v; return this; }
        public Builder organization(Organization v) { organization = v; return this; }
        public Builder eligibilityDescription(String v) { eligibilityDescription = v; return this; }
        public Builder minimumAge(Integer v) { minimumAge = v; return this; }
        public Builder maximumAge(Integer v) { maximumAge = v; return this; }
        public Builder feesDescription(String v) { feesDescription = v; return this; }
        public Builder assuredDate(LocalDate v) { assuredDate = v; return this; }
        public Builder lastModified(LocalDate v) { lastModified = v; return this; }
        public Builder serviceAtLocation(ServiceAtLocation v) { serviceAtLocations.add(v); return this; }
        public Builder need(String v) { needs.add(v); return this; }
        public Builder needs(List<String> v) { needs.addAll(v); return this; }
        public Builder delivery(Delivery v) { deliveries.add(v); return this; }
        public Builder term(TaxonomyTerm v) { otherTerms.add(v); return this; }
        public Builder phone(Phone v) { phones.add(v); return this; }
        public Builder contact(Contact v) { contacts.add(v); return this; }
        public Builder schedule(Schedule v) { schedules.add(v); return this; }
        public Builder costOption(CostOption v) { costOptions.add(v); return this; }
        public Builder serviceArea(ServiceArea v) { serviceAreas.add(v); return this; }
        public Builder language(Language v) { languages.add(v); return this; }
        public Builder document(JsonNode v) { document = v; return this; }

        public Builder clearNeeds() { needs.clear(); return this; }

        public Service build() {
            return new Service(id, name, description, url, email, status, organization, eligibilityDescription,
                    minimumAge, maximumAge, feesDescription, assuredDate, lastModified, serviceAtLocations, needs,
                    deliveries, otherTerms, phones, contacts, schedules, costOptions, serviceAreas, languages,
                    ServiceDocument.of(document)); // the node as it is once read: readers remove bad values first
        }
    }
}
