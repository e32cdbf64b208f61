package uk.lantern.web.records;

import java.util.List;

/**
 * One page of a worker's list of records.
 *
 * @param records the page's records, newest first
 * @param total   how many records match the query over all pages
 * @param page    this page's 1-based number (the last page when the query asked past the end)
 * @param pages   how many pages there are; at least 1
 */
public record RecordsPage(List<RecordSummary> records, int total, int page, int pages) {

    public RecordsPage {
        records = List.copyOf(records);
    }
}
