package uk.lantern.directory.search;

import java.util.List;
import uk.lantern.directory.model.Service;

/**
 * A page of places (service_at_location records) of the services a search matched.
 *
 * @param slices      the services with places on this page, in search order
 * @param totalPlaces how many places every matching service has between them
 */
public record PlacesPage(List<Slice> slices, long totalPlaces) {
    public PlacesPage {
        slices = List.copyOf(slices);
    }

    /**
     * @param service    the service
     * @param first      index in {@code service.serviceAtLocations()} of its first place on the page
     * @param count      how many of its places are on the page
     */
    public record Slice(Service service, int first, int count) {
    }
}
