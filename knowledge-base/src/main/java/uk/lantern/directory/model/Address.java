package uk.lantern.directory.model;

/** A postal or physical address of a location. */
public record Address(String id, String address1, String city, String region, String stateProvince,
                      String postalCode, String country, String addressType) {}
