/**
 * The facts the rules match on ({@link uk.lantern.engine.facts.Answer}, factor hits, measure
 * terms and values) and {@link uk.lantern.engine.facts.Findings}, the per-assessment global
 * through which rule consequences record what they conclude. Plain classes with getters so the
 * Drools executable model can read them.
 */
package uk.lantern.engine.facts;
