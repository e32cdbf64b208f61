package uk.lantern.web.account;

/**
 * One entry of the managed team list: the unit in which workers share screening records.
 *
 * @param contactPhone how the person reaches the team, as the admin wrote it (printed on the
 *                     leaflet); null when not set
 * @param contactEmail the team's email address for the leaflet; null when not set
 */
public record Team(long id, String name, String contactPhone, String contactEmail) {

    /** The phone number as digits (and a leading +) for a {@code tel:} link; null when there is none. */
    public String telephone() {
        return uk.lantern.web.signpost.ServiceSuggestion.tel(contactPhone);
    }

    /** True when the team has a phone number or an email address to print. */
    public boolean hasContact() {
        return contactPhone != null || contactEmail != null;
    }
}
