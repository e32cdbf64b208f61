package uk.lantern.directory.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import uk.lantern.directory.model.Delivery;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.model.TaxonomyTerm;
import uk.lantern.directory.signpost.Eligibility;
import uk.lantern.directory.taxonomy.NeedsTaxonomy;

/**
 * The taxonomy terms services carry beyond Lantern's needs and delivery terms, as their publishers
 * sent them: a council's own (for example the LGA service types), and Lantern's eligibility and
 * access terms where a record carries them (the shipped sample does). The ORUK read
 * API lists them under {@code /taxonomies} and {@code /taxonomy_terms}, so a consumer sees every
 * term a {@code taxonomy_term_id} filter accepts.
 *
 * <p>Each such term is indexed whole in the {@code other_term} field, as one keyword holding its
 * taxonomy, id, code, name and description. The list is read from that field's term dictionary
 * alone, where each distinct term appears once however many services carry it: no stored HSDS
 * record is parsed, so listing stays cheap at 100,000 services all carrying an eligibility term.
 */
final class OtherTaxonomyTerms {
    /** The field holding each term of another taxonomy, encoded by {@link #encode}. */
    static final String FIELD = "other_term";
    private static final Set<String> LANTERN_OWN = Set.of(NeedsTaxonomy.TAXONOMY_ID, Delivery.TAXONOMY_ID);
    /** Between the parts of an encoded term; sorts before every character, so terms sort by taxonomy then id. */
    private static final char SEPARATOR = '\u0000';
    /** Marks a part that is absent, as distinct from an empty one. */
    private static final char ABSENT = '\u0001';
    private static final char PRESENT = '\u0002';

    private OtherTaxonomyTerms() {
    }

    /**
     * Adds one {@code other_term} keyword per term of another taxonomy that {@code s} carries; a
     * term without a taxonomy, or without an id or code, is left out, as it cannot be listed.
     */
    static void addTo(Document doc, Service s) {
        for (TaxonomyTerm term : s.otherTerms()) {
            String taxonomy = term.taxonomyId();
            String id = term.id() != null ? term.id() : term.code();
            if (taxonomy == null || id == null || LANTERN_OWN.contains(taxonomy)) {
                continue;
            }
            String encoded = encode(new TaxonomyTerm(id, term.code(), term.name(), term.description(), taxonomy));
            if (encoded.getBytes(StandardCharsets.UTF_8).length > IndexWriter.MAX_TERM_LENGTH) {
                // A keyword cannot exceed Lucene's term length; a description that long is dropped
                // from the list rather than refusing the service.
                encoded = encode(new TaxonomyTerm(id, term.code(), term.name(), null, taxonomy));
            }
            doc.add(new StringField(FIELD, encoded, Field.Store.NO));
        }
    }

    /**
     * @return each term once (by taxonomy and id), ordered by taxonomy id and then term id; where
     *         services describe one term differently, the description that sorts first is kept.
     *         Terms Lantern read from a service's {@code eligibility_description} (described as
     *         {@link Eligibility#FROM_DESCRIPTION}) are left out: only terms publishers sent are listed
     */
    static List<TaxonomyTerm> read(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        Terms encoded = MultiTerms.getTerms(reader, FIELD);
        if (encoded == null) {
            return List.of();
        }
        Map<String, TaxonomyTerm> found = new LinkedHashMap<>();
        TermsEnum each = encoded.iterator();
        for (BytesRef t = each.next(); t != null; t = each.next()) {
            TaxonomyTerm term = decode(t.utf8ToString());
            if (Eligibility.FROM_DESCRIPTION.equals(term.description())) {
                continue; // Lantern's own reading of a service's words, never sent: not listed (round 14)
            }
            found.putIfAbsent(term.taxonomyId() + SEPARATOR + term.id(), term);
        }
        List<TaxonomyTerm> terms = new ArrayList<>(found.values());
        terms.sort(Comparator.comparing(TaxonomyTerm::taxonomyId).thenComparing(TaxonomyTerm::id));
        return List.copyOf(terms);
    }

    static String encode(TaxonomyTerm term) {
        StringBuilder out = new StringBuilder();
        for (String part : new String[] {term.taxonomyId(), term.id(), term.code(), term.name(), term.description()}) {
            if (!out.isEmpty()) {
                out.append(SEPARATOR);
            }
            if (part == null) {
                out.append(ABSENT);
            } else {
                out.append(PRESENT).append(part.replace(SEPARATOR, ' '));
            }
        }
        return out.toString();
    }

    static TaxonomyTerm decode(String encoded) {
        String[] parts = encoded.split(String.valueOf(SEPARATOR), -1);
        String[] values = new String[5];
        for (int i = 0; i < values.length && i < parts.length; i++) {
            values[i] = parts[i].isEmpty() || parts[i].charAt(0) == ABSENT ? null : parts[i].substring(1);
        }
        return new TaxonomyTerm(values[1], values[2], values[3], values[4], values[0]);
    }
}
