package uk.lantern.web.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import uk.lantern.engine.RuleBase;
import uk.lantern.engine.questionnaire.AnswerOption;
import uk.lantern.engine.questionnaire.AnswerType;
import uk.lantern.engine.questionnaire.Question;
import uk.lantern.engine.training.CaseStudies;
import uk.lantern.engine.training.CaseStudy;

/** A case study's answers in the questionnaire's words, for reading and for the sandbox's form. */
@Component
class CaseViews {

    /** One answer as a person reads it. */
    record AnswerRow(String questionId, String question, String answer) {
    }

    /**
     * One question as the sandbox form shows it, with the case's answer.
     *
     * @param askIfQuestion the earlier question it depends on, or null
     * @param askIfAnyOf    the answers to that question that make it asked, joined by commas
     * @param value         the case's answer in canonical form, or "" when not answered
     * @param asked         whether the question is asked given the case's answers (its skip logic)
     */
    record QuestionField(Question question, String askIfQuestion, String askIfAnyOf, String value, boolean asked) {

        public boolean isYesNo() {
            return question.type() == AnswerType.YES_NO;
        }

        public boolean isChoice() {
            return question.type() == AnswerType.SINGLE_CHOICE;
        }

        public boolean isNumber() {
            return question.type() == AnswerType.WHOLE_NUMBER;
        }

        public boolean isText() {
            return !isYesNo() && !isChoice() && !isNumber();
        }
    }

    private final RuleBase ruleBase;
    private final CaseStudies cases;

    CaseViews(RuleBase ruleBase, CaseStudies cases) {
        this.ruleBase = ruleBase;
        this.cases = cases;
    }

    /** The case, or a 404 that says there is no such case. */
    CaseStudy find(String caseId) {
        return cases.find(caseId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "There is no case study called " + caseId));
    }

    List<CaseStudy> all() {
        return cases.all();
    }

    List<AnswerRow> answers(CaseStudy c) {
        List<AnswerRow> rows = new ArrayList<>();
        for (Question q : ruleBase.questionnaire().questions()) {
            Object value = c.answers().get(q.id());
            if (value != null) {
                rows.add(new AnswerRow(q.id(), q.text(), words(q, value)));
            }
        }
        return rows;
    }

    List<QuestionField> fields(Map<String, Object> answers) {
        List<QuestionField> fields = new ArrayList<>();
        java.util.Set<String> asked = new java.util.HashSet<>();
        for (Question q : ruleBase.questionnaire().questions()) {
            Object value = answers.get(q.id());
            boolean isAsked = q.askIf() == null || (asked.contains(q.askIf().question())
                    && q.askIf().anyOf().contains(String.valueOf(answers.get(q.askIf().question()))));
            if (isAsked) {
                asked.add(q.id());
            }
            fields.add(new QuestionField(q, q.askIf() == null ? null : q.askIf().question(),
                    q.askIf() == null ? null : String.join(",", q.askIf().anyOf()),
                    value == null ? "" : String.valueOf(value), isAsked));
        }
        return fields;
    }

    private static String words(Question q, Object value) {
        return switch (q.type()) {
            case YES_NO -> "yes".equals(String.valueOf(value)) || Boolean.TRUE.equals(value) ? "Yes" : "No";
            case SINGLE_CHOICE -> q.option(String.valueOf(value)).map(AnswerOption::label).orElse(String.valueOf(value));
            default -> String.valueOf(value);
        };
    }
}
