/**
 * The labelled safeguarding corpus: the tuning set the team works from and the sealed sets
 * written by people who have not read the rules, and the per-family figures measured on them.
 */
package uk.lantern.rules.safeguarding.corpus;
