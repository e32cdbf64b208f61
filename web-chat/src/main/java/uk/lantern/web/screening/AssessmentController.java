package uk.lantern.web.screening;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.lantern.engine.Assessment;
import uk.lantern.engine.ScreeningEngine;

/** Scores a set of answers. Nothing is stored: the answers live only for the request. */
@RestController
class AssessmentController {

    private final ScreeningEngine engine;

    AssessmentController(ScreeningEngine engine) {
        this.engine = engine;
    }

    @PostMapping(path = "/api/assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
    Assessment assess(@RequestBody AssessmentRequest request) {
        if (request.answers() == null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "The body must be {\"answers\": {questionId: value, ...}}; \"answers\" is missing.");
            problem.setType(URI.create("/problems/invalid-request"));
            problem.setTitle("The request is not in the expected form");
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
        return engine.assess(request.answers());
    }

    /** The body of an assessment request: answers keyed by question id. */
    record AssessmentRequest(Map<String, Object> answers) {
    }
}
