package uk.lantern.rules.golden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One golden case: a whole screening of a realistic person and the result worked out by hand from
 * the catalogue and the DRL. The files live under {@value #LOCATION} on the test classpath, one
 * case per file, named so that they sort in a sensible order.
 *
 * @param name     short name, used as the test's display name
 * @param story    one line about who the person is
 * @param answers  the complete answers, exactly as a client would send them
 * @param expected the hand-computed result
 * @param file     the file it came from (set by the loader)
 */
public record GoldenCase(String name, String story, Map<String, Object> answers, Expected expected, String file) {

    public static final String LOCATION = "golden";

    /**
     * The expected result.
     *
     * @param band           low, moderate or high
     * @param score          total points
     * @param urgent         whether the urgent flag is raised
     * @param urgentConcerns the safeguarding concern ids raised (a set)
     * @param factors        the factor ids found (a set)
     * @param needs          the need ids raised (a set)
     * @param measures       by measure id; {@code ageuk_often_lonely} only from age 65
     * @param working        the hand working, for the reader: not asserted
     * @param bandFloors     the band floors that apply, strongest first; null when the case does not say
     * @param notComputed    the measures not computed; null when the case does not say (then only the
     *                       Age UK model, and only under 65)
     */
    public record Expected(
            String band,
            int score,
            boolean urgent,
            List<String> urgentConcerns,
            List<String> factors,
            List<String> needs,
            Map<String, ExpectedMeasure> measures,
            String working,
            List<String> bandFloors,
            List<String> notComputed) {
    }

    /**
     * A measure's expected value. Counts and categories give {@code value} and an
     * {@code interpretation} code from the catalogue; the Age UK model gives its summed
     * {@code logOdds} and the {@code probability} rounded to two decimals.
     */
    public record ExpectedMeasure(Double value, String interpretation, Double logOdds, Double probability) {
    }

    @Override
    public String toString() {
        return name;
    }

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Every golden case, sorted by file name. Works from a folder or from the rules test-jar. */
    public static List<GoldenCase> all() {
        URL url = GoldenCase.class.getClassLoader().getResource(LOCATION);
        if (url == null) {
            throw new IllegalStateException("No " + LOCATION + "/ folder on the test classpath");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                }
                return read(jar.provider().getPath(uri));
            }
            return read(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<GoldenCase> read(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<GoldenCase> cases = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                GoldenCase c = MAPPER.readValue(in, GoldenCase.class);
                cases.add(new GoldenCase(c.name(), c.story(), c.answers(), c.expected(),
                        file.getFileName().toString()));
            } catch (RuntimeException e) {
                throw new IllegalStateException("Cannot read golden case " + file + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(cases);
    }
}
