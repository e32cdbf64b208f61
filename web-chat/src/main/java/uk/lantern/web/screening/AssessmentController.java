package uk.lantern.web.screening;

import java.net.URI;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
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
import uk.lantern.engine.questionnaire.InvalidAnswersException;
import uk.lantern.engine.safeguarding.CrisisResponse;
import uk.lantern.engine.safeguarding.Help;
import uk.lantern.engine.safeguarding.Helpline;
import uk.lantern.web.operations.LanternMeters;
import uk.lantern.web.system.ProblemDetailsAdvice;

/** Scores a set of answers. Nothing is stored: the answers live only for the request. */
@RestController
class AssessmentController {

    /** How many rounds of leaving out invalid answers before giving up looking for urgent ones. */
    private static final int MOST_ROUNDS = 5;

    private final ScreeningEngine engine;
    private final CrisisResponse help;
    private final LanternMeters meters;

    AssessmentController(ScreeningEngine engine, CrisisResponse help, LanternMeters meters) {
        this.engine = engine;
        this.help = help;
        this.meters = meters;
    }

    /**
     * Scores the answers. Invalid answers get 400 with every problem; when the answers that are
     * valid reveal an urgent concern, the problem detail also carries {@code urgent: true},
     * {@code urgentConcerns} (id, label, help, whatToDoNow) and {@code helplines} (name, how,
     * when, source, checked) for it, so a client cannot lose a disclosure to an unrelated typo.
     */
    @PostMapping(path = "/api/assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
    Assessment assess(@RequestBody AssessmentRequest request, HttpServletRequest http) {
        if (request.answers() == null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "The body must be {\"answers\": {questionId: value, ...}}; \"answers\" is missing.");
            problem.setType(URI.create("/problems/invalid-request"));
            problem.setTitle("The request is not in the expected form");
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
        try {
            Assessment assessment = engine.assess(request.answers());
            meters.screeningCompleted(LanternMeters.Channel.API);
            return assessment;
        } catch (InvalidAnswersException e) {
            List<Assessment.UrgentConcern> urgent = urgentAmongValid(request.answers(), e);
            if (!urgent.isEmpty()) {
                List<Help> needed = urgent.stream().map(c -> Help.ofLabel(c.help())).distinct().toList();
                http.setAttribute(ProblemDetailsAdvice.EXTRA_PROPERTIES, Map.of("urgent", true, "urgentConcerns", urgent,
                        "helplines", help.linesFor(needed).stream().map(AssessmentController::helpline).toList()));
            }
            throw e;
        }
    }

    /** The urgent concerns raised by the answers left once every invalid one is set aside. */
    private List<Assessment.UrgentConcern> urgentAmongValid(Map<String, Object> answers, InvalidAnswersException first) {
        Map<String, Object> kept = new LinkedHashMap<>(answers);
        InvalidAnswersException problems = first;
        for (int round = 0; round < MOST_ROUNDS; round++) {
            problems.problems().forEach(p -> kept.remove(p.question()));
            try {
                return engine.urgentConcernsSoFar(kept);
            } catch (InvalidAnswersException again) {
                problems = again;
            }
        }
        return List.of();
    }

    private static Map<String, String> helpline(Helpline line) {
        return Map.of("name", line.name(), "how", line.how(), "when", line.when(), "source", line.source(),
                "checked", line.checked().toString());
    }

    /** The body of an assessment request: answers keyed by question id. */
    record AssessmentRequest(Map<String, Object> answers) {
    }
}
