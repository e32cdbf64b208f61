package uk.lantern.web.training;

import java.util.List;

import uk.lantern.engine.training.RuleTests.TestMethod;

/**
 * One rule as a trainer reads it: what it serves in the catalogue, its DRL, the tests that pin it
 * and the case studies it fires in.
 *
 * @param slug      the rule's address, made from its name
 * @param name      the rule's name, which reads as a sentence
 * @param file      the DRL file it lives in
 * @param serves    the catalogue entries it names in its metadata
 * @param drl       the rule's text
 * @param tests     the tests listed for it in {@code rule-tests.json}
 * @param caseIds   the case studies whose answers fire it
 */
record RulePage(String slug, String name, String file, List<Serves> serves, String drl, List<TestMethod> tests,
        List<String> caseIds) {

    /**
     * A catalogue entry the rule serves.
     *
     * @param kind  factor, measure, need, band or safeguarding
     * @param id    the entry's id
     * @param label the entry's name
     * @param href  where the entry is on the catalogue page
     */
    record Serves(String kind, String id, String label, String href) {
    }

    public String href() {
        return "/training/rules/" + slug;
    }
}
