package uk.lantern.engine.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.engine.Band;

/**
 * The rule base's reference content: every factor, measure, need, band, band floor and safeguarding concern
 * the rules can produce, with its wording and evidence, and the DRL files that make up the rules.
 */
public final class Catalogue {

    private final String version;
    private final List<String> ruleFiles;
    private final Map<String, FactorEntry> factors;
    private final Map<String, MeasureEntry> measures;
    private final Map<String, NeedEntry> needs;
    private final Map<String, SafeguardingEntry> safeguarding;
    private final Map<Band, BandEntry> bands;
    private final Map<String, BandFloorEntry> bandFloors;

    private Catalogue(File file) {
        this.version = file.version();
        this.ruleFiles = List.copyOf(file.ruleFiles());
        this.factors = index(file.factors(), FactorEntry::id, "factor");
        this.measures = index(file.measures(), MeasureEntry::id, "measure");
        this.needs = index(file.needs(), NeedEntry::id, "need");
        this.safeguarding = index(file.safeguarding(), SafeguardingEntry::id, "safeguarding concern");
        this.bands = index(file.bands(), BandEntry::band, "band");
        this.bandFloors = index(file.bandFloors() == null ? List.of() : file.bandFloors(), BandFloorEntry::id,
                "band floor");
        for (SafeguardingEntry concern : safeguarding.values()) {
            uk.lantern.engine.safeguarding.Help.ofLabel(concern.help());
        }
        for (FactorEntry factor : factors.values()) {
            for (String need : factor.needs()) {
                if (!needs.containsKey(need)) {
                    throw new IllegalArgumentException("Factor " + factor.id() + " raises need " + need
                            + ", which the catalogue does not define");
                }
            }
        }
    }

    public static Catalogue read(InputStream json) throws IOException {
        JsonMapper mapper = JsonMapper.builder()
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        return new Catalogue(mapper.readValue(json, File.class));
    }

    private record File(
            String version,
            List<String> ruleFiles,
            List<BandEntry> bands,
            List<BandFloorEntry> bandFloors,
            List<FactorEntry> factors,
            List<MeasureEntry> measures,
            List<NeedEntry> needs,
            List<SafeguardingEntry> safeguarding) {
    }

    private static <K, V> Map<K, V> index(List<V> entries, Function<V, K> key, String kind) {
        Map<K, V> map = new LinkedHashMap<>();
        for (V entry : entries) {
            if (map.put(key.apply(entry), entry) != null) {
                throw new IllegalArgumentException("The catalogue defines " + kind + " " + key.apply(entry) + " twice");
            }
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    public String version() {
        return version;
    }

    public List<String> ruleFiles() {
        return ruleFiles;
    }

    public Map<String, FactorEntry> factors() {
        return factors;
    }

    public Map<String, MeasureEntry> measures() {
        return measures;
    }

    public Map<String, NeedEntry> needs() {
        return needs;
    }

    public Map<String, SafeguardingEntry> safeguarding() {
        return safeguarding;
    }

    public Map<Band, BandEntry> bands() {
        return bands;
    }

    /** Minimum bands set by what was measured, in the catalogue's order. */
    public Map<String, BandFloorEntry> bandFloors() {
        return bandFloors;
    }

    public Optional<FactorEntry> factor(String id) {
        return Optional.ofNullable(factors.get(id));
    }
}
