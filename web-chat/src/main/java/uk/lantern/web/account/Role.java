package uk.lantern.web.account;

/** What a staff account may do. Each account has exactly one role. */
public enum Role {
    /** Screens people on the doorstep and keeps their team's records. */
    WORKER("Frontline worker"),
    /** Teaches staff about risk factors and sees the group's quiz results. */
    TRAINER("Trainer"),
    /** Creates and disables accounts and erases records on request. */
    ADMIN("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority, e.g. {@code ROLE_WORKER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
