package uk.lantern.engine.questionnaire;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.lantern.engine.facts.Answer;

/** Answers that passed validation, in questionnaire order. Only a {@link Questionnaire} makes them. */
public final class ValidAnswers {

    private final Map<String, Answer> byQuestion;

    ValidAnswers(Map<String, Answer> byQuestion) {
        this.byQuestion = Collections.unmodifiableMap(new LinkedHashMap<>(byQuestion));
    }

    public Collection<Answer> all() {
        return byQuestion.values();
    }

    public Optional<Answer> get(String questionId) {
        return Optional.ofNullable(byQuestion.get(questionId));
    }

    public int size() {
        return byQuestion.size();
    }
}
