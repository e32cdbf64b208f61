package uk.lantern.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import uk.lantern.web.account.AccountStore;

/**
 * Every endpoint, signed out and as each role, against the table in {@code access/*.csv}; and a
 * check that no mapped endpoint is missing from that table.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessRulesTest {

    private static final String[] WHO = {"anonymous", StaffAccounts.WORKER, StaffAccounts.TRAINER, StaffAccounts.ADMIN};

    record Row(String file, HttpMethod method, String pattern, String path, int[] expected) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountStore accountStore;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private StaffAccounts staff;

    @BeforeAll
    void accounts() {
        staff = new StaffAccounts(accountStore);
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:access/*.csv");
        assertThat(files).as("access tables").isNotEmpty();
        for (Resource file : files) {
            try (InputStream in = file.getInputStream()) {
                List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank()).toList();
                assertThat(lines.getFirst()).isEqualTo("method,pattern,path,anonymous,worker,trainer,admin");
                for (String line : lines.subList(1, lines.size())) {
                    String[] cells = line.split(",", -1);
                    assertThat(cells).as("%s: %s", file.getFilename(), line).hasSize(7);
                    int[] expected = Stream.of(cells).skip(3).mapToInt(Integer::parseInt).toArray();
                    rows.add(new Row(file.getFilename(), HttpMethod.valueOf(cells[0]), cells[1], cells[2], expected));
                }
            }
        }
        return rows;
    }

    static Stream<Arguments> requests() throws IOException {
        return rows().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void eachRoleGetsTheExpectedAnswer(Row row) throws Exception {
        for (int i = 0; i < WHO.length; i++) {
            MockHttpServletRequestBuilder request = request(row.method(), row.path());
            if (row.method() != HttpMethod.GET) {
                request.with(csrf());
            }
            if (i > 0) {
                request.with(staff.as(WHO[i]));
            }
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            assertThat(status).as("%s %s as %s (%s)", row.method(), row.path(), WHO[i], row.file())
                    .isEqualTo(row.expected()[i]);
        }
    }

    @Test
    void aSignedInPostWithoutACsrfTokenIsRefused() throws Exception {
        int status = mvc.perform(request(HttpMethod.POST, "/session/keep-alive").with(staff.as(StaffAccounts.WORKER)))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
    }

    @Test
    void everyMappedEndpointIsInTheAccessTable() throws IOException {
        Set<String> listed = new TreeSet<>();
        for (Row row : rows()) {
            listed.add(row.method() + " " + row.pattern());
        }
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getName().startsWith("uk.lantern.")) {
                Set<String> methods = new TreeSet<>();
                info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
                if (methods.isEmpty()) {
                    methods.add("GET");
                }
                for (String pattern : info.getPatternValues()) {
                    for (String method : methods) {
                        mapped.add(method + " " + pattern);
                    }
                }
            }
        });
        assertThat(listed).as("endpoints in src/test/resources/access/*.csv").containsAll(mapped);
    }
}
