package uk.lantern.rules.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import uk.lantern.engine.Assessment;
import uk.lantern.engine.RuleBase;
import uk.lantern.engine.ScreeningEngine;
import uk.lantern.rules.golden.GoldenCase;
import uk.lantern.rules.golden.ReferenceScorer;

/**
 * One whole screening through the Drools engine (validation, a new stateless session, firing and
 * building the explained {@link Assessment}) against the plain-Java {@link ReferenceScorer} on the
 * same answers. Each call screens the next of a few golden cases: a person with no risk, a widow
 * with many factors, an urgent case and a boundary case, so the figures mix light and heavy work.
 * Run with {@code ./mvnw -pl rules -am verify -Pbench -DskipTests}; results are in docs/benchmarks.md.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ScreeningBenchmark {

    /** The golden case files screened in turn. */
    static final List<String> CASES = List.of(
            "01-well-connected.json",
            "07-widow-stopped-driving-sight.json",
            "19-urgent-thoughts-of-harm.json",
            "11-newly-retired-man-65.json");

    private ScreeningEngine engine;
    private ReferenceScorer reference;
    private Map<String, Object>[] answers;
    private int next;

    @Setup(Level.Trial)
    @SuppressWarnings("unchecked")
    public void setUp() {
        engine = new ScreeningEngine(RuleBase.load());
        reference = new ReferenceScorer();
        List<GoldenCase> all = GoldenCase.all();
        answers = CASES.stream()
                .map(file -> all.stream().filter(c -> c.file().equals(file)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("No golden case " + file)))
                .map(GoldenCase::answers)
                .toArray(Map[]::new);
    }

    private Map<String, Object> nextAnswers() {
        Map<String, Object> a = answers[next];
        next = (next + 1) % answers.length;
        return a;
    }

    @Benchmark
    public Assessment droolsEngine() {
        return engine.assess(nextAnswers());
    }

    @Benchmark
    public ReferenceScorer.Result referenceScorer() {
        return reference.score(nextAnswers());
    }
}
