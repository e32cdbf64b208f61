package uk.lantern.web.signpost;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A relevance set: everyday requests, each with a place, and graded judgements of the sample
 * services for each. Read from a tab-separated file with {@code #} comments:
 * <pre>
 * R  request_id  request text  place (postcode, district, town, or -)
 * J  request_id  service_id    grade (3 exactly what was asked, 2 good fit, 1 partly; unlisted 0)
 * </pre>
 *
 * @param name     the file's name, for the report
 * @param requests in file order, each with its judgements
 */
record RelevanceSet(String name, List<Request> requests) {

    /**
     * One request.
     *
     * @param place  what the person gave as their place; null for {@code -}
     * @param grades service id to grade 1 to 3; any other service is 0
     */
    record Request(String id, String text, String place, Map<String, Integer> grades) {
        int grade(String serviceId) {
            return grades.getOrDefault(serviceId, 0);
        }
    }

    /**
     * Reads a set from the test class path.
     *
     * @throws IllegalArgumentException naming the line for a malformed line, a judgement of an unknown
     *                                  request, or a grade outside 0 to 3
     */
    static RelevanceSet read(String resource) throws IOException {
        try (InputStream in = RelevanceSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No relevance set at " + resource);
            }
            return parse(resource.substring(resource.lastIndexOf('/') + 1),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static RelevanceSet parse(String name, String text) {
        Map<String, String[]> requests = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String where = name + " line " + (i + 1);
            if (f.length != 4 || !(f[0].equals("R") || f[0].equals("J"))) {
                throw new IllegalArgumentException(where + ": expected R or J and three tab-separated fields");
            }
            if (f[0].equals("R")) {
                requests.put(f[1].strip(), new String[] {f[2].strip(), f[3].strip()});
                grades.put(f[1].strip(), new LinkedHashMap<>());
            } else {
                Map<String, Integer> of = grades.get(f[1].strip());
                if (of == null) {
                    throw new IllegalArgumentException(where + ": judgement of request " + f[1] + " before its R line");
                }
                int grade;
                try {
                    grade = Integer.parseInt(f[3].strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(where + ": grade must be 0 to 3", e);
                }
                if (grade < 0 || grade > 3) {
                    throw new IllegalArgumentException(where + ": grade must be 0 to 3");
                }
                of.put(f[2].strip(), grade);
            }
        }
        List<Request> out = new ArrayList<>();
        requests.forEach((id, r) -> out.add(new Request(id, r[0], "-".equals(r[1]) || r[1].isEmpty() ? null : r[1],
                Map.copyOf(grades.get(id)))));
        return new RelevanceSet(name, List.copyOf(out));
    }
}
