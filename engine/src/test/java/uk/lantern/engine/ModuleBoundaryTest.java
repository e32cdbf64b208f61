package uk.lantern.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine stays plain Java: neither Spring nor the services directory (or Lucene beneath it)
 * is on its classpath, so no engine class can come to depend on them.
 */
class ModuleBoundaryTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "org.springframework.core.SpringVersion",
        "org.apache.lucene.index.IndexWriter",
        "uk.lantern.directory.package-info"
    })
    void isNotOnTheEngineClasspath(String className) {
        assertThat(ModuleBoundaryTest.class.getClassLoader().getResource(className.replace('.', '/') + ".class"))
                .as(className).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"org.kie.api.KieBase", "tools.jackson.databind.json.JsonMapper"})
    void theCheckCanSeeWhatIsThere(String className) {
        assertThat(ModuleBoundaryTest.class.getClassLoader().getResource(className.replace('.', '/') + ".class"))
                .as(className).isNotNull();
    }
}
