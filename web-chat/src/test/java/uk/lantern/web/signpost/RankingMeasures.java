package uk.lantern.web.signpost;

import java.util.Comparator;
import java.util.List;

/**
 * Precision and nDCG at a cut-off, for one request's ranked service ids against its graded
 * judgements (0 to 3). A service graded 2 or 3 is relevant; the gain of a grade g is 2^g - 1 and
 * the discount of rank i (from 1) is log2(i + 1) (Järvelin and Kekäläinen, "Cumulated gain-based
 * evaluation of IR techniques", ACM TOIS 20(4), 2002).
 */
final class RankingMeasures {

    /** The grade from which a service counts as relevant for precision. */
    static final int RELEVANT_FROM = 2;

    private RankingMeasures() {
    }

    /** Relevant services among the first k, over k (fewer results count as misses). */
    static double precisionAt(int k, List<String> ranked, RelevanceSet.Request request) {
        long relevant = ranked.stream().limit(k).filter(id -> request.grade(id) >= RELEVANT_FROM).count();
        return (double) relevant / k;
    }

    /**
     * DCG of the first k over the DCG of the best possible order of the judged services; 1 when
     * nothing is judged relevant at all and nothing was returned, else 0 for such a request.
     */
    static double ndcgAt(int k, List<String> ranked, RelevanceSet.Request request) {
        double dcg = dcg(k, ranked.stream().map(request::grade).toList());
        double ideal = dcg(k, request.grades().values().stream().sorted(Comparator.reverseOrder()).toList());
        if (ideal == 0) {
            return ranked.isEmpty() ? 1 : 0;
        }
        return dcg / ideal;
    }

    private static double dcg(int k, List<Integer> grades) {
        double sum = 0;
        for (int i = 0; i < Math.min(k, grades.size()); i++) {
            sum += (Math.pow(2, grades.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}
