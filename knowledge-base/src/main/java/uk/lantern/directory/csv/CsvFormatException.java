package uk.lantern.directory.csv;

/** The file is not valid CSV at the given record; the message says where and what to fix. */
public class CsvFormatException extends RuntimeException {
    public CsvFormatException(String message) {
        super(message);
    }
}
