package uk.lantern.web.records;

import java.util.Map;
import java.util.UUID;

/**
 * A screening a worker submits for storing.
 *
 * @param submissionId made by the tablet once per screening, so a retry finds the same record
 * @param consent      the person agreed to their screening being kept; nothing is stored without it
 * @param reference    the worker's own reference for the person (never a name)
 * @param answers      the questionnaire answers, as for {@code POST /api/assessments}
 * @param placeGiven   the place as the worker typed it, after {@link PlaceAnswers} read it (the {@code postcode}
 *                     answer then holds the area it resolved to); null when none was given
 */
public record NewScreening(UUID submissionId, boolean consent, String reference, Map<String, Object> answers,
        String placeGiven) {

    /** A screening whose place, if any, is its {@code postcode} answer as it stands. */
    public NewScreening(UUID submissionId, boolean consent, String reference, Map<String, Object> answers) {
        this(submissionId, consent, reference, answers, null);
    }
}
