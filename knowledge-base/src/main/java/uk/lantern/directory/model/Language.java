package uk.lantern.directory.model;

/** A language, other than English, the service is delivered in. */
public record Language(String id, String name, String code) {}
