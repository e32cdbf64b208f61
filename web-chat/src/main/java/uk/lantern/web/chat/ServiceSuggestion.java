package uk.lantern.web.chat;

/**
 * A local service offered in the chat, in plain words.
 *
 * @param id            the directory's service id, so a worker's record can say which service was offered
 * @param why           why it was offered; may be empty
 * @param contact       a phone number, email or web address; null when the directory has none
 * @param cost          the price in words ("Free"); null when unknown
 * @param distanceMiles to one decimal place; null when no place was given or the service has none
 */
public record ServiceSuggestion(String id, String name, String why, String contact, String cost, Double distanceMiles) {

    /** One line for the chat transcript. */
    String asLine() {
        StringBuilder line = new StringBuilder("- ").append(name);
        if (why != null && !why.isBlank()) {
            line.append(": ").append(why);
        }
        if (contact != null) {
            line.append(". Contact: ").append(contact);
        }
        line.append(". Cost: ").append(cost == null ? "please ask them" : cost);
        if (distanceMiles != null) {
            line.append(". About ").append(distanceMiles).append(distanceMiles == 1.0 ? " mile away" : " miles away");
        }
        return line.append('.').toString();
    }
}
