package uk.lantern.web.operations;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;
import uk.lantern.directory.ImportOutcome;

/**
 * Lantern's own metrics, scraped from {@code /actuator/prometheus} on the management port. Every
 * tag value comes from a short fixed list (a channel, a concern kind, an outcome, a reason), never
 * from what a person typed, a username or an address. Names as Prometheus shows them:
 * <ul>
 * <li>{@code lantern_screenings_completed_total{channel}}: chat (the summary reached), doorstep
 * (a record stored, not a repeat), api (answers scored by {@code POST /api/assessments});</li>
 * <li>{@code lantern_chat_turns_seconds} (count, sum, histogram buckets): one chat frame handled,
 * from reading it to the replies sent;</li>
 * <li>{@code lantern_crisis_responses_total{concern}}: crisis help given in the chat, by kind of
 * concern (for example {@code explicit}, {@code abuse}, or an urgent concern's id);</li>
 * <li>{@code lantern_directory_imports_total{source,outcome}}: directory imports by the admin API
 * (token), the admin page (page) or the feed harvester (feed), and what came of them;</li>
 * <li>{@code lantern_sign_in_failures_total{reason}}: failed staff sign-ins, by reason.</li>
 * </ul>
 */
@Component
public class LanternMeters {

    /** Where a screening was completed. */
    public enum Channel { CHAT, DOORSTEP, API }

    private final MeterRegistry registry;
    private final Timer chatTurns;

    public LanternMeters(MeterRegistry registry) {
        this.registry = registry;
        this.chatTurns = Timer.builder("lantern.chat.turns")
                .description("Chat frames handled, from reading the frame to sending the replies")
                .publishPercentileHistogram()
                .register(registry);
    }

    public void screeningCompleted(Channel channel) {
        counter("lantern.screenings.completed", "Screenings completed", "channel", tag(channel.name())).increment();
    }

    /** The timer a chat turn is recorded on. */
    public Timer chatTurns() {
        return chatTurns;
    }

    /** @param concern a concern kind (an enum name or an urgent concern's id from the rules), never message text */
    public void crisisResponse(String concern) {
        counter("lantern.crisis.responses", "Crisis help given in the chat", "concern", tag(concern)).increment();
    }

    /** @param source token, page or feed */
    public void directoryImport(String source, ImportOutcome outcome) {
        directoryImport(source, outcomeOf(outcome));
    }

    /** @param outcome as {@link #outcomeOf}, or busy or failed for a harvest that made none */
    public void directoryImport(String source, String outcome) {
        counter("lantern.directory.imports", "Directory imports", "source", source, "outcome", outcome).increment();
    }

    /** @param reason unknown-account, wrong-password, disabled, delayed or password-too-long */
    public void signInFailure(String reason) {
        counter("lantern.sign-in.failures", "Failed staff sign-ins", "reason", reason).increment();
    }

    /** What came of an import, as logged and tagged: applied, checked, refused-problems or refused-removals. */
    public static String outcomeOf(ImportOutcome outcome) {
        return switch (outcome) {
            case ImportOutcome.Applied a -> "applied";
            case ImportOutcome.Checked c -> "checked";
            case ImportOutcome.Rejected r -> "refused-problems";
            case ImportOutcome.TooManyRemovals t -> "refused-removals";
        };
    }

    private Counter counter(String name, String description, String... tags) {
        return Counter.builder(name).description(description).tags(tags).register(registry);
    }

    private static String tag(String value) {
        return value.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
