package uk.lantern.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lantern.engine.interpret.AnswerInterpreter;
import uk.lantern.engine.interpret.Interpretation;
import uk.lantern.engine.questionnaire.AnswerOption;
import uk.lantern.engine.questionnaire.AnswerType;
import uk.lantern.engine.questionnaire.Question;

/**
 * The free-text interpreter against the questionnaire as shipped: typing an option's label, or
 * its id, must always choose that option. Catches wording changed in questionnaire.json without
 * the interpreter keeping up.
 */
class InterpreterOnShippedQuestionsTest {

    private static final AnswerInterpreter INTERPRETER = new AnswerInterpreter();

    static Stream<Arguments> options() {
        return Screenings.engine().ruleBase().questionnaire().questions().stream()
                .filter(q -> q.type() == AnswerType.SINGLE_CHOICE)
                .flatMap(q -> q.options().stream().flatMap(o -> Stream.of(
                        Arguments.of(q.id(), q, o, o.label()),
                        Arguments.of(q.id(), q, o, o.id()))));
    }

    @ParameterizedTest(name = "{0}: \"{3}\"")
    @MethodSource("options")
    void typingAnOptionChoosesIt(String questionId, Question question, AnswerOption option, String typed) {
        assertThat(INTERPRETER.interpret(question, typed))
                .isEqualTo(new Interpretation.Understood(option.id()));
    }
}
