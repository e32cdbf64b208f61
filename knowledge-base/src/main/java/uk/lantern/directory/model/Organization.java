package uk.lantern.directory.model;

/** The body that runs one or more services. */
public record Organization(String id, String name, String description, String email, String website) {}
