package uk.lantern.web.records;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import uk.lantern.engine.Assessment;
import uk.lantern.engine.catalogue.BandEntry;
import uk.lantern.engine.catalogue.Catalogue;

/**
 * The records export as a spreadsheet opens it: UTF-8 with a byte-order mark (so Excel reads £ and
 * accents), one row per record, column headings and values in the words the worker's pages use
 * ("Higher risk", factor and need names, not internal ids), and times in UK local time to the
 * minute ({@code 2026-11-30 14:05}). Every cell is quoted and a cell starting like a formula
 * ({@code = + - @}, tab or carriage return) is prefixed with an apostrophe so a spreadsheet shows it
 * as text (CSV injection). "Postcode" is the area the place resolved to (or a worker corrected it to); "Place given"
 * the words the worker typed at the door ("Strood, Kent", "ME7 1"), empty on records from before round 15.
 */
final class RecordsCsv {

    /** The byte-order mark that tells spreadsheets the file is UTF-8. */
    static final char BOM = '\uFEFF';
    static final List<String> HEADINGS = List.of("Reference", "Screened (UK time)", "Worker", "Team", "Postcode",
            "Place given", "Age band", "Result", "Score", "Urgent concerns", "Risk factors (points)", "Measures", "Needs",
            "Services offered", "Referrals made", "Follow-up date", "Notes", "Rule base version");
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.UK);
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

    private RecordsCsv() {
    }

    /** The whole export, starting with the byte-order mark; band labels come from {@code catalogue}. */
    static String write(List<StoredScreening> records, Catalogue catalogue) {
        StringWriter out = new StringWriter().append(BOM);
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            csv.printRecord(HEADINGS);
            for (StoredScreening r : records) {
                csv.printRecord(row(r, catalogue).stream().map(RecordsCsv::defused).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A time as the export shows it: UK local time to the minute, or empty. */
    static String ukMinute(Instant at) {
        return at == null ? "" : MINUTE.format(at.atZone(UK));
    }

    private static List<String> row(StoredScreening r, Catalogue catalogue) {
        Assessment a = r.assessment();
        BandEntry band = catalogue.bands().get(a.band());
        return List.of(r.reference(), ukMinute(r.createdAt()), r.worker(), r.team(), nullToEmpty(r.postcode()),
                nullToEmpty(r.placeGiven()), nullToEmpty(r.ageBand()), band == null ? a.band().name() : band.label(), Integer.toString(a.score()),
                a.urgent() ? "Yes" : "No",
                a.factors().stream().map(f -> f.label() + " (" + f.points() + ")").collect(Collectors.joining("; ")),
                a.measures().stream().map(m -> m.label() + ": " + m.display()).collect(Collectors.joining("; ")),
                a.needs().stream().map(Assessment.Need::label).collect(Collectors.joining("; ")),
                r.servicesOffered().stream().map(ServiceChoice::name).collect(Collectors.joining("; ")),
                r.referrals().stream().map(ServiceChoice::name).collect(Collectors.joining("; ")),
                r.followUpOn() == null ? "" : r.followUpOn().toString(), nullToEmpty(r.notes()),
                a.ruleBaseVersion());
    }

    /** A cell a spreadsheet would run as a formula is shown as text instead. */
    static String defused(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
