package uk.lantern.web.records;

/**
 * Which of the team's records a worker's list shows, newest first, one page at a time.
 *
 * @param reference   text the reference contains, matched without regard to case; null or blank for any
 * @param onlyMine    only records the signed-in worker made
 * @param dueBy       only records with an open follow-up on or before this UK date; null for any
 * @param page        1-based page number; below 1 reads as 1
 * @param pageSize    records per page, 1 to 100
 */
public record RecordsQuery(String reference, boolean onlyMine, java.time.LocalDate dueBy, int page, int pageSize) {

    public RecordsQuery {
        reference = reference == null || reference.isBlank() ? null : reference.strip();
        page = Math.max(1, page);
        if (pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("pageSize must be 1 to 100, not " + pageSize);
        }
    }
}
