package uk.lantern.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * DRL files compiled once with the executable model into a KieBase that threads can share, with
 * each rule described for traceability. The screening rules and the safeguarding rules are both
 * built this way.
 */
public final class CompiledRules {

    private final KieBase kieBase;
    private final Map<String, String> sources;
    private final List<RuleInfo> rules;

    private CompiledRules(KieBase kieBase, Map<String, String> sources) {
        this.kieBase = kieBase;
        this.sources = Map.copyOf(sources);
        this.rules = describe(kieBase, sources);
    }

    /**
     * Compiles DRL texts keyed by file name.
     *
     * @param name     names the rule set in the build and in error messages (for example "screening")
     * @param location the classpath folder the files come from, matching their DRL package
     * @throws RuleBaseException naming each file and line that does not compile
     */
    public static CompiledRules compile(String name, String location, Map<String, String> sources) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("uk.lantern", "lantern-" + name, "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        sources.forEach((file, drl) -> kfs.write("src/main/resources/" + location + file, drl));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            StringBuilder text = new StringBuilder("The " + name + " rules do not compile:");
            for (Message m : errors) {
                text.append("\n  ").append(m.getPath()).append(" line ").append(m.getLine()).append(": ").append(m.getText());
            }
            throw new RuleBaseException(text.toString());
        }
        return new CompiledRules(ks.newKieContainer(releaseId).getKieBase(), sources);
    }

    /** Reads a text resource, or fails with the path that is missing. */
    public static String readResource(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new RuleBaseException(path + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuleBaseException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static List<RuleInfo> describe(KieBase kieBase, Map<String, String> sources) {
        List<RuleInfo> list = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Map<String, String> meta = new LinkedHashMap<>();
                rule.getMetaData().forEach((k, v) -> meta.put(k, metadataText(v)));
                list.add(new RuleInfo(rule.getName(), fileOf(rule.getName(), sources), meta));
            }
        }
        list.sort(Comparator.comparing(RuleInfo::file).thenComparing(RuleInfo::name));
        return List.copyOf(list);
    }

    private static String fileOf(String ruleName, Map<String, String> sources) {
        String declaration = "rule \"" + ruleName + "\"";
        return sources.entrySet().stream()
                .filter(e -> e.getValue().contains(declaration))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("");
    }

    /** A metadata value as written, without the quotes DRL keeps around strings. */
    public static String metadataText(Object value) {
        String text = String.valueOf(value);
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1) : text;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** Every rule with its file and metadata, sorted by file then name. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** The DRL text of each file. */
    public Map<String, String> sources() {
        return sources;
    }
}
