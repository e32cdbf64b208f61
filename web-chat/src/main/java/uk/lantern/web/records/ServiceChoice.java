package uk.lantern.web.records;

/** A local service offered to the person or referred to, by its directory id and name at the time. */
public record ServiceChoice(String serviceId, String name) {
}
