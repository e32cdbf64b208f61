package uk.lantern.directory.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<CsvRecord> read(String text) throws Exception {
        List<CsvRecord> rows = new ArrayList<>();
        new CsvReader(new StringReader(text), "test.csv").forEachRecord(rows::add);
        return rows;
    }

    @Test
    void readsQuotedFieldsWithCommasNewlinesAndDoubledQuotes() throws Exception {
        List<CsvRecord> rows = read("name,description\r\n"
                + "\"Lunch club, Rainham\",\"Hot meals\r\nevery \"\"Tuesday\"\"\"\r\n"
                + "Plain,text\r\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("name")).isEqualTo("Lunch club, Rainham");
        assertThat(rows.get(0).get("description")).isEqualTo("Hot meals\r\nevery \"Tuesday\"");
        assertThat(rows.get(1).number()).isEqualTo(2);
        assertThat(rows.get(1).get("description")).isEqualTo("text");
    }

    @Test
    void acceptsLfEndingsAByteOrderMarkAndMissingTrailingCells() throws Exception {
        List<CsvRecord> rows = read("\uFEFFName,Postcode,Cost\nA,ME7 1AB\n\nB,,free");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("name")).isEqualTo("A");
        assertThat(rows.get(0).get("cost")).isNull();
        assertThat(rows.get(1).get("postcode")).isNull();
        assertThat(rows.get(1).get("cost")).isEqualTo("free");
    }

    @Test
    void anUnclosedQuoteSaysWhereItStarted() {
        assertThatThrownBy(() -> read("a,b\n1,\"open\n2,3\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("never closed");
    }

    @Test
    void emptyInputHasNoRows() throws Exception {
        assertThat(read("")).isEmpty();
    }
}
