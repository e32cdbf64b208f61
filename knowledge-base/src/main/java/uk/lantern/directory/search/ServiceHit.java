package uk.lantern.directory.search;

import java.util.List;
import uk.lantern.directory.model.Service;

/**
 * One result: the service, its relevance score, the distance to its nearest place (absent when
 * no place was given or the service has none) and why it matched.
 */
public record ServiceHit(Service service, float score, Double distanceKm, List<MatchReason> reasons) {
    public ServiceHit {
        reasons = List.copyOf(reasons);
    }

    public Double distanceMiles() {
        return distanceKm == null ? null : distanceKm / uk.lantern.directory.geo.GeoPoint.KM_PER_MILE;
    }
}
