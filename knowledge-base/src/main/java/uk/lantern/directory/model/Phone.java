package uk.lantern.directory.model;

/** A phone number; {@code description} says when it is answered or what it costs to call. */
public record Phone(String id, String number, String type, String description) {}
