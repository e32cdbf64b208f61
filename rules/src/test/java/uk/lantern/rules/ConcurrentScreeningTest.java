package uk.lantern.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.rules.Screenings.noRiskWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import uk.lantern.engine.Assessment;

/** One shared engine scoring on many threads gives exactly the results it gives on one. */
class ConcurrentScreeningTest {

    @Test
    void manyThreadsAtOnceGiveIdenticalResults() throws Exception {
        List<Map<String, Object>> screenings = List.of(
                Screenings.noRisk(),
                noRiskWith("age", 82, "household_size", 1, "marital_status", "widowed", "self_rated_health", "poor"),
                noRiskWith("is_carer", "yes", "cares_for", "partner", "sex", "male", "age", 71),
                noRiskWith("money_worries", "yes", "money_stops_going_out", "yes", "how_often_lonely", "often_always"),
                noRiskWith("thoughts_of_harm", "yes", "sight_loss", "yes", "eye_conditions", 4, "age", 90),
                noRiskWith("contact_family", "none", "contact_friends", "none", "sex", "male", "age", 66,
                        "group_member", "no", "marital_status", "single"));
        List<Assessment> expected = screenings.stream().map(s -> Screenings.engine().assess(s)).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 1200; i++) {
                int which = i % screenings.size();
                results.add(pool.submit(() -> Screenings.engine().assess(screenings.get(which)).equals(expected.get(which))));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
