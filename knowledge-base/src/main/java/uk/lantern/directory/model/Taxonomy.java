package uk.lantern.directory.model;

/** A named set of terms (HSDS {@code taxonomy}). */
public record Taxonomy(String id, String name, String description, String uri) {}
