package uk.lantern.directory.model;

import java.util.List;
import uk.lantern.directory.geo.GeoPoint;

/** A place where a service runs; {@code point} is absent when the location has no coordinates. */
public record Location(String id, String name, String description, String locationType, GeoPoint point,
                       List<Address> addresses) {
    public Location {
        addresses = List.copyOf(addresses == null ? List.of() : addresses);
    }

    /** The first address's postcode, if any, for display. */
    public String postcode() {
        return addresses.stream().map(Address::postalCode).filter(p -> p != null && !p.isBlank())
                .findFirst().orElse(null);
    }
}
