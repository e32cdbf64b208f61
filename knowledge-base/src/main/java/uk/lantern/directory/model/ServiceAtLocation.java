package uk.lantern.directory.model;

/** Links a service to one of the places it is delivered. */
public record ServiceAtLocation(String id, String description, Location location) {}
