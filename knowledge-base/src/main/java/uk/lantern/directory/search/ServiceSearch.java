package uk.lantern.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import uk.lantern.directory.geo.GeoPoint;
import uk.lantern.directory.model.Delivery;
import uk.lantern.directory.model.Schedule;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.taxonomy.NeedsTaxonomy;

/**
 * Finds services for a {@link ServiceQuery}.
 *
 * <p>Scoring adds up: how well the words match (name counts most, then the need labels, then the
 * description), a fixed boost per requested need, and a distance feature that halves at
 * {@link #DISTANCE_PIVOT_KM}; then the first {@link #RESCORE_WINDOW} hits gain for two of the
 * person's words side by side in a name or description ({@link #phraseQuery}). Everything else
 * (need, radius, age, day, cost, status) filters without scoring, so a filter never reorders results.
 */
public final class ServiceSearch {
    /**
     * Total hits are counted exactly up to this many; beyond it the count is a lower bound
     * ("more than 1,000"). Counting every match would stop Lucene skipping low-scoring blocks,
     * which is most of what keeps a query over 100,000 services within a few milliseconds.
     */
    public static final int EXACT_COUNT_LIMIT = 1_000;
    /** Distance at which the nearness boost is half its weight; about a short bus ride in a town. */
    static final double DISTANCE_PIVOT_KM = 3;
    private static final float DISTANCE_WEIGHT = 2f;
    private static final float NEED_BOOST = 3f;
    private static final float COMES_TO_YOU_BOOST = 2f;
    private static final Map<String, Float> TEXT_FIELDS = fieldBoosts();
    /**
     * Weight (times the field's) of two of the person's words side by side in a name or description;
     * chosen on the tuning sets a, b and c, where it lifted "someone to talk to" and "older people from
     * ethnic minorities" without losing others (docs/benchmarks.md, 2026-12-01).
     */
    static final float PHRASE_WEIGHT = 1f;
    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\d+s?");
    /** Words that with a number state an age ("over 50", "aged 60", "55 plus"), as the index stems them. */
    private static final Set<String> AGE_WORDS = Set.of("over", "under", "ag", "age", "aged", "plu", "plus", "year");
    private static final Set<String> PHRASE_FIELDS = Set.of(ServiceDocuments.NAME, ServiceDocuments.DESCRIPTION);
    /** Long messages ("I've moved here from Scotland and ...") give at most this many word pairs. */
    private static final int MAX_PAIRS = 12;
    /**
     * The phrase pairs rescore this many of the best first-pass hits (the most one page holds,
     * {@link ServiceQuery#MAX_PAGE_SIZE}); as clauses of the main query they were scored on every
     * match and took text queries over 5 ms p99 at 100,000 services (docs/benchmarks.md, round 8).
     */
    static final int RESCORE_WINDOW = ServiceQuery.MAX_PAGE_SIZE;
    private static final int SPELLING_MIN_WORD = 4;
    static final float SPELLING_ACCURACY = 0.75f;
    /**
     * Equal scores are common (same place, same needs, no words), so ties break on the service id:
     * results then never depend on segment layout or import order.
     */
    private static final Sort BY_SCORE_THEN_ID = new Sort(SortField.FIELD_SCORE,
            new SortField(ServiceDocuments.ID, SortField.Type.STRING));

    private final ServiceIndex index;
    private final Analyzer queryAnalyzer = DirectoryAnalysis.queryAnalyzer();
    private final Analyzer indexAnalyzer = new EnglishAnalyzer();
    private final QueryBuilder queryBuilder = new QueryBuilder(queryAnalyzer);
    private final DirectSpellChecker spellChecker = spellChecker();
    private final AtomicReference<FacetState> facetState = new AtomicReference<>();

    public ServiceSearch(ServiceIndex index) {
        this.index = index;
    }

    /**
     * Corrections at least {@link #SPELLING_ACCURACY} alike (one slip in four letters): close enough that
     * "badmington" finds badminton, not so loose that an everyday word ("nobody") turns into another ("body").
     */
    private static DirectSpellChecker spellChecker() {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setAccuracy(SPELLING_ACCURACY);
        return checker;
    }

    private static Map<String, Float> fieldBoosts() {
        Map<String, Float> boosts = new LinkedHashMap<>();
        boosts.put(ServiceDocuments.NAME, 3f);
        boosts.put(ServiceDocuments.NEEDS_TEXT, 1.5f);
        boosts.put(ServiceDocuments.DESCRIPTION, 1f);
        boosts.put(ServiceDocuments.ORGANISATION, 0.5f);
        return boosts;
    }

    public SearchResults search(ServiceQuery q) {
        Spelling spelling = spelling(q.text());
        Query textQuery = textQuery(spelling.searched());
        Query query = build(q, textQuery, true);
        Query phrases = phraseQuery(spelling.searched());
        return index.withSearcher(searcher -> {
            int wanted = q.page() * q.pageSize();
            TopDocs top = ranked(searcher, query, phrases, wanted, EXACT_COUNT_LIMIT);
            List<ServiceHit> hits = new ArrayList<>();
            var stored = searcher.storedFields();
            Set<String> wantedNeeds = new LinkedHashSet<>(q.needs());
            wantedNeeds.addAll(q.boostNeeds());
            Map<String, Set<String>> wordForms = wordForms(q.text());
            for (int i = (q.page() - 1) * q.pageSize(); i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Service service = ServiceDocuments.load(stored, sd.doc);
                float score = sd instanceof FieldDoc fd && fd.fields[0] instanceof Float f ? f : sd.score;
                hits.add(hit(service, score, q, wantedNeeds, wordForms));
            }
            Map<String, Integer> counts = q.withFacets() ? needCounts(searcher, build(q, textQuery, false)) : Map.of();
            // "Did you mean" only when the person's own words find nothing and the mended ones find something
            Optional<String> suggestion = spelling.mended().filter(m -> top.totalHits.value() > 0)
                    .filter(m -> textQuery(q.text()) == null || count(searcher, build(q, textQuery(q.text()), true)) == 0);
            return new SearchResults(hits, top.totalHits.value(), q.page(), q.pageSize(), counts, suggestion);
        });
    }

    /**
     * The services matching {@code q}, in search order, as their {@link ServiceOutline outlines}
     * read from doc values: a {@link Service} with only the components that decide whether and how
     * it reaches a person (id, name, status, ages, eligibility description and terms, needs,
     * delivery, points, service area names, free or not), for ranking many candidates without
     * loading their stored records. Load the few chosen whole with {@link #wholeServices} before
     * showing them. No words, facets or "did you mean" are worked out; {@code q.text()} still
     * matches and scores.
     */
    public List<Service> outlines(ServiceQuery q) {
        String searched = spelling(q.text()).searched();
        Query query = build(q, textQuery(searched), true);
        Query phrases = phraseQuery(searched);
        return index.withSearcher(searcher -> {
            int wanted = q.page() * q.pageSize();
            TopDocs top = ranked(searcher, query, phrases, wanted, EXACT_COUNT_LIMIT);
            int from = Math.min((q.page() - 1) * q.pageSize(), top.scoreDocs.length);
            ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
            return outlines(searcher, page);
        });
    }

    /**
     * The outlines of the hits, in their order. Doc values are read forwards only, so the hits are
     * visited in document order and put back in search order.
     */
    private static List<Service> outlines(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        Integer[] byDoc = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) {
            byDoc[i] = i;
        }
        java.util.Arrays.sort(byDoc, java.util.Comparator.comparingInt(i -> hits[i].doc));
        Service[] out = new Service[hits.length];
        var leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        org.apache.lucene.index.BinaryDocValues values = null;
        for (int i : byDoc) {
            int doc = hits[i].doc;
            int leaf = org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                values = org.apache.lucene.index.DocValues.getBinary(leaves.get(leaf).reader(), ServiceDocuments.OUTLINE);
            }
            if (!values.advanceExact(doc - leaves.get(leaf).docBase)) {
                throw new IllegalStateException("A service in the index has no outline; the index layout "
                        + ServiceDocuments.LAYOUT + " always writes one, so the index is damaged.");
            }
            out[i] = ServiceOutline.read(values.binaryValue());
        }
        return List.of(out);
    }

    /**
     * The whole services with these ids, in the order given, from one view of the index; an id no
     * longer in the index (removed since it was found) is left out.
     */
    public List<Service> wholeServices(List<String> ids) {
        return index.withSearcher(searcher -> {
            List<Service> services = new ArrayList<>();
            var stored = searcher.storedFields();
            for (String id : ids) {
                TopDocs top = searcher.search(new TermQuery(new Term(ServiceDocuments.ID, id)), 1);
                if (top.scoreDocs.length > 0) {
                    services.add(ServiceDocuments.load(stored, top.scoreDocs[0].doc));
                }
            }
            return services;
        });
    }

    /** Autocomplete suggestions from service names and need labels. */
    public List<String> complete(String prefix, int max) {
        return index.complete(prefix, max);
    }

    Query build(ServiceQuery q, Query textQuery, boolean withNeedFilter) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean scored = false;
        if (textQuery != null) {
            b.add(textQuery, Occur.MUST);
            scored = true;
        }
        if (withNeedFilter && !q.needs().isEmpty()) {
            b.add(anyOf(ServiceDocuments.NEED, q.needs()), Occur.FILTER);
        }
        Set<String> boosted = new LinkedHashSet<>(q.needs());
        boosted.addAll(q.boostNeeds());
        for (String need : boosted) {
            b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(ServiceDocuments.NEED, need))), NEED_BOOST),
                    Occur.SHOULD);
        }
        if (q.coverage() != null) {
            b.add(coverage(q), Occur.FILTER);
        } else if (q.near() != null) {
            GeoPoint p = q.near();
            BooleanQuery.Builder reach = new BooleanQuery.Builder()
                    .add(LatLonPoint.newDistanceQuery(ServiceDocuments.LOCATION, p.latitude(), p.longitude(),
                            q.radiusKm() * 1000), Occur.SHOULD)
                    .add(new TermQuery(new Term(ServiceDocuments.REMOTE, "true")), Occur.SHOULD);
            if (q.cannotTravel()) {
                reach.add(new TermQuery(new Term(ServiceDocuments.DELIVERY, Delivery.HOME_VISIT.id())), Occur.SHOULD);
            }
            b.add(reach.build(), Occur.FILTER);
        }
        if (q.near() != null) {
            GeoPoint p = q.near();
            b.add(LatLonPoint.newDistanceFeatureQuery(ServiceDocuments.LOCATION, DISTANCE_WEIGHT, p.latitude(),
                    p.longitude(), DISTANCE_PIVOT_KM * 1000), Occur.SHOULD);
        }
        if (q.cannotTravel()) {
            Set<String> comes = new LinkedHashSet<>();
            for (Delivery d : Delivery.values()) {
                if (d.comesToPerson()) {
                    comes.add(d.id());
                }
            }
            b.add(new BoostQuery(new ConstantScoreQuery(anyOf(ServiceDocuments.DELIVERY, comes)), COMES_TO_YOU_BOOST),
                    Occur.SHOULD);
        }
        if (q.age() != null) {
            b.add(IntPoint.newRangeQuery(ServiceDocuments.MIN_AGE, Integer.MIN_VALUE, q.age()), Occur.FILTER);
            b.add(IntPoint.newRangeQuery(ServiceDocuments.MAX_AGE, q.age(), Integer.MAX_VALUE), Occur.FILTER);
        }
        if (q.day() != null) {
            b.add(new TermQuery(new Term(ServiceDocuments.DAY, Schedule.code(q.day()))), Occur.FILTER);
        }
        if (q.freeOnly()) {
            b.add(new TermQuery(new Term(ServiceDocuments.FREE, "true")), Occur.FILTER);
        }
        if (!q.includeInactive()) {
            b.add(new TermQuery(new Term(ServiceDocuments.STATUS, "active")), Occur.FILTER);
        }
        standard(q.standard(), b);
        if (!scored) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return b.build();
    }

    /** The services that reach a place by {@link ServiceQuery.Coverage}: near it, or serving its areas or nation. */
    private static Query coverage(ServiceQuery q) {
        ServiceQuery.Coverage c = q.coverage();
        Query nation = c.nation() == null ? null : new TermQuery(new Term(ServiceDocuments.NATION, c.nation()));
        if (c.remoteOnly()) {
            if (nation == null) {
                return new org.apache.lucene.search.MatchNoDocsQuery("no nation for a place not known");
            }
            // by phone or online as stated; a service with no place and no stated way counts as by phone
            // (as signposting reads it), but not one that says it works only at a venue or at home
            Query byPhoneOrOnline = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(ServiceDocuments.DELIVERY, Delivery.TELEPHONE.id())), Occur.SHOULD)
                    .add(new TermQuery(new Term(ServiceDocuments.DELIVERY, Delivery.ONLINE.id())), Occur.SHOULD)
                    .add(new BooleanQuery.Builder()
                            .add(new MatchAllDocsQuery(), Occur.MUST)
                            .add(new TermQuery(new Term(ServiceDocuments.DELIVERY, Delivery.GROUP_VENUE.id())), Occur.MUST_NOT)
                            .add(new TermQuery(new Term(ServiceDocuments.DELIVERY, Delivery.HOME_VISIT.id())), Occur.MUST_NOT)
                            .build(), Occur.SHOULD)
                    .setMinimumNumberShouldMatch(1).build();
            return new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(ServiceDocuments.REMOTE, "true")), Occur.FILTER)
                    .add(byPhoneOrOnline, Occur.FILTER)
                    .add(nation, Occur.FILTER).build();
        }
        BooleanQuery.Builder reach = new BooleanQuery.Builder();
        if (q.near() != null) {
            reach.add(LatLonPoint.newDistanceQuery(ServiceDocuments.LOCATION, q.near().latitude(),
                    q.near().longitude(), q.radiusKm() * 1000), Occur.SHOULD);
        }
        for (String area : c.areas()) {
            reach.add(new TermQuery(new Term(ServiceDocuments.AREA, area)), Occur.SHOULD);
        }
        if (nation != null) {
            reach.add(nation, Occur.SHOULD);
        }
        return reach.build();
    }

    /** The ORUK read API's filters; each narrows, none scores. */
    private static void standard(StandardFilters f, BooleanQuery.Builder b) {
        if (!f.termIds().isEmpty()) {
            b.add(anyOf(ServiceDocuments.TERM, f.termIds()), Occur.FILTER);
        }
        if (f.taxonomyId() != null) {
            b.add(new TermQuery(new Term(ServiceDocuments.TAXONOMY, f.taxonomyId())), Occur.FILTER);
        }
        if (f.organizationId() != null) {
            b.add(new TermQuery(new Term(ServiceDocuments.ORGANISATION_ID, f.organizationId())), Occur.FILTER);
        }
        if (f.modifiedAfter() != null) {
            b.add(LongPoint.newRangeQuery(ServiceDocuments.MODIFIED, f.modifiedAfter().toEpochMilli(), Long.MAX_VALUE),
                    Occur.FILTER);
        }
        if (f.opensFrom() != null) {
            b.add(IntPoint.newRangeQuery(ServiceDocuments.OPENS, f.opensFrom().toSecondOfDay() / 60, Integer.MAX_VALUE),
                    Occur.FILTER);
        }
        if (f.closesBy() != null) {
            b.add(IntPoint.newRangeQuery(ServiceDocuments.CLOSES, Integer.MIN_VALUE, f.closesBy().toSecondOfDay() / 60),
                    Occur.FILTER);
        }
        if (f.ageFrom() != null || f.ageTo() != null) {
            int from = f.ageFrom() != null ? f.ageFrom() : f.ageTo();
            int to = f.ageTo() != null ? f.ageTo() : f.ageFrom();
            b.add(IntPoint.newRangeQuery(ServiceDocuments.MIN_AGE, Integer.MIN_VALUE, Math.min(from, to)), Occur.FILTER);
            b.add(IntPoint.newRangeQuery(ServiceDocuments.MAX_AGE, Math.max(from, to), Integer.MAX_VALUE), Occur.FILTER);
        }
        if (f.near() != null && f.withinMetres() != null) {
            b.add(LatLonPoint.newDistanceQuery(ServiceDocuments.LOCATION, f.near().latitude(), f.near().longitude(),
                    f.withinMetres()), Occur.FILTER);
        }
    }

    /**
     * The exact number of services matching {@code q}. {@link #search} counts exactly only up to
     * {@link #EXACT_COUNT_LIMIT}, which is right for people but not for the ORUK paging fields.
     */
    public long count(ServiceQuery q) {
        Query query = build(q, textQuery(spelling(q.text()).searched()), true);
        return index.withSearcher(searcher -> (long) searcher.count(query));
    }

    /**
     * How many services the words match, together, in the way a search matches them: as written, through the
     * curated synonyms (phrases included: "pension credit") and after mending a slip ("befreinding" finds the
     * befriending schemes); 0 when they match none ("knitting" in a directory with no knitting). Whatever the
     * place or filters; counts over the whole index.
     *
     * @param text the person's words; null or blank gives 0
     */
    public long servicesMatching(String text) {
        Query words = text == null || text.isBlank() ? null : textQuery(spelling(text).searched());
        return words == null ? 0 : index.withSearcher(searcher -> (long) searcher.count(words));
    }

    /**
     * One page of the places of the services matching {@code q}, in search order: the hits whose
     * places fall on page {@code page} of {@code perPage} places, and the total number of places.
     * Only the services on the page are loaded.
     *
     * @return the hits (each with the index of its first place on the page and how many of its
     *         places are on it) and the total number of places across every matching service
     */
    public PlacesPage places(ServiceQuery q, int page, int perPage) {
        String searched = spelling(q.text()).searched();
        Query query = build(q, textQuery(searched), true);
        Query phrases = phraseQuery(searched);
        return index.withSearcher(searcher -> {
            int all = Math.max(1, searcher.count(query));
            TopDocs top = ranked(searcher, query, phrases, all, Integer.MAX_VALUE);
            long from = (long) (page - 1) * perPage;
            long to = from + perPage;
            long seen = 0;
            List<PlacesPage.Slice> slices = new ArrayList<>();
            var stored = searcher.storedFields();
            var leaves = searcher.getIndexReader().leaves();
            for (ScoreDoc sd : top.scoreDocs) {
                var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(sd.doc, leaves));
                var places = leaf.reader().getNumericDocValues(ServiceDocuments.PLACES);
                int count = places != null && places.advanceExact(sd.doc - leaf.docBase) ? (int) places.longValue() : 0;
                long start = Math.max(seen, from);
                long end = Math.min(seen + count, to);
                if (start < end) {
                    slices.add(new PlacesPage.Slice(ServiceDocuments.load(stored, sd.doc), (int) (start - seen),
                            (int) (end - start)));
                }
                seen += count;
            }
            return new PlacesPage(slices, seen);
        });
    }

    private static Query anyOf(String field, Set<String> values) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String v : values) {
            any.add(new TermQuery(new Term(field, v)), Occur.SHOULD);
        }
        return any.build();
    }

    /**
     * Words across the text fields; any word may match and more matching words score higher. The
     * services that match are those matching any word; {@link #phraseQuery} then reorders the best.
     */
    Query textQuery(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        for (Map.Entry<String, Float> field : TEXT_FIELDS.entrySet()) {
            Query q = queryBuilder.createBooleanQuery(field.getKey(), text, Occur.SHOULD);
            if (q == null) {
                continue;
            }
            b.add(new BoostQuery(q, field.getValue()), Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? null : b.build();
    }

    /**
     * Two of the person's words side by side in a name or description ("someone to talk to", "older
     * people from ethnic minorities"): each such pair adds {@link #PHRASE_WEIGHT} times the field's
     * weight, so a service described in the person's own phrase beats one whose name shares a single
     * word of it ("Women's walk and talk group" for "someone to talk to"). Applied by {@link #ranked}
     * to the first {@link #RESCORE_WINDOW} hits only; null when the text gives no pair.
     */
    Query phraseQuery(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        for (Map.Entry<String, Float> field : TEXT_FIELDS.entrySet()) {
            if (PHRASE_FIELDS.contains(field.getKey())) {
                for (Query pair : adjacentPairs(field.getKey(), text)) {
                    b.add(new BoostQuery(pair, field.getValue() * PHRASE_WEIGHT), Occur.SHOULD);
                    clauses++;
                }
            }
        }
        return clauses == 0 ? null : b.build();
    }

    /**
     * The first {@code wanted} hits of {@code query} by score then service id, the first
     * {@link #RESCORE_WINDOW} of them rescored with {@code phrases} (Lucene's {@link QueryRescorer}:
     * first-pass score plus the phrase score where a pair matches). The window does not depend on
     * {@code wanted}, so pages agree; a rescore only adds, so a rescored hit never falls below the
     * hits after the window. Total hits are those of the first pass, exact up to {@code countLimit}.
     */
    private static TopDocs ranked(IndexSearcher searcher, Query query, Query phrases, int wanted, int countLimit)
            throws IOException {
        int firstPass = phrases == null ? wanted : Math.max(wanted, RESCORE_WINDOW);
        TopDocs first = searcher.search(query, new TopFieldCollectorManager(BY_SCORE_THEN_ID, firstPass, countLimit));
        if (phrases == null || first.scoreDocs.length == 0) {
            return first;
        }
        int window = Math.min(RESCORE_WINDOW, first.scoreDocs.length);
        ScoreDoc[] best = new ScoreDoc[window];
        for (int i = 0; i < window; i++) {
            FieldDoc fd = (FieldDoc) first.scoreDocs[i];
            best[i] = new FieldDoc(fd.doc, (Float) fd.fields[0], fd.fields.clone(), fd.shardIndex);
        }
        ScoreDoc[] rescored = QueryRescorer.rescore(searcher, new TopDocs(first.totalHits, best), phrases, 1, window)
                .scoreDocs;
        for (ScoreDoc sd : rescored) {
            ((FieldDoc) sd).fields[0] = sd.score;
        }
        java.util.Arrays.sort(rescored, java.util.Comparator.comparing((ScoreDoc sd) -> sd.score).reversed()
                .thenComparing(sd -> (BytesRef) ((FieldDoc) sd).fields[1]));
        int kept = Math.min(wanted, first.scoreDocs.length);
        ScoreDoc[] out = new ScoreDoc[kept];
        for (int i = 0; i < kept; i++) {
            out[i] = i < window ? rescored[i] : first.scoreDocs[i];
        }
        return new TopDocs(first.totalHits, out);
    }

    /**
     * Each two neighbouring words of the text as the index holds them ("walking football" gives
     * walk football), as a phrase allowing one word between ("men's group" finds "men's health group"),
     * leaving out an age and its words ("over 50", "aged 60", "60s"): an age says who may come, not what the
     * service is, and matching it as a phrase ranked a far-away scheme for "people over 50" above the
     * advice line asked for.
     */
    private List<Query> adjacentPairs(String field, String text) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream ts = indexAnalyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute increment =
                    ts.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += increment.getPositionIncrement();
                terms.add(term.toString());
                positions.add(position);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean[] age = new boolean[terms.size()];
        for (int i = 0; i < terms.size(); i++) {
            if (AGE.matcher(terms.get(i)).matches()) {
                age[i] = true;
                if (i > 0 && AGE_WORDS.contains(terms.get(i - 1))) {
                    age[i - 1] = true;
                }
                if (i + 1 < terms.size() && AGE_WORDS.contains(terms.get(i + 1))) {
                    age[i + 1] = true;
                }
            }
        }
        List<Query> pairs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i + 1 < terms.size() && pairs.size() < MAX_PAIRS; i++) {
            if (age[i] || age[i + 1] || terms.get(i).equals(terms.get(i + 1))
                    || !seen.add(terms.get(i) + " " + terms.get(i + 1))) {
                continue; // "over 50" says who may come, which the age filter decides, not what the service is
            }
            pairs.add(new org.apache.lucene.search.PhraseQuery.Builder()
                    .add(new Term(field, terms.get(i)), 0)
                    .add(new Term(field, terms.get(i + 1)), positions.get(i + 1) - positions.get(i))
                    .setSlop(1).build());
        }
        return pairs;
    }

    private ServiceHit hit(Service s, float score, ServiceQuery q, Set<String> wantedNeeds,
                           Map<String, Set<String>> wordForms) {
        List<MatchReason> reasons = new ArrayList<>();
        for (String need : s.needs()) {
            if (wantedNeeds.contains(need)) {
                reasons.add(new MatchReason(MatchReason.Kind.NEED, "Helps with " + NeedsTaxonomy.label(need).toLowerCase(Locale.ROOT)));
            }
        }
        List<String> words = matchedWords(s, wordForms);
        if (!words.isEmpty()) {
            reasons.add(new MatchReason(MatchReason.Kind.WORDS, "Its description mentions what you asked about: " + String.join(", ", words)));
        }
        Double distance = null;
        if (q.near() != null) {
            for (GeoPoint p : s.points()) {
                double d = q.near().distanceKm(p);
                distance = distance == null ? d : Math.min(distance, d);
            }
        }
        boolean withinReach = distance != null && distance <= q.radiusKm();
        if (distance != null) {
            reasons.add(new MatchReason(MatchReason.Kind.DISTANCE, String.format(Locale.UK, "%.1f km (%.1f miles) away",
                    distance, distance / GeoPoint.KM_PER_MILE)));
        }
        if (s.comesToPerson() && !withinReach) {
            List<String> ways = s.deliveries().stream().filter(Delivery::comesToPerson)
                    .map(d -> d.label().toLowerCase(Locale.ROOT)).toList();
            reasons.add(new MatchReason(MatchReason.Kind.COMES_TO_YOU, "No need to travel: " + String.join(", ", ways)));
        }
        return new ServiceHit(s, score, distance, reasons);
    }

    /** Each word the person typed, lower-cased, with the indexed forms it can match (stems and synonyms). */
    private Map<String, Set<String>> wordForms(String text) {
        Map<String, Set<String>> forms = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return forms;
        }
        for (String word : text.split("[^\\p{L}\\p{N}']+")) {
            String key = word.toLowerCase(Locale.ROOT);
            if (!key.isBlank() && !forms.containsKey(key)) {
                Set<String> analysed = new HashSet<>();
                analyze(queryAnalyzer, word, analysed);
                if (!analysed.isEmpty()) {
                    forms.put(key, analysed);
                }
            }
        }
        return forms;
    }

    /**
     * Words a reason never names as what the person asked about (round 13, issue 13): the Snowball English stop list
     * that ships with Lucene ({@code org/apache/lucene/analysis/snowball/english_stop.txt}: "out", "about", "some",
     * "i'd") and everyday verbs and pronouns that say nothing of what a service is ("get", "want", "go", "help",
     * "someone"), chosen by hand for Lantern from the requests of the relevance sets. They still count in the search;
     * they are only not offered as the reason.
     */
    static final Set<String> WEAK_WORDS = weakWords();

    private static Set<String> weakWords() {
        Set<String> weak = new HashSet<>();
        try {
            org.apache.lucene.analysis.CharArraySet snowball = org.apache.lucene.analysis.WordlistLoader.getSnowballWordSet(
                    org.apache.lucene.util.IOUtils.getDecodingReader(java.util.Objects.requireNonNull(
                            org.apache.lucene.analysis.snowball.SnowballFilter.class.getResourceAsStream("english_stop.txt"),
                            "Lucene's Snowball English stop list"), java.nio.charset.StandardCharsets.UTF_8));
            snowball.forEach(w -> weak.add(new String((char[]) w)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        weak.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.stream().map(w -> new String((char[]) w)).toList());
        weak.addAll(List.of("get", "gets", "got", "getting", "go", "goes", "going", "went", "gone", "want", "wants",
                "wanted", "wanting", "need", "needs", "needed", "like", "likes", "liked", "make", "makes", "made", "know",
                "knows", "feel", "feels", "felt", "feeling", "find", "take", "takes", "come", "comes", "came", "coming",
                "put", "let", "say", "says", "said", "tell", "think", "try", "trying", "use", "used", "keep", "give", "look",
                "looking", "see", "seem", "help", "helps", "helping", "can", "could", "would", "will", "shall", "may",
                "might", "must", "just", "really", "also", "anything", "something", "someone", "somebody", "anyone",
                "anybody", "everyone", "nothing", "nobody", "thing", "things", "please", "thanks", "much", "many", "lot",
                "lots", "bit", "still", "even", "ever", "never", "always", "now", "well", "maybe", "around", "im", "ive",
                "dont", "cant", "near", "me", "my", "mine", "us"));
        return Set.copyOf(weak);
    }

    /** The person's own content words that matched the service, directly or through a synonym; never a weak word. */
    private List<String> matchedWords(Service s, Map<String, Set<String>> wordForms) {
        if (wordForms.isEmpty()) {
            return List.of();
        }
        Set<String> serviceTerms = new HashSet<>();
        String needsText = String.join(" ", s.needs().stream().map(NeedsTaxonomy::label).toList());
        analyze(indexAnalyzer, s.name() + " " + (s.description() == null ? "" : s.description()) + " " + needsText,
                serviceTerms);
        List<String> matched = new ArrayList<>();
        wordForms.forEach((word, forms) -> {
            if (!WEAK_WORDS.contains(word) && forms.stream().anyMatch(serviceTerms::contains)) {
                matched.add(word);
            }
        });
        return matched;
    }

    private static void analyze(Analyzer analyzer, String text, Set<String> into) {
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                into.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int count(IndexSearcher searcher, Query query) {
        try {
            return searcher.count(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The words to search with: the person's own, each followed by the closest word Lantern knows when
     * the directory has never seen it ("badmington" badminton, "emial" email), so a slip still finds
     * help; and the mended words alone, for "did you mean", when any word was mended.
     */
    record Spelling(String searched, Optional<String> mended) {}

    private Spelling spelling(String text) {
        if (text == null || text.isBlank()) {
            return new Spelling(text, Optional.empty());
        }
        return index.withSearcher(searcher -> {
            String[] words = text.trim().split("\\s+");
            StringBuilder added = new StringBuilder();
            boolean changed = false;
            for (int i = 0; i < words.length; i++) {
                Optional<String> mended = mend(searcher.getIndexReader(), words[i]);
                if (mended.isPresent()) {
                    words[i] = mended.get();
                    added.append(' ').append(mended.get());
                    changed = true;
                }
            }
            return new Spelling(text + added, changed ? Optional.of(String.join(" ", words)) : Optional.empty());
        });
    }

    /**
     * The closest known word to one the directory has never seen: first a word of the curated everyday
     * vocabulary ({@link DirectoryAnalysis#nearestKnownWord}), then a word of the directory. Words of the
     * vocabulary and the directory are meant as written and never mended: "deaf" never becomes "death".
     */
    private Optional<String> mend(IndexReader reader, String typed) throws IOException {
        String word = typed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        if (word.length() < SPELLING_MIN_WORD || EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word)
                || DirectoryAnalysis.knownWord(word)) {
            return Optional.empty();
        }
        Term term = new Term(DirectoryAnalysis.SPELL_FIELD, word);
        if (reader.docFreq(term) > 0) {
            return Optional.empty();
        }
        Optional<String> known = DirectoryAnalysis.nearestKnownWord(word);
        if (known.isPresent()) {
            return known;
        }
        SuggestWord[] suggestions = spellChecker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        return suggestions.length > 0 ? Optional.of(suggestions[0].string) : Optional.empty();
    }

    private Map<String, Integer> needCounts(IndexSearcher searcher, Query query) throws IOException {
        FacetsCollector fc = searcher.search(query, new FacetsCollectorManager());
        DefaultSortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (state == null) {
            return counts;
        }
        FacetResult result = new SortedSetDocValuesFacetCounts(state, fc).getAllChildren(ServiceDocuments.NEED_FACET);
        if (result != null) {
            for (LabelAndValue lv : result.labelValues) {
                counts.put(lv.label, lv.value.intValue());
            }
        }
        return counts;
    }

    /** Facet ordinals are per reader; building them costs a pass over the terms, so keep the last one. */
    private DefaultSortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState cached = facetState.get();
        if (cached != null && cached.reader == reader) {
            return cached.state;
        }
        DefaultSortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, ServiceDocuments.FACETS);
        } catch (IllegalArgumentException e) {
            return null; // no service has a need yet, so there is nothing to count
        }
        facetState.set(new FacetState(reader, state));
        return state;
    }

    private record FacetState(IndexReader reader, DefaultSortedSetDocValuesReaderState state) {}
}
