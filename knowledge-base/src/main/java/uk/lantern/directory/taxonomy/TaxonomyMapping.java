package uk.lantern.directory.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.model.TaxonomyTerm;
import uk.lantern.directory.signpost.Eligibility;

/**
 * Maps terms of councils' own taxonomies (for example the LGA service types or Open Eligibility)
 * to Lantern's needs, so a council's services are found by the needs a screening raises even
 * when the council never tagged them with {@code lantern-needs} terms.
 *
 * <p>The mapping is CSV with the header {@code taxonomy,term,need,note}: one row maps one term to
 * one need. {@code taxonomy} is the term's taxonomy as the feed names it (its id or name), or
 * {@code *} for any taxonomy; {@code term} is matched against the term's id, code and name;
 * both are compared without regard to case, surrounding spaces or runs of spaces within.
 * {@code need} is a term id of {@link NeedsTaxonomy}; {@code note} is free text for people
 * (where the row came from). Lines starting with {@code #} are comments. A term may map to
 * several needs (several rows).
 *
 * <p>LGA service types (the Local Government Association's Local Government Service List,
 * published through esd standards) are matched by their identifier in every form feeds use: the
 * bare number ({@code 328}) or its URI ({@code http://id.esd.org.uk/service/328}, with or
 * without a trailing slash, http or https), on either side: a row may give either form and a
 * term may carry either in its id or code. The taxonomy names {@value #LGA_TAXONOMY} and
 * {@code esd} mean the same list, and a term whose id or code is such a URI is taken to be in
 * that list whatever taxonomy the feed names.
 *
 * <p>Immutable and thread-safe. The stored HSDS record is never changed: the mapped needs are
 * added to the services Lantern searches, so changing the mapping only needs the index rebuilt.
 */
public final class TaxonomyMapping {
    /** The mapping shipped with Lantern, used until an admin saves their own. */
    public static final String SHIPPED_RESOURCE = "/lantern/directory/taxonomy-mapping.csv";
    /** The largest mapping accepted, in characters (the database column's size). */
    public static final int MAX_CHARS = 200_000;
    static final List<String> HEADER = List.of("taxonomy", "term", "need", "note");
    /** The taxonomy name ORUK feeds give the LGA service types; {@code esd} is taken as the same. */
    public static final String LGA_TAXONOMY = "esdServiceTypes";
    private static final String LGA_KEY = LGA_TAXONOMY.toLowerCase(Locale.ROOT);
    private static final Set<String> LGA_TAXONOMY_KEYS = Set.of(LGA_KEY, "esd");
    /** An LGA service type's URI; group 1 is its identifier. */
    private static final Pattern LGA_SERVICE_URI = Pattern.compile("https?://id\\.esd\\.org\\.uk/service/(\\d+)/?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String ANY = "*";
    private static final java.util.regex.Pattern NOT_A_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    /** One row of the mapping. */
    public record Row(String taxonomy, String term, String need, String note) {
    }

    /** A line of a mapping that cannot be used. {@code line} is 1-based; 0 for the whole text. */
    public record Problem(long line, String message) {
    }

    /** A mapping that failed validation; nothing in it was used. */
    public static final class InvalidMappingException extends IllegalArgumentException {
        private final transient List<Problem> problems;

        InvalidMappingException(List<Problem> problems) {
            super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in the taxonomy mapping");
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** A council term seen in the directory that no row maps, with how many services carry it. */
    public record UnmappedTerm(String taxonomy, String id, String name, int services) {
        /**
         * The taxonomy as a person reads it: the LGA service types as {@value #LGA_LABEL}, with the
         * short name a mapping row may use; any other taxonomy as the feed named it (round 14).
         */
        public String taxonomyLabel() {
            return LGA_KEY.equals(taxonomyKey(taxonomy)) ? LGA_LABEL : taxonomy;
        }
    }

    /** How the LGA service types are shown to admins; "esd" is also a name a mapping row can give them. */
    public static final String LGA_LABEL = "LGA service types (esd)";

    private final String csv;
    private final List<Row> rows;
    /** taxonomy (lower case, or "*") then term key (lower case) to needs. */
    private final Map<String, Map<String, Set<String>>> byTaxonomy = new HashMap<>();

    private TaxonomyMapping(String csv, List<Row> rows) {
        this.csv = csv;
        this.rows = List.copyOf(rows);
        for (Row row : rows) {
            byTaxonomy.computeIfAbsent(taxonomyKey(row.taxonomy()), t -> new HashMap<>())
                    .computeIfAbsent(termKey(row.term()), t -> new LinkedHashSet<>()).add(row.need());
        }
    }

    /** The mapping shipped with Lantern ({@value #SHIPPED_RESOURCE}). */
    public static TaxonomyMapping shipped() {
        try (InputStream in = TaxonomyMapping.class.getResourceAsStream(SHIPPED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED_RESOURCE + " is missing from the build");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads and validates a mapping.
     *
     * @throws InvalidMappingException listing every problem (line and message) when any row is unusable
     */
    public static TaxonomyMapping parse(String csv) {
        Objects.requireNonNull(csv, "csv");
        List<Problem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        if (csv.length() > MAX_CHARS) {
            throw new InvalidMappingException(List.of(new Problem(0, "The mapping is " + csv.length()
                    + " characters long; it may be at most " + MAX_CHARS + ".")));
        }
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            boolean header = true;
            Set<String> seen = new java.util.HashSet<>();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (header) {
                    header = false;
                    List<String> names = record.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
                    if (!names.equals(HEADER) && !names.equals(HEADER.subList(0, 3))) {
                        problems.add(new Problem(line, "The first line must be the header \"taxonomy,term,need,note\"."));
                        break;
                    }
                    continue;
                }
                row(record, line, seen, problems).ifPresent(rows::add);
            }
            if (header) {
                problems.add(new Problem(0, "The mapping is empty; it needs the header \"taxonomy,term,need,note\"."));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(new Problem(0, "The mapping is not valid CSV (check the double quotes)."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidMappingException(problems);
        }
        return new TaxonomyMapping(csv, rows);
    }

    private static java.util.Optional<Row> row(CSVRecord record, long line, Set<String> seen, List<Problem> problems) {
        if (record.size() < 3 || record.size() > 4) {
            problems.add(new Problem(line, "Line " + line + " has " + record.size() + " value"
                    + (record.size() == 1 ? "" : "s") + "; give taxonomy, term, need and an optional note."));
            return java.util.Optional.empty();
        }
        String taxonomy = record.get(0);
        String term = record.get(1);
        String need = record.get(2);
        String note = record.size() == 4 ? record.get(3) : "";
        int before = problems.size();
        if (taxonomy.isEmpty()) {
            problems.add(new Problem(line, "Line " + line + " names no taxonomy; give its id or name, or * for any."));
        }
        if (term.isEmpty()) {
            problems.add(new Problem(line, "Line " + line + " names no term."));
        }
        if (!NeedsTaxonomy.contains(need)) {
            problems.add(new Problem(line, "Line " + line + ": \"" + clip(need) + "\" is not one of Lantern's needs; use one of "
                    + String.join(", ", NeedsTaxonomy.termIds()) + "."));
        }
        if (problems.size() == before && !seen.add(taxonomyKey(taxonomy) + "\u0000" + termKey(term) + "\u0000" + need)) {
            problems.add(new Problem(line, "Line " + line + " repeats an earlier line."));
        }
        return problems.size() == before ? java.util.Optional.of(new Row(taxonomy, term, need, note))
                : java.util.Optional.empty();
    }

    /** The mapping's text, as given. */
    public String csv() {
        return csv;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The needs {@code term} maps to; empty when no row maps it. */
    public Set<String> needs(TaxonomyTerm term) {
        Set<String> needs = new LinkedHashSet<>();
        Set<String> taxonomies = new LinkedHashSet<>();
        taxonomies.add(taxonomyKey(term.taxonomyId()));
        if (lgaIdentifier(term.id()) != null || lgaIdentifier(term.code()) != null) {
            taxonomies.add(LGA_KEY); // the URI names its list, whatever taxonomy the feed gave
        }
        taxonomies.add(ANY);
        for (String taxonomy : taxonomies) {
            Map<String, Set<String>> terms = byTaxonomy.get(taxonomy);
            if (terms == null) {
                continue;
            }
            for (String k : new String[] {term.id(), term.code(), term.name()}) {
                if (k != null) {
                    needs.addAll(terms.getOrDefault(termKey(k), Set.of()));
                }
            }
        }
        return needs;
    }

    /**
     * {@code service} with the needs its council terms map to added; a service that sent no need
     * and has no term that maps gets the needs its name names ({@link #nameNeeds}, since round 13).
     * The same object when none are new.
     */
    public Service apply(Service service) {
        Set<String> added = termNeeds(service);
        added.removeAll(service.needs());
        if (service.needs().isEmpty() && added.isEmpty()) {
            added.addAll(nameNeeds(service.name())); // no need sent and no term that maps: read the name
        }
        return added.isEmpty() ? service : service.withNeeds(added);
    }

    /** The needs the service's own terms map to (not those it sent as {@code lantern-needs}). */
    public Set<String> termNeeds(Service service) {
        Set<String> needs = new LinkedHashSet<>();
        for (TaxonomyTerm term : service.otherTerms()) {
            needs.addAll(needs(term));
        }
        return needs;
    }

    /**
     * The needs a service's name names in the words of this mapping's rows for any taxonomy
     * ({@code *}, the plain category names councils use: "Befriending", "Lunch club", "Carers"),
     * each matched as whole words, ignoring case, the longest words winning: "Tuesday Lunch Club at
     * St Mary's" is {@code social_groups}, "Telephone befriending" only {@code telephone_befriending},
     * "Carersville surgery" nothing. The description is not read: its words say too often what a
     * service is not or who else it helps. What {@link #apply} falls back to for a
     * service that sent no need and carries no term that maps; empty for a null name.
     */
    public Set<String> nameNeeds(String name) {
        Set<String> needs = new LinkedHashSet<>();
        Map<String, Set<String>> plain = byTaxonomy.get(ANY);
        if (name == null || plain == null) {
            return needs;
        }
        String words = " " + words(name) + " ";
        Map<String, Set<String>> matched = new HashMap<>();
        for (Map.Entry<String, Set<String>> row : plain.entrySet()) {
            String term = words(row.getKey());
            if (!term.isEmpty() && words.contains(" " + term + " ")) {
                matched.computeIfAbsent(term, t -> new LinkedHashSet<>()).addAll(row.getValue());
            }
        }
        // the longest words win: "Telephone befriending" is that need, not also "Befriending"'s
        matched.forEach((term, rowNeeds) -> {
            if (matched.keySet().stream().noneMatch(t -> !t.equals(term) && (" " + t + " ").contains(" " + term + " "))) {
                needs.addAll(rowNeeds);
            }
        });
        return needs;
    }

    /** Lower case letters, digits and apostrophes, every other run of characters one space. */
    private static String words(String s) {
        return NOT_A_WORD.matcher(s.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'')).replaceAll(" ").strip();
    }

    /**
     * The council terms carried by {@code services} that no row maps, most used first (each counted
     * once per service). Terms of Lantern's own taxonomies never appear here: they are needs and
     * deliveries already. An LGA service type is listed as taxonomy {@value #LGA_TAXONOMY} with its
     * bare identifier, however the feed wrote it.
     */
    public List<UnmappedTerm> unmapped(Iterable<Service> services) {
        Map<List<String>, int[]> counts = new TreeMap<>(java.util.Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)));
        for (Service service : services) {
            Set<List<String>> once = new java.util.HashSet<>();
            for (TaxonomyTerm term : service.otherTerms()) {
                // Lantern's own eligibility terms are understood, not a council's terms waiting for a mapping
                if (needs(term).isEmpty() && !Eligibility.TAXONOMY_ID.equals(term.taxonomyId())) {
                    List<String> k = listed(term);
                    if (once.add(k)) {
                        counts.computeIfAbsent(k, x -> new int[1])[0]++;
                    }
                }
            }
        }
        List<UnmappedTerm> terms = new ArrayList<>();
        counts.forEach((k, n) -> terms.add(new UnmappedTerm(k.get(0), k.get(1), k.get(2), n[0])));
        terms.sort(java.util.Comparator.comparingInt(UnmappedTerm::services).reversed());
        return terms;
    }

    /**
     * How an unmapped term is listed: taxonomy, id (or code) and name as the feed gave them, except
     * that an LGA service type is listed under {@value #LGA_TAXONOMY} by its bare identifier, so one
     * type sent in several forms is one line, ready to copy into a row.
     */
    private static List<String> listed(TaxonomyTerm term) {
        String id = term.id() != null ? term.id() : term.code();
        String lga = lgaIdentifier(term.id()) != null ? lgaIdentifier(term.id()) : lgaIdentifier(term.code());
        if (lga != null || LGA_KEY.equals(taxonomyKey(term.taxonomyId()))) {
            return List.of(LGA_TAXONOMY, lga != null ? lga : Objects.toString(id, "").strip(),
                    Objects.toString(term.name(), ""));
        }
        return List.of(Objects.toString(term.taxonomyId(), ""), Objects.toString(id, ""), Objects.toString(term.name(), ""));
    }

    private static String key(String s) {
        return s == null ? "" : SPACES.matcher(s.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** A taxonomy as matched: lower case, with the LGA service types' names made one. */
    private static String taxonomyKey(String s) {
        String k = key(s);
        return LGA_TAXONOMY_KEYS.contains(k) ? LGA_KEY : k;
    }

    /** A term's id, code or name as matched: lower case, with an LGA service URI made its bare identifier. */
    private static String termKey(String s) {
        String id = lgaIdentifier(s);
        return id != null ? id : key(s);
    }

    /** The identifier in an LGA service type URI such as {@code http://id.esd.org.uk/service/328/}; null for anything else. */
    static String lgaIdentifier(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = LGA_SERVICE_URI.matcher(s.strip());
        return m.matches() ? m.group(1) : null;
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
