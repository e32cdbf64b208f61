package uk.lantern.directory.geo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a CSV in the ONS Postcode Directory layout with made-up but plausible postcodes, for tests
 * and the postcode benchmark; never committed. The header is the ONSPD record specification's
 * column list (ONS Postcode Directory User Guide, Office for National Statistics, 2024 editions,
 * "Record specification"), written from the guide as the authors know it: the loader reads columns
 * by name, and {@code pcd}, {@code pcd2}, {@code pcds}, {@code dointr}, {@code doterm}, {@code lat}
 * and {@code long} are where the guide puts them.
 *
 * <p>Postcodes use the real postcode areas ({@link PlaceWords#AREAS}) with districts numbered from 1
 * (London's central areas also get lettered districts such as SW1A); each postcode is a sector digit
 * and two letters from the 20 Royal Mail uses for inward codes. About a quarter are terminated (as in
 * the real file) and 1 row in 200 has no grid reference (latitude 99.999999).
 */
public final class SyntheticOnspd {
    public static final String HEADER = "pcd,pcd2,pcds,dointr,doterm,oscty,ced,oslaua,osward,parish,usertype,"
            + "oseast1m,osnrth1m,osgrdind,oshlthau,nhser,ctry,rgn,streg,pcon,eer,teclec,ttwa,pct,itl,statsward,oa01,"
            + "casward,npark,lsoa01,msoa01,ur01ind,oac01,oa11,lsoa11,msoa11,wz11,sicbl,bua24,ru11ind,oac11,lat,long,"
            + "lep1,lep2,pfa,imd,calncv,icb,oa21,lsoa21,msoa21";
    /** Letters Royal Mail uses in the last two places of a postcode. */
    static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    /** What was written: a sample of the postcodes with a point and the counts. */
    public record Written(List<String> sample, long rows, long gridless, long terminated) {}

    private SyntheticOnspd() {
    }

    /**
     * Writes about {@code rows} rows (the districts divide them evenly) to {@code csv}, keeping every
     * {@code sampleEvery}-th postcode with a point in the sample.
     */
    public static Written write(Path csv, int rows, int sampleEvery, long seed) throws IOException {
        Random random = new Random(seed);
        List<String> districts = districts(random);
        int perDistrict = Math.max(1, Math.min(10 * INWARD_LETTERS.length() * INWARD_LETTERS.length(),
                (rows + districts.size() - 1) / districts.size()));
        List<String> sample = new ArrayList<>();
        long written = 0;
        long gridless = 0;
        long terminated = 0;
        StringBuilder row = new StringBuilder(512);
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (String outward : districts) {
                double lat = 50.1 + random.nextDouble() * 8.4;
                double lon = -5.5 + random.nextDouble() * 7.2;
                int code = 0;
                // spread the district's postcodes over its sectors as Royal Mail does, in order
                int stride = Math.max(1, 4000 / perDistrict);
                for (int i = 0; i < perDistrict && written < rows; i++, code += stride) {
                    int sector = code / 400 % 10;
                    String inward = "" + sector + INWARD_LETTERS.charAt(code / 20 % 20) + INWARD_LETTERS.charAt(code % 20);
                    boolean noGrid = random.nextInt(200) == 0;
                    boolean ended = !noGrid && random.nextInt(4) == 0;
                    double pLat = lat + random.nextGaussian() * 0.01;
                    double pLon = lon + random.nextGaussian() * 0.015;
                    row.setLength(0);
                    row(row, outward, inward, ended, noGrid, pLat, pLon, random);
                    out.append(row);
                    written++;
                    gridless += noGrid ? 1 : 0;
                    terminated += ended ? 1 : 0;
                    if (!noGrid && written % sampleEvery == 0) {
                        sample.add(outward + " " + inward);
                    }
                }
            }
        }
        return new Written(sample, written, gridless, terminated);
    }

    private static List<String> districts(Random random) {
        List<String> districts = new ArrayList<>();
        for (String area : PlaceWords.AREAS.stream().sorted().toList()) {
            int count = 10 + random.nextInt(36);
            for (int n = 1; n <= count; n++) {
                districts.add(area + n);
            }
            if (List.of("EC", "SW", "W", "WC", "E", "N", "NW", "SE").contains(area)) {
                for (char letter : "ABCDEFGHJKMNPRSTUVWXY".toCharArray()) {
                    districts.add(area + "1" + letter);
                }
            }
        }
        return districts;
    }

    private static void row(StringBuilder row, String outward, String inward, boolean ended, boolean noGrid,
            double lat, double lon, Random random) {
        String pcd = (outward + "    ").substring(0, 4) + inward;
        String pcd2 = (outward + "     ").substring(0, 5) + inward;
        int la = 35 + random.nextInt(300);
        quoted(row, pcd).append(',');
        quoted(row, pcd2).append(',');
        quoted(row, outward + " " + inward).append(',');
        quoted(row, "19" + (80 + random.nextInt(20)) + "01").append(',');
        quoted(row, ended ? "20" + (10 + random.nextInt(14)) + "06" : "").append(',');
        quoted(row, "E10000016").append(',');
        quoted(row, "E58000" + (700 + la)).append(',');
        quoted(row, "E06000" + la).append(',');
        quoted(row, "E0500" + (2000 + random.nextInt(8000))).append(',');
        quoted(row, "E43000" + (100 + random.nextInt(800))).append(',');
        row.append(random.nextInt(10) == 0 ? 1 : 0).append(',');
        quoted(row, noGrid ? "" : String.valueOf(100000 + random.nextInt(550000))).append(',');
        quoted(row, noGrid ? "" : String.valueOf(10000 + random.nextInt(1200000))).append(',');
        row.append(noGrid ? 9 : 1).append(',');
        for (String filler : new String[] {"E18000008", "E40000005", "E92000001", "E12000008"}) {
            quoted(row, filler).append(',');
        }
        row.append(0).append(',');
        for (String filler : new String[] {"E14000616", "E15000008", "E24000017", "E30000171", "E16000083",
            "E06000035", "00LCGE", "00LCGE0001", "00LCGE", "E99999999", "E01016081", "E02003331", "A", "3B1",
            "E00123456", "E01012345", "E02002345", "E33012345", "E38000087", "E34004567", "C1", "6A1"}) {
            quoted(row, filler).append(',');
        }
        if (noGrid) {
            row.append("99.999999,0.000000,");
        } else {
            degrees(row, lat).append(',');
            degrees(row, lon).append(',');
        }
        for (String filler : new String[] {"E37000025", "", "E23000032", String.valueOf(1 + random.nextInt(32844)),
            "E56000012", "E54000032", "E00000" + (100 + random.nextInt(900)), "E01000" + (100 + random.nextInt(900))}) {
            quoted(row, filler).append(',');
        }
        quoted(row, "E02000" + (100 + random.nextInt(900))).append('\n');
    }

    /** Six decimals, as ONS writes them, without the cost of a formatter for millions of rows. */
    private static StringBuilder degrees(StringBuilder row, double value) {
        long micro = Math.round(Math.abs(value) * 1e6);
        String fraction = String.valueOf(1_000_000 + micro % 1_000_000).substring(1);
        return row.append(value < 0 ? "-" : "").append(micro / 1_000_000).append('.').append(fraction);
    }

    private static StringBuilder quoted(StringBuilder row, String value) {
        return row.append('"').append(value).append('"');
    }
}
