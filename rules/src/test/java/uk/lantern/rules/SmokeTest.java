package uk.lantern.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.lantern.engine.Assessment;
import uk.lantern.engine.Band;

class SmokeTest {
    @Test
    void noRiskScoresZero() {
        Assessment a = Screenings.engine().assess(Screenings.noRisk());
        System.out.println(a);
        assertThat(a.band()).isEqualTo(Band.LOW);
        assertThat(a.score()).isZero();
    }

    @Test
    void olderWidow() {
        Assessment a = Screenings.engine().assess(Screenings.noRiskWith("age", 82, "household_size", 1,
                "marital_status", "widowed", "self_rated_health", "poor", "stopped_driving", "yes"));
        System.out.println(a);
        assertThat(a.band()).isEqualTo(Band.HIGH);
    }
}
