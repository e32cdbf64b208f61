package uk.lantern.engine.training;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.engine.CompiledRules;
import uk.lantern.engine.RuleBaseException;

/**
 * Which tests exercise each rule, by rule name, from {@value #DEFAULT_PATH}. A trainer follows a
 * rule to the tests that pin it; the rules module's {@code RuleTestsIndexTest} fails when a rule
 * has no test listed or a listed test does not exist.
 */
public final class RuleTests {

    public static final String DEFAULT_PATH = "lantern/training/rule-tests.json";

    /**
     * One test method.
     *
     * @param className the test class's fully qualified name
     * @param method    the test method's name
     */
    public record TestMethod(String className, String method) {

        /** Parses {@code uk.lantern.rules.FactorRulesTest#method}. */
        static TestMethod parse(String text) {
            int hash = text.indexOf('#');
            if (hash <= 0 || hash == text.length() - 1) {
                throw new IllegalArgumentException("\"" + text + "\" is not in the form class#method");
            }
            return new TestMethod(text.substring(0, hash), text.substring(hash + 1));
        }

        public String simpleClassName() {
            return className.substring(className.lastIndexOf('.') + 1);
        }

        @Override
        public String toString() {
            return className + "#" + method;
        }
    }

    private final Map<String, List<TestMethod>> byRule;

    private RuleTests(Map<String, List<String>> raw) {
        Map<String, List<TestMethod>> map = new LinkedHashMap<>();
        raw.forEach((rule, tests) -> map.put(rule, tests.stream().map(TestMethod::parse).toList()));
        this.byRule = java.util.Collections.unmodifiableMap(map);
    }

    public static RuleTests load() {
        String json = CompiledRules.readResource(RuleTests.class.getClassLoader(), DEFAULT_PATH);
        try {
            return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            throw new RuleBaseException("Cannot read " + DEFAULT_PATH + ": " + e.getMessage(), e);
        }
    }

    /** Reads {@code {"rules": {"rule name": ["class#method", ...]}}}. */
    public static RuleTests read(InputStream json) throws IOException {
        JsonMapper mapper = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        return new RuleTests(mapper.readValue(json, File.class).rules());
    }

    private record File(Map<String, List<String>> rules) {
    }

    /** Every rule listed, with its tests. */
    public Map<String, List<TestMethod>> all() {
        return byRule;
    }

    /** The tests listed for a rule; empty when none are. */
    public List<TestMethod> forRule(String ruleName) {
        return byRule.getOrDefault(ruleName, List.of());
    }
}
