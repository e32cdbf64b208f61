package uk.lantern.directory.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of UK postcode districts: for each of the 124 postcode areas (Great Britain, Northern Ireland's BT and
 * the Crown dependencies' GY, JE and IM) the district numbers it uses, and the only districts written with a letter
 * after the number (central London's EC1A, W1A, SW1A and the like). Read from {@value #RESOURCE}, a shape table
 * compiled from Royal Mail's public district lists (its header names the source); it holds no postcodes, so a real
 * district outside the shipped tables ("SE28", "W14") is told apart from one that does not exist ("SE30", "W15").
 */
final class PostcodeDistricts {
    static final String RESOURCE = "/lantern/directory/postcode-districts.txt";
    private static final Pattern OUTWARD = Pattern.compile("([A-Z]{1,2})([0-9]{1,2})([A-Z]?)");
    private static final Map<String, Set<Integer>> NUMBERS = new HashMap<>();
    private static final Set<String> LETTERED = new HashSet<>();

    static {
        try (InputStream in = PostcodeDistricts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The postcode district table " + RESOURCE
                        + " is missing from the classpath; rebuild the knowledge-base module.");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.strip().split("\\s+");
                if (fields[0].equals("lettered")) {
                    LETTERED.addAll(Set.of(fields).stream().filter(f -> !f.equals("lettered")).toList());
                    continue;
                }
                Set<Integer> numbers = NUMBERS.computeIfAbsent(fields[0], a -> new HashSet<>());
                for (int i = 1; i < fields.length; i++) {
                    String[] range = fields[i].split("-");
                    int from = Integer.parseInt(range[0]);
                    int to = Integer.parseInt(range[range.length - 1]);
                    for (int n = from; n <= to; n++) {
                        numbers.add(n);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The postcode areas ("ME", "SW", "BT", "GY"): 124 of them. */
    static final Set<String> AREAS = Set.copyOf(NUMBERS.keySet());

    private PostcodeDistricts() {
    }

    /**
     * Whether an outward code in standard form is a district that exists: its area is one of the 124, its number one
     * the area uses, and a letter after the number only for the lettered central London districts ("SE28" and
     * "EC1A" yes; "SE30", "W15", "ME0", "G1R" no). A lettered district's number alone ("EC1", "W1", "SW1") exists too.
     */
    static boolean exists(String outward) {
        Matcher m = OUTWARD.matcher(outward);
        if (!m.matches()) {
            return false;
        }
        Set<Integer> numbers = NUMBERS.get(m.group(1));
        if (numbers == null || !numbers.contains(Integer.parseInt(m.group(2)))) {
            return false;
        }
        return m.group(3).isEmpty() || LETTERED.contains(outward);
    }
}
