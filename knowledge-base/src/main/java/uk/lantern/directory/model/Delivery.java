package uk.lantern.directory.model;

import java.util.Locale;
import java.util.Optional;

/**
 * How a service reaches a person. Stored on services as terms of the {@code lantern-delivery}
 * taxonomy, because HSDS has no field for it.
 */
public enum Delivery {
    HOME_VISIT("home_visit", "Home visit", "Someone comes to the person's home."),
    TELEPHONE("telephone", "Telephone", "Support is given over the phone."),
    GROUP_VENUE("group_venue", "Group at a venue", "The person goes to a group or venue."),
    ONLINE("online", "Online", "Support is given online or by video.");

    public static final String TAXONOMY_ID = "lantern-delivery";

    private final String id;
    private final String label;
    private final String description;

    Delivery(String id, String label, String description) {
        this.id = id;
        this.label = label;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** True when the person does not have to travel to use the service. */
    public boolean comesToPerson() {
        return this != GROUP_VENUE;
    }

    public TaxonomyTerm term() {
        return new TaxonomyTerm(id, id, label, description, TAXONOMY_ID);
    }

    /** Accepts the id, the label or the enum name ("home visit", "HOME_VISIT", "phone"). */
    public static Optional<Delivery> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (Delivery delivery : values()) {
            if (delivery.id.equals(wanted) || delivery.label.toLowerCase(Locale.ROOT).replace(' ', '_').equals(wanted)) {
                return Optional.of(delivery);
            }
        }
        return switch (wanted) {
            case "phone", "telephone_befriending" -> Optional.of(TELEPHONE);
            case "home", "visit", "home_visits" -> Optional.of(HOME_VISIT);
            case "group", "venue", "in_person" -> Optional.of(GROUP_VENUE);
            case "video", "internet" -> Optional.of(ONLINE);
            default -> Optional.empty();
        };
    }
}
