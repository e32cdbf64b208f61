package uk.lantern.directory.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads RFC 4180 CSV with Apache Commons CSV: fields separated by commas, optionally in double
 * quotes, where a quoted field may hold commas, line breaks and doubled quotes. Accepts CRLF or
 * LF and a UTF-8 byte order mark, since spreadsheets export both. Header names are matched
 * case-insensitively; blank lines are skipped.
 */
public final class CsvReader {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .setTrailingData(true) // text after a closing quote is kept, as real exports contain it
            .get();

    private final Reader in;
    private final String source;

    public CsvReader(Reader in, String source) {
        this.in = in;
        this.source = source;
    }

    /** Streams every data row of a file with a header row to {@code consumer}. */
    public static void forEachRecord(Path file, Consumer<CsvRecord> consumer) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            new CsvReader(reader, file.toString()).forEachRecord(consumer);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads the header, then hands each following row to {@code consumer}.
     *
     * @throws CsvFormatException when the text is not CSV, e.g. a quoted field is never closed
     */
    public void forEachRecord(Consumer<CsvRecord> consumer) throws IOException {
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> rows = parser.iterator();
            if (!rows.hasNext()) {
                return;
            }
            Map<String, Integer> header = header(rows.next());
            int number = 0;
            while (rows.hasNext()) {
                CSVRecord row = rows.next();
                List<String> cells = new ArrayList<>(row.size());
                row.forEach(cells::add);
                consumer.accept(new CsvRecord(++number, cells, header));
            }
        } catch (UncheckedIOException e) {
            throw new CsvFormatException(source + ": " + describe(e.getCause()));
        }
    }

    private static Map<String, Integer> header(CSVRecord first) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < first.size(); i++) {
            String name = first.get(i).trim().toLowerCase(Locale.ROOT);
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            header.putIfAbsent(name, i);
        }
        return Map.copyOf(header);
    }

    /** Commons CSV says "EOF reached before encapsulated token finished" and the line; say it for people. */
    private static String describe(IOException e) {
        String message = e == null || e.getMessage() == null ? "" : e.getMessage();
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("line (\\d+)").matcher(message);
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a quoted field starting on line " + (line.find() ? line.group(1) : "?")
                    + " is never closed; add the missing double quote.";
        }
        return "the file is not valid CSV (" + message + ")";
    }
}
