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

/**
 * The sandbox's live result: the same assessment as {@code POST /api/assessments}, explained with
 * the address of each factor's catalogue entry and each fired rule's page. Invalid answers get the
 * same problem details as the public API. Nothing is stored.
 */
@RestController
class SandboxApiController {

    private final ScreeningEngine engine;
    private final TrainingRules rules;

    SandboxApiController(ScreeningEngine engine, TrainingRules rules) {
        this.engine = engine;
        this.rules = rules;
    }

    @PostMapping(path = "/api/training/sandbox", consumes = MediaType.APPLICATION_JSON_VALUE)
    ExplainedResult assess(@RequestBody SandboxRequest request) {
        if (request.answers() == null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "The body must be {\"answers\": {questionId: value, ...}}; \"answers\" is missing.");
            problem.setTitle("The request is not in the expected form");
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
        return ExplainedResult.of(engine.assess(request.answers()), engine.ruleBase().catalogue(), rules);
    }

    record SandboxRequest(Map<String, Object> answers) {
    }
}
