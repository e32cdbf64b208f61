package uk.lantern.directory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import uk.lantern.directory.model.Delivery;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.model.TaxonomyTerm;
import uk.lantern.directory.taxonomy.NeedsTaxonomy;

/**
 * The taxonomy terms services carry beyond Lantern's needs and delivery terms: a council's own
 * (for example the LGA service types), and Lantern's eligibility and access terms. The ORUK read
 * API lists them under {@code /taxonomies} and {@code /taxonomy_terms}, so a consumer sees every
 * term a {@code taxonomy_term_id} filter accepts.
 *
 * <p>Read from one point-in-time view of the index: the taxonomies come from the index's
 * {@code taxonomy} field, the terms from the stored HSDS record of each service that uses one.
 */
final class OtherTaxonomyTerms {
    private static final Set<String> LANTERN_OWN = Set.of(NeedsTaxonomy.TAXONOMY_ID, Delivery.TAXONOMY_ID);

    private OtherTaxonomyTerms() {
    }

    /**
     * @return each term once (by taxonomy and id), ordered by taxonomy id and then term id; a term
     *         without a taxonomy is left out, as it cannot be listed under one
     */
    static List<TaxonomyTerm> read(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        Terms taxonomies = MultiTerms.getTerms(reader, ServiceDocuments.TAXONOMY);
        if (taxonomies == null) {
            return List.of();
        }
        Map<String, TaxonomyTerm> found = new LinkedHashMap<>();
        StoredFields stored = searcher.storedFields();
        TermsEnum each = taxonomies.iterator();
        for (BytesRef t = each.next(); t != null; t = each.next()) {
            String taxonomy = t.utf8ToString();
            if (LANTERN_OWN.contains(taxonomy)) {
                continue;
            }
            int users = Math.max(1, each.docFreq());
            for (ScoreDoc hit : searcher.search(new TermQuery(new Term(ServiceDocuments.TAXONOMY, taxonomy)),
                    users).scoreDocs) {
                Service service = ServiceDocuments.load(stored, hit.doc);
                for (TaxonomyTerm term : service.otherTerms()) {
                    String id = term.id() != null ? term.id() : term.code();
                    if (taxonomy.equals(term.taxonomyId()) && id != null) {
                        found.putIfAbsent(taxonomy + "\u0000" + id, term.id() != null ? term
                                : new TaxonomyTerm(id, term.code(), term.name(), term.description(), taxonomy));
                    }
                }
            }
        }
        List<TaxonomyTerm> terms = new ArrayList<>(found.values());
        terms.sort(Comparator.comparing(TaxonomyTerm::taxonomyId).thenComparing(TaxonomyTerm::id));
        return List.copyOf(terms);
    }
}
