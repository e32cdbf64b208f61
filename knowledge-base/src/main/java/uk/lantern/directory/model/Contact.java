package uk.lantern.directory.model;

import java.util.List;

/** A named person or role to contact about a service. */
public record Contact(String id, String name, String title, String email, List<Phone> phones) {
    public Contact {
        phones = List.copyOf(phones == null ? List.of() : phones);
    }
}
