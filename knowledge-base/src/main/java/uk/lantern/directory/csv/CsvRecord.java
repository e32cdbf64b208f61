package uk.lantern.directory.csv;

import java.util.List;
import java.util.Map;

/**
 * One data row with its 1-based record number (header not counted) so problems can point at it.
 * Missing trailing cells read as empty.
 */
public record CsvRecord(int number, List<String> cells, Map<String, Integer> header) {

    /** The trimmed cell under {@code column}, or {@code null} when the column is absent or the cell blank. */
    public String get(String column) {
        Integer index = header.get(column);
        if (index == null || index >= cells.size()) {
            return null;
        }
        String value = cells.get(index).trim();
        return value.isEmpty() ? null : value;
    }

    public boolean has(String column) {
        return header.containsKey(column);
    }
}
