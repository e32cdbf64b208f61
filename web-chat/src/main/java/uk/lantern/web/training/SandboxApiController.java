package uk.lantern.web.training;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import uk.lantern.engine.ScreeningEngine;
import uk.lantern.engine.questionnaire.AnswerProblem;
import uk.lantern.engine.questionnaire.InvalidAnswersException;
import uk.lantern.web.screening.StaffWording;

/**
 * The sandbox's live result: the same assessment as {@code POST /api/assessments}, explained with
 * the address of each factor's catalogue entry and each fired rule's page. Invalid answers get the
 * same problem details as the public API, but each message is in the plain words of the worker's
 * pages ({@link StaffWording}: "Enter their age in years, like 82"), since trainers read them, not
 * programs. Nothing is stored.
 */
@RestController
class SandboxApiController {

    private final ScreeningEngine engine;
    private final TrainingRules rules;
    private final StaffWording wording;

    SandboxApiController(ScreeningEngine engine, TrainingRules rules, StaffWording wording) {
        this.engine = engine;
        this.rules = rules;
        this.wording = wording;
    }

    @PostMapping(path = "/api/training/sandbox", consumes = MediaType.APPLICATION_JSON_VALUE)
    ExplainedResult assess(@RequestBody SandboxRequest request) {
        if (request.answers() == null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "The body must be {\"answers\": {questionId: value, ...}}; \"answers\" is missing.");
            problem.setTitle("The request is not in the expected form");
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
        try {
            return ExplainedResult.of(engine.assess(request.answers()), engine.ruleBase().catalogue(), rules);
        } catch (InvalidAnswersException e) {
            throw new InvalidAnswersException(e.problems().stream().map(this::inPlainWords).toList());
        }
    }

    /** The problem with its message in the worker pages' words; the engine's own when there are none. */
    AnswerProblem inPlainWords(AnswerProblem problem) {
        StaffWording.Entry words = wording.questions().get(problem.question());
        if (words == null) {
            return problem;
        }
        String plain = switch (problem.code()) {
            case REQUIRED, OPTION_NOT_OFFERED -> words.missing();
            case WRONG_TYPE, INVALID_FORMAT -> words.format() != null ? words.format() : words.missing();
            case OUT_OF_RANGE -> words.range() != null ? words.range() : words.missing();
            case NOT_ASKED -> words.label() + " is not asked with these answers: clear it, or change the answer it "
                    + "depends on";
            case UNKNOWN_QUESTION, TOO_LONG -> null;
        };
        return plain == null ? problem : new AnswerProblem(problem.question(), problem.code(), plain);
    }

    record SandboxRequest(Map<String, Object> answers) {
    }
}
