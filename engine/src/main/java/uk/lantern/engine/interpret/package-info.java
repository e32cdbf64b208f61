/**
 * Reads what a person types in the chat as an answer to one screening question: "afraid so"
 * to a yes/no question, "now and then" to a frequency, "eighty two" to an age, "just me since
 * Jim died" to the size of a household. The reading is deliberately cautious: when the words
 * could mean two things, or nothing the question offers, the result is
 * {@link uk.lantern.engine.interpret.Interpretation.Unclear} and the chat asks again rather than
 * guessing. Plain Java, no language libraries; the phrase tables live in
 * {@code OptionPhrases} and {@code YesNoPhrases}. When the rules cannot decide, a Naive Bayes
 * fallback trained on the labelled answer sets ({@code TrainedReading}, sets under
 * {@code lantern/interpret/}) reads the answer only when it is sure.
 */
package uk.lantern.engine.interpret;
