package uk.lantern.directory.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.lantern.directory.geo.Gazetteer;
import uk.lantern.directory.geo.PlaceLookup;
import uk.lantern.directory.geo.Postcode;
import uk.lantern.directory.hsds.FieldProblems;
import uk.lantern.directory.hsds.HsdsServiceReader;
import uk.lantern.directory.model.Service;

/**
 * Places physical locations that came with a postcode but no latitude and longitude, which many
 * council feeds publish: the gazetteer gives the postcode's point (or its district's centre), the
 * location gets {@code latitude} and {@code longitude}, and an HSDS {@code metadata} entry for each
 * says it was derived, from which postcode and how precisely, so nobody mistakes it for the
 * publisher's own value. A postcode the gazetteer cannot place is an import problem, never silence:
 * the service would otherwise be missing from every search near the person.
 *
 * <p>A location whose latitude or longitude is off the globe (a warning from {@link HsdsServiceReader})
 * keeps those values exactly as sent; when it has a postcode the gazetteer places, only the two
 * {@code metadata} entries are added, and the reader takes the location's point from them. One
 * whose postcode cannot be placed is not placed, and a second warning says so; one with no postcode
 * is not placed either (the reader's warning says its point is not used).
 */
public final class PostcodePlacement {
    /** {@code last_action_type} of the metadata entries this step adds. */
    public static final String DERIVED = "derived";
    private static final FieldProblems ALREADY_REPORTED = (record, field, message) -> { };

    private PostcodePlacement() {
    }

    /** The report with every postcode-only location placed, and a problem for each that could not be. */
    public static ImportReport place(ImportReport report, Gazetteer gazetteer) {
        List<ImportProblem> problems = new ArrayList<>(report.problems());
        List<Service> services = new ArrayList<>(report.services().size());
        for (Service s : report.services()) {
            services.add(place(s, gazetteer, report.source(), problems));
        }
        return new ImportReport(report.source(), services, problems);
    }

    private static Service place(Service s, Gazetteer gazetteer, String source, List<ImportProblem> problems) {
        if (everyLocationHasAPoint(s)) {
            // Nothing to place, so the record is not parsed: most services of a council's feed have their
            // points, and parsing each record again was a second pass over the whole file at every import.
            return s;
        }
        JsonNode document = s.document(); // a fresh tree each call: read it once
        JsonNode sals = document == null ? null : document.get("service_at_locations");
        if (sals == null || !sals.isArray()) {
            return s; // services from the simple sheet were placed as they were read
        }
        ObjectNode changed = null;
        for (int i = 0; i < sals.size(); i++) {
            JsonNode location = sals.get(i).get("location");
            boolean offTheGlobe = offTheGlobe(location) && !HsdsServiceReader.hasDerivedPoint(location);
            String postcode = offTheGlobe ? postcode(location) : postcodeOnly(location);
            String field = "service_at_locations[" + i + "].location";
            if (postcode == null) {
                continue; // off the globe with no postcode: the reader's warning already says the point is not used
            }
            PlaceLookup place = Postcode.parse(postcode).isPresent() ? gazetteer.lookup(postcode) : null;
            if (offTheGlobe && !(place instanceof PlaceLookup.Found)) {
                problems.add(new ImportProblem(source, s.id(), field, NOT_PLACED
                        + "the gazetteer could not place its postcode", true));
                continue;
            }
            if (!(place instanceof PlaceLookup.Found found)) {
                problems.add(new ImportProblem(source, s.id(), field, "the location has a postcode but no latitude"
                        + " and longitude, and the gazetteer could not place the postcode; the service was imported"
                        + " without a place on the map, so searches near a person will not find it there"));
                continue;
            }
            if (changed == null) {
                changed = (ObjectNode) document.deepCopy(); // the locations above are still read as sent
            }
            ObjectNode target = (ObjectNode) changed.get("service_at_locations").get(i).get("location");
            java.util.Map<String, Double> derived = java.util.Map.of("latitude", found.point().latitude(),
                    "longitude", found.point().longitude());
            if (offTheGlobe) {
                // the publisher's values stay as sent; the point comes from the metadata entries below
                problems.add(new ImportProblem(source, s.id(), field, "the location's point off the globe is not"
                        + " used; it is placed from its postcode " + found.postcode().text() + " instead", true));
            } else {
                target.put("latitude", derived.get("latitude"));
                target.put("longitude", derived.get("longitude"));
            }
            String how = "placed by Lantern's gazetteer from postcode " + found.postcode().text()
                    + (found.precision() == PlaceLookup.Precision.POSTCODE ? "" : " (the centre of its district "
                            + found.postcode().outward() + ")");
            ArrayNode metadata = target.has("metadata") && target.get("metadata").isArray()
                    ? (ArrayNode) target.get("metadata") : target.putArray("metadata");
            for (String coordinate : new String[] {"latitude", "longitude"}) {
                ObjectNode m = metadata.addObject();
                m.put("id", target.path("id").asString(s.id() + "-location-" + i) + "-" + coordinate + "-derived");
                if (target.has("id")) {
                    m.put("resource_id", target.get("id").asString());
                }
                m.put("resource_type", "location");
                m.put("last_action_date", LocalDate.now().toString());
                m.put("last_action_type", DERIVED);
                m.put("field_name", coordinate);
                // off the globe, the value as sent is kept in its field; the entry names it as the one not used
                m.put("previous_value", offTheGlobe ? target.get(coordinate).asString() : "");
                m.put("replacement_value", String.valueOf(derived.get(coordinate)));
                m.put("updated_by", how);
            }
        }
        if (changed == null) {
            return s;
        }
        return new HsdsServiceReader(ALREADY_REPORTED).read(changed, s.id(), null).orElse(s);
    }

    /**
     * True when the reader gave every location of the service a point. Only a location without one can
     * be placed here (a postcode and no latitude and longitude, or a point off the globe not yet placed),
     * and the reader keeps a location for every service_at_location that has a location object.
     */
    private static boolean everyLocationHasAPoint(Service s) {
        return s.serviceAtLocations().stream().allMatch(sal -> sal.location() != null && sal.location().point() != null);
    }

    /** The start of the warning for a location off the globe that could not be placed from its postcode. */
    private static final String NOT_PLACED = "the location's point is off the globe and is not used, and the location"
            + " is not placed on the map because ";

    /** Whether the location has a latitude and longitude that are numbers but not a point on the globe. */
    private static boolean offTheGlobe(JsonNode location) {
        if (location == null || !location.isObject()) {
            return false;
        }
        JsonNode lat = location.get("latitude");
        JsonNode lon = location.get("longitude");
        return lat != null && lon != null && lat.isNumber() && lon.isNumber()
                && (Math.abs(lat.asDouble()) > 90 || Math.abs(lon.asDouble()) > 180);
    }

    /** The first postcode among a location's addresses; null when it has none. */
    private static String postcode(JsonNode location) {
        for (JsonNode address : location.path("addresses")) {
            String postcode = address.path("postal_code").asString("").trim();
            if (!postcode.isEmpty()) {
                return postcode;
            }
        }
        return null;
    }

    /** The postcode of a physical location that has no latitude and longitude; null otherwise. */
    private static String postcodeOnly(JsonNode location) {
        if (location == null || !location.isObject() || location.has("latitude") && location.has("longitude")) {
            return null;
        }
        String type = location.path("location_type").asString("physical");
        if (!"physical".equals(type)) {
            return null;
        }
        for (JsonNode address : location.path("addresses")) {
            String postcode = address.path("postal_code").asString("").trim();
            if (!postcode.isEmpty()) {
                return postcode;
            }
        }
        return null;
    }
}
