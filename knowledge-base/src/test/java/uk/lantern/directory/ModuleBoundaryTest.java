package uk.lantern.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The directory stays plain Java and independent of the screening engine: neither Spring nor
 * Drools nor the engine is on its classpath, so no directory class can come to depend on them.
 */
class ModuleBoundaryTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "org.springframework.core.SpringVersion",
        "org.kie.api.KieBase",
        "uk.lantern.engine.ScreeningEngine"
    })
    void isNotOnTheDirectoryClasspath(String className) {
        assertThat(getClass().getClassLoader().getResource(className.replace('.', '/') + ".class"))
                .as(className).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"org.apache.lucene.index.IndexWriter", "tools.jackson.databind.json.JsonMapper"})
    void theCheckCanSeeWhatIsThere(String className) {
        assertThat(getClass().getClassLoader().getResource(className.replace('.', '/') + ".class"))
                .as(className).isNotNull();
    }
}
