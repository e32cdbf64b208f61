package uk.lantern.directory.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lantern.directory.hsds.HsdsServiceReader;
import uk.lantern.directory.hsds.HsdsServiceWriter;

class ScheduleTest {

    private static Schedule byday(String byday) {
        return new Schedule("s", "MONTHLY", byday, null, null, null);
    }

    @Test
    void ordinalsNameTheWeekOfTheMonth() {
        Schedule monthly = byday("1MO,-1FR,+2WE,5SA,-2TU");
        assertThat(monthly.dayPhrases()).containsExactly("the first Monday", "the last Friday", "the second Wednesday",
                "the fifth Saturday", "the second to last Tuesday");
        assertThat(monthly.days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.SATURDAY, DayOfWeek.TUESDAY);
        assertThat(monthly.unknownDays()).isEmpty();
        assertThat(byday("TU, th").dayPhrases()).containsExactly("Tuesdays", "Thursdays");
    }

    @Test
    void anythingElseIsAnUnknownDayAndCountsAsNoDay() {
        Schedule odd = byday("XX,6MO,Monday,MO");
        assertThat(odd.unknownDays()).containsExactly("XX", "6MO", "MONDAY");
        assertThat(odd.days()).containsExactly(DayOfWeek.MONDAY);
    }

    @Test
    void theReaderReportsAnUnknownDayInsteadOfDroppingItSilently() {
        List<String> problems = new ArrayList<>();
        new HsdsServiceReader((r, f, m) -> problems.add(f + ": " + m)).read(HsdsServiceWriter.JSON.readTree("""
                {"id": "a", "name": "A", "status": "active", "schedules": [{"id": "s", "freq": "WEEKLY", "byday": "MO,FUN"}]}
                """), "x", null);
        assertThat(problems).singleElement().asString().startsWith("schedules[0].byday: \"FUN\" is not a day");
    }
}
