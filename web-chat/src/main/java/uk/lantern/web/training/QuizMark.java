package uk.lantern.web.training;

import java.util.List;
import java.util.Set;

/**
 * How a quiz answer is scored, against the engine's own result for the case: 1 point for the
 * right band, 1 point for each factor the engine found that the trainee ticked, and 1 point off
 * for each factor ticked that the engine did not find. The score never goes below 0; the most
 * it can be is 1 plus the number of factors the engine found.
 *
 * @param bandRight whether the chosen band is the engine's band
 * @param spotted   factors ticked that the engine found
 * @param missed    factors the engine found that were not ticked
 * @param wrong     factors ticked that the engine did not find
 * @param score     points scored
 * @param outOf     the most points possible for this case
 */
record QuizMark(boolean bandRight, List<String> spotted, List<String> missed, List<String> wrong, int score,
        int outOf) {

    static QuizMark of(String chosenBand, Set<String> chosenFactors, String engineBand, List<String> engineFactors) {
        List<String> spotted = engineFactors.stream().filter(chosenFactors::contains).toList();
        List<String> missed = engineFactors.stream().filter(f -> !chosenFactors.contains(f)).toList();
        List<String> wrong = chosenFactors.stream().filter(f -> !engineFactors.contains(f)).sorted().toList();
        boolean bandRight = engineBand.equals(chosenBand);
        int score = Math.max(0, (bandRight ? 1 : 0) + spotted.size() - wrong.size());
        return new QuizMark(bandRight, spotted, missed, wrong, score, 1 + engineFactors.size());
    }

    public int percent() {
        return outOf == 0 ? 0 : Math.round(100f * score / outOf);
    }
}
