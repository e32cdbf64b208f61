package uk.lantern.web.about;

/**
 * Who runs this copy of Lantern, as the deployment configures it ({@code lantern.service.*}).
 *
 * @param organisation   the organisation that runs the service, as people know it
 * @param contact        how to reach it: an email address, phone number or postal address
 * @param dataController the organisation responsible for personal data under UK GDPR
 * @param statementDate  when the accessibility statement was prepared and the service last tested
 * @param idleMinutes    how long the chat keeps an idle conversation before forgetting it
 * @param retention      how long stored doorstep screenings are kept, in words
 */
public record ServiceOperator(String organisation, String contact, String dataController, String statementDate,
                              long idleMinutes, String retention) {
}
