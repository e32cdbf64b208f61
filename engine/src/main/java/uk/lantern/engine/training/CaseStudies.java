package uk.lantern.engine.training;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.engine.CompiledRules;
import uk.lantern.engine.RuleBaseException;

/** The case studies trainers teach with, in file order, from {@value #DEFAULT_PATH}. */
public final class CaseStudies {

    public static final String DEFAULT_PATH = "lantern/training/cases.json";

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String version;
    private final Map<String, CaseStudy> byId;

    private CaseStudies(String version, List<CaseStudy> cases) {
        this.version = version;
        Map<String, CaseStudy> map = new LinkedHashMap<>();
        for (CaseStudy c : cases) {
            if (c.id() == null || !ID.matcher(c.id()).matches()) {
                throw new IllegalArgumentException("Case id \"" + c.id() + "\" must be lower-case words joined by dashes");
            }
            if (map.put(c.id(), c) != null) {
                throw new IllegalArgumentException("Case " + c.id() + " is defined twice");
            }
        }
        this.byId = java.util.Collections.unmodifiableMap(map);
    }

    /** The cases the {@code rules} module ships. */
    public static CaseStudies load() {
        String json = CompiledRules.readResource(CaseStudies.class.getClassLoader(), DEFAULT_PATH);
        try {
            return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            throw new RuleBaseException("Cannot read " + DEFAULT_PATH + ": " + e.getMessage(), e);
        }
    }

    /** Reads a cases file ({@code {"version": ..., "cases": [...]}}); unknown fields are refused. */
    public static CaseStudies read(InputStream json) throws IOException {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        File file = mapper.readValue(json, File.class);
        return new CaseStudies(file.version(), file.cases());
    }

    private record File(String version, List<CaseStudy> cases) {
    }

    public String version() {
        return version;
    }

    public List<CaseStudy> all() {
        return List.copyOf(byId.values());
    }

    public Optional<CaseStudy> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }
}
