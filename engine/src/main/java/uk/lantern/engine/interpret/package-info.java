/**
 * Reads what a person types in the chat as an answer to one screening question: "afraid so"
 * to a yes/no question, "now and then" to a frequency, "eighty two" to an age, "just me since
 * Jim died" to the size of a household. The reading is deliberately cautious: when the words
 * could mean two things, or nothing the question offers, the result is
 * {@link uk.lantern.engine.interpret.Interpretation.Unclear} and the chat asks again rather than
 * guessing. Plain Java, no language libraries; the phrase tables live in
 * {@code OptionPhrases} and {@code YesNoPhrases}. There is no trained fallback: what the rules
 * cannot read is asked again.
 */
package uk.lantern.engine.interpret;
