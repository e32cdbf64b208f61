package uk.lantern.directory.model;

/** Who is eligible by place (coverage), kept apart from where the service sits (proximity). */
public record ServiceArea(String id, String name, String description) {}
