package uk.lantern.web.records;

import org.springframework.boot.test.context.SpringBootTest;

/** The records contract on the embedded default: an H2 file database. */
@SpringBootTest
class ScreeningRecordsH2Test extends ScreeningRecordsContract {
}
