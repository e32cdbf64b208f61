package uk.lantern.directory.model;

/** A term from a taxonomy (HSDS {@code taxonomy_term}); services carry terms through attributes. */
public record TaxonomyTerm(String id, String code, String name, String description, String taxonomyId) {}
