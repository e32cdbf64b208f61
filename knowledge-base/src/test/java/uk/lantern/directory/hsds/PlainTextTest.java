package uk.lantern.directory.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.search.ServiceIndex;
import uk.lantern.directory.search.ServiceQuery;
import uk.lantern.directory.search.ServiceSearch;

class PlainTextTest {

    @Test
    void htmlBecomesCleanTextWithEntitiesDecodedAndParagraphsKept() {
        assertThat(PlainText.of("<p>Lunch&nbsp;club &amp; chat</p><p>Every <b>Tuesday</b><br>from noon</p>"))
                .isEqualTo("Lunch club & chat\n\nEvery Tuesday\nfrom noon");
        assertThat(PlainText.of("Fish &amp; chips &#163;4")).isEqualTo("Fish & chips £4");
        assertThat(PlainText.of("<script>alert(1)</script>Safe")).isEqualTo("Safe");
    }

    @Test
    void plainTextIsLeftExactlyAsItWas() {
        String text = "Tea & cake for 2 < 3 people, trailing space ";
        assertThat(PlainText.of(text)).isSameAs(text);
        assertThat(PlainText.of(null)).isNull();
    }

    @Test
    void aCouncilsHtmlDescriptionIsStoredAndSearchedAsTextSoNbspMatchesNothing(@TempDir Path dir) {
        List<String> problems = new ArrayList<>();
        Service service = new HsdsServiceReader((r, f, m) -> problems.add(m)).read(HsdsServiceWriter.JSON.readTree("""
                {"id": "c1", "name": "Knit&nbsp;&amp;&nbsp;natter", "status": "active",
                 "description": "<p>A&nbsp;friendly&nbsp;group</p><ul><li>tea</li><li>cake</li></ul>"}
                """), "x", null).orElseThrow();
        assertThat(problems).isEmpty();
        assertThat(service.name()).isEqualTo("Knit & natter");
        assertThat(service.description()).isEqualTo("A friendly group\n\ntea\n\ncake");
        assertThat(HsdsServiceWriter.write(service).get("description").asString()).doesNotContain("<p>", "&nbsp;");
        try (ServiceIndex index = ServiceIndex.open(dir, () -> List.of(service))) {
            ServiceSearch search = new ServiceSearch(index);
            assertThat(search.search(ServiceQuery.builder().text("nbsp").build()).hits()).isEmpty();
            assertThat(search.search(ServiceQuery.builder().text("friendly").build()).hits()).hasSize(1);
        }
    }
}
