package uk.lantern.rules.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import uk.lantern.engine.safeguarding.SafeguardingCheck;
import uk.lantern.engine.safeguarding.SafeguardingResult;

/**
 * Checking one chat message for crisis language with the shipped safeguarding rules, as the chat
 * does on every message: tidying, text-speak, concepts, a pooled Drools session, the rules
 * firing. Each call checks the next message of the tuning corpus (messages needing help and
 * look-alikes in the file's order), so the figures mix quiet messages and ones that fire several
 * rules. Target: p99 at most 1 ms. Run with
 * {@code ./mvnw -pl rules -am verify -Pbench -DskipTests -Dbench.args=SafeguardingBenchmark};
 * results are in docs/benchmarks.md.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class SafeguardingBenchmark {

    static final String CORPUS = "/lantern/safeguarding/corpus/tuning.tsv";

    private SafeguardingCheck check;
    private String[] messages;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        check = SafeguardingCheck.load();
        try (InputStream in = SafeguardingBenchmark.class.getResourceAsStream(CORPUS)) {
            if (in == null) {
                throw new IllegalStateException(CORPUS + " is not on the test classpath");
            }
            messages = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("family\t") && !line.isBlank())
                    .map(line -> line.substring(line.lastIndexOf('\t') + 1))
                    .toArray(String[]::new);
        }
    }

    @Benchmark
    public SafeguardingResult checkOneMessage() {
        String message = messages[next];
        next = (next + 1) % messages.length;
        return check.check(message);
    }
}
