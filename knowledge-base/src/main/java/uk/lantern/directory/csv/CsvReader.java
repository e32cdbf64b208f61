package uk.lantern.directory.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads RFC 4180 CSV: fields separated by commas, optionally in double quotes, where a quoted
 * field may hold commas, line breaks and doubled quotes. Accepts CRLF or LF and a UTF-8 byte
 * order mark, since spreadsheets export both. Header names are matched case-insensitively.
 */
public final class CsvReader {
    private final Reader in;
    private final String source;
    private int physicalLine = 1;

    public CsvReader(Reader in, String source) {
        this.in = in instanceof BufferedReader ? in : new BufferedReader(in, 1 << 16);
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

    /** Reads the header, then hands each following row to {@code consumer}; blank lines are skipped. */
    public void forEachRecord(Consumer<CsvRecord> consumer) throws IOException {
        List<String> headerCells = next();
        if (headerCells == null) {
            return;
        }
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < headerCells.size(); i++) {
            String name = headerCells.get(i).trim().toLowerCase(Locale.ROOT);
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            header.putIfAbsent(name, i);
        }
        Map<String, Integer> frozen = Map.copyOf(header);
        int number = 0;
        List<String> cells;
        while ((cells = next()) != null) {
            if (cells.size() == 1 && cells.get(0).isEmpty()) {
                continue;
            }
            consumer.accept(new CsvRecord(++number, cells, frozen));
        }
    }

    /** The next row's cells, or {@code null} at the end of input. */
    public List<String> next() throws IOException {
        int c = in.read();
        if (c == -1) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int startLine = physicalLine;
        boolean quoted = false;
        boolean afterQuote = false;
        while (true) {
            if (c == -1) {
                if (quoted) {
                    throw new CsvFormatException(source + ": a quoted field starting on line " + startLine
                            + " is never closed; add the missing double quote.");
                }
                cells.add(cell.toString());
                return cells;
            }
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    int peek = in.read();
                    if (peek == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                        c = peek;
                        continue;
                    }
                } else {
                    if (ch == '\n') {
                        physicalLine++;
                    }
                    cell.append(ch);
                }
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                physicalLine++;
                cells.add(cell.toString());
                return cells;
            } else if (ch == '"' && cell.isEmpty() && !afterQuote) {
                quoted = true;
            } else {
                // Text after a closing quote or a stray quote mid-field is kept as written:
                // lenient on what real exports contain rather than rejecting the whole file.
                cell.append(ch);
            }
            c = in.read();
        }
    }
}
