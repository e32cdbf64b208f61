package uk.lantern.rules.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.lantern.engine.RuleInfo;
import uk.lantern.engine.safeguarding.PortableCheck;
import uk.lantern.engine.safeguarding.SafeguardingCheck;

/**
 * Every shipped safeguarding rule can be carried to the doorstep tablet: written as data by
 * {@link PortableCheck}, which fails naming a rule that uses a form the tablet's check cannot
 * weigh. A new rule written in such a form fails here, before the application refuses to start.
 */
class TabletCopyTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyShippedRuleIsOnTheTablet() {
        SafeguardingCheck check = SafeguardingCheck.load();
        Map<String, Object> data = PortableCheck.of(check);
        List<Map<String, Object>> rules = (List<Map<String, Object>>) data.get("rules");
        assertThat(rules).extracting(r -> r.get("name"))
                .containsExactlyInAnyOrderElementsOf(check.rules().stream().map(RuleInfo::name).toList());
        assertThat(data.get("wording")).as("the wording model goes too").isNotNull();
    }
}
