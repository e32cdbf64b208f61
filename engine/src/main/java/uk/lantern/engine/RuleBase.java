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
import uk.lantern.engine.catalogue.Catalogue;
import uk.lantern.engine.questionnaire.Questionnaire;

/**
 * The questionnaire, the catalogue and the compiled rules, loaded together from the classpath
 * (the {@code rules} module puts them under {@value #DEFAULT_LOCATION}). The KieBase is built once
 * with the executable model and is safe to share between threads; build a {@code RuleBase} once
 * per application.
 */
public final class RuleBase {

    public static final String DEFAULT_LOCATION = "lantern/rules/";

    private final Questionnaire questionnaire;
    private final Catalogue catalogue;
    private final KieBase kieBase;
    private final List<RuleInfo> rules;
    private final Map<String, String> sources;

    private RuleBase(Questionnaire questionnaire, Catalogue catalogue, KieBase kieBase, Map<String, String> sources) {
        this.questionnaire = questionnaire;
        this.catalogue = catalogue;
        this.kieBase = kieBase;
        this.sources = Map.copyOf(sources);
        this.rules = describeRules(kieBase, sources);
    }

    /** Loads the rule base the {@code rules} module ships. */
    public static RuleBase load() {
        return load(DEFAULT_LOCATION, RuleBase.class.getClassLoader());
    }

    /** Loads {@code questionnaire.json}, {@code catalogue.json} and the DRL files it lists from a classpath folder. */
    public static RuleBase load(String location, ClassLoader loader) {
        Questionnaire questionnaire;
        Catalogue catalogue;
        try (InputStream q = open(loader, location + "questionnaire.json");
             InputStream c = open(loader, location + "catalogue.json")) {
            questionnaire = Questionnaire.read(q);
            catalogue = Catalogue.read(c);
        } catch (IOException | RuntimeException e) {
            throw new RuleBaseException("Cannot read the questionnaire or catalogue under " + location + ": " + e.getMessage(), e);
        }
        Map<String, String> sources = new LinkedHashMap<>();
        for (String file : catalogue.ruleFiles()) {
            try (InputStream in = open(loader, location + file)) {
                sources.put(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new RuleBaseException("Cannot read rule file " + location + file + ": " + e.getMessage(), e);
            }
        }
        return new RuleBase(questionnaire, catalogue, compile(location, sources), sources);
    }

    private static InputStream open(ClassLoader loader, String path) throws IOException {
        InputStream in = loader.getResourceAsStream(path);
        if (in == null) {
            throw new IOException(path + " is not on the classpath");
        }
        return in;
    }

    private static KieBase compile(String location, Map<String, String> sources) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("uk.lantern", "lantern-rulebase", "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        sources.forEach((file, drl) -> kfs.write("src/main/resources/" + location + file, drl));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            StringBuilder text = new StringBuilder("The rules do not compile:");
            for (Message m : errors) {
                text.append("\n  ").append(m.getPath()).append(" line ").append(m.getLine()).append(": ").append(m.getText());
            }
            throw new RuleBaseException(text.toString());
        }
        return ks.newKieContainer(releaseId).getKieBase();
    }

    private static List<RuleInfo> describeRules(KieBase kieBase, Map<String, String> sources) {
        List<RuleInfo> list = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Map<String, String> meta = new LinkedHashMap<>();
                rule.getMetaData().forEach((k, v) -> meta.put(k, unquote(String.valueOf(v))));
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

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    KieBase kieBase() {
        return kieBase;
    }

    /** Every rule with its file and metadata, sorted by file then name. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** The DRL text of each rule file, for trainers reading the rules. */
    public Map<String, String> sources() {
        return sources;
    }
}
