package uk.lantern.directory.geo;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import uk.lantern.directory.csv.CsvReader;

/**
 * Reads the ONS Postcode Directory (ONSPD) CSV: the postcode from {@code pcds}, or failing that
 * {@code pcd}/{@code pcd7}, and the point from {@code lat}/{@code long}. Rows without a grid
 * reference (ONS writes latitude 99.999999 for those) and unreadable rows are counted and skipped.
 */
public final class OnsPostcodeDirectory {
    /** ONS marks postcodes without a grid reference with this latitude. */
    private static final double NO_GRID_REFERENCE_LATITUDE = 99.0;

    final Map<String, GeoPoint> points;
    private final int skipped;

    private OnsPostcodeDirectory(Map<String, GeoPoint> points, int skipped) {
        this.points = points;
        this.skipped = skipped;
    }

    public static OnsPostcodeDirectory read(Path csv) {
        Map<String, GeoPoint> points = new HashMap<>();
        int[] skipped = {0};
        CsvReader.forEachRecord(csv, record -> {
            if (!record.has("lat") || !record.has("long")) {
                throw new IllegalArgumentException(csv + " has no lat and long columns; expected an ONS Postcode"
                        + " Directory CSV with pcds (or pcd/pcd7), lat and long.");
            }
            String code = record.get("pcds");
            if (code == null) {
                code = record.get("pcd");
            }
            if (code == null) {
                code = record.get("pcd7");
            }
            String lat = record.get("lat");
            boolean gridless = lat != null && lat.startsWith("99.") && parsesAbove(lat, NO_GRID_REFERENCE_LATITUDE);
            if (gridless || !Gazetteer.put(points, code, lat, record.get("long"))) {
                skipped[0]++;
            }
        });
        return new OnsPostcodeDirectory(points, skipped[0]);
    }

    private static boolean parsesAbove(String value, double limit) {
        try {
            return Double.parseDouble(value) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public int size() {
        return points.size();
    }

    /** Rows left out because they had no usable postcode or point. */
    public int skipped() {
        return skipped;
    }

    public Gazetteer asGazetteer() {
        return new Gazetteer(new HashMap<>(points));
    }
}
