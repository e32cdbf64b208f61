package uk.lantern.engine.safeguarding;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import uk.lantern.engine.CompiledRules;

/**
 * Listens to one check's rules firing and sorts them by their {@code @concern} metadata: a
 * {@link Concern} name for a concern rule, {@value #LOOK_ALIKE} for a rule that sets a figure of
 * speech aside. One instance per check.
 */
final class HeardRules extends DefaultAgendaEventListener {

    static final String CONCERN = "concern";
    static final String LOOK_ALIKE = "LOOK_ALIKE";

    private final Set<Concern> kinds = EnumSet.noneOf(Concern.class);
    private final List<String> concernRules = new ArrayList<>();
    private final List<String> lookAlikes = new ArrayList<>();

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Rule rule = event.getMatch().getRule();
        String concern = concernOf(rule);
        if (LOOK_ALIKE.equals(concern)) {
            lookAlikes.add(rule.getName());
        } else {
            kinds.add(Concern.valueOf(concern));
            concernRules.add(rule.getName());
        }
    }

    /** The rule's {@code @concern} value without quotes, or an empty string when it has none. */
    static String concernOf(Rule rule) {
        Object value = rule.getMetaData().get(CONCERN);
        return value == null ? "" : CompiledRules.metadataText(value);
    }

    SafeguardingResult result() {
        return new SafeguardingResult(!kinds.isEmpty(), kinds, concernRules, lookAlikes);
    }
}
