/**
 * The screening engine: loads the rule base, evaluates a screening's answers in a stateless
 * Drools session and returns an {@link uk.lantern.engine.Assessment} that explains itself.
 * Plain Java, no Spring.
 */
package uk.lantern.engine;
