package uk.lantern.directory.search;

/** One reason a service was offered, worded for the person reading the results. */
public record MatchReason(Kind kind, String text) {
    public enum Kind { NEED, WORDS, DISTANCE, COMES_TO_YOU }
}
