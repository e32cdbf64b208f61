/**
 * The safeguarding check every chat message goes through before anything else reads it.
 *
 * <p>{@link uk.lantern.engine.safeguarding.SafeguardingCheck} tidies the message in Java
 * ({@link uk.lantern.engine.safeguarding.MessageWording}: lower case, no punctuation, leetspeak
 * and common misspellings repaired, "kms" spelt out) and hands it to rules written in DRL under
 * {@code lantern/safeguarding/} on the classpath. Look-alike rules first set aside everyday
 * figures of speech ("this form is killing me"); concern rules then look for crisis language,
 * each naming its {@link uk.lantern.engine.safeguarding.Concern} in {@code @concern} metadata.
 * A {@link uk.lantern.engine.safeguarding.WordingModel} (Naive Bayes over the tidied words,
 * trained on the labelled corpus in the rule base) reads what the rules passed over in silence
 * and raises the concern a message is worded like when it is sure.
 * {@link uk.lantern.engine.safeguarding.CrisisResponse} says what to tell the person.
 * {@link uk.lantern.engine.safeguarding.PortableCheck} writes the whole check as data (rules read
 * with Drools' parser by {@code RuleConditions}, patterns checked by {@code PortablePattern}) for
 * the doorstep tablet, which runs it with no signal.
 */
package uk.lantern.engine.safeguarding;
