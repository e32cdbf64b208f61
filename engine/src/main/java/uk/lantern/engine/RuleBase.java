package uk.lantern.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
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
    private final CompiledRules compiled;

    private RuleBase(Questionnaire questionnaire, Catalogue catalogue, CompiledRules compiled) {
        this.questionnaire = questionnaire;
        this.catalogue = catalogue;
        this.compiled = compiled;
    }

    /** Loads the rule base the {@code rules} module ships. */
    public static RuleBase load() {
        return load(DEFAULT_LOCATION, RuleBase.class.getClassLoader());
    }

    /** Loads {@code questionnaire.json}, {@code catalogue.json} and the DRL files it lists from a classpath folder. */
    public static RuleBase load(String location, ClassLoader loader) {
        Questionnaire questionnaire;
        Catalogue catalogue;
        String questionnaireJson = CompiledRules.readResource(loader, location + "questionnaire.json");
        String catalogueJson = CompiledRules.readResource(loader, location + "catalogue.json");
        try {
            questionnaire = Questionnaire.read(new ByteArrayInputStream(questionnaireJson.getBytes(StandardCharsets.UTF_8)));
            catalogue = Catalogue.read(new ByteArrayInputStream(catalogueJson.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            throw new RuleBaseException("Cannot read the questionnaire or catalogue under " + location + ": " + e.getMessage(), e);
        }
        Map<String, String> sources = new LinkedHashMap<>();
        for (String file : catalogue.ruleFiles()) {
            sources.put(file, CompiledRules.readResource(loader, location + file));
        }
        return new RuleBase(questionnaire, catalogue, CompiledRules.compile("screening", location, sources));
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    KieBase kieBase() {
        return compiled.kieBase();
    }

    /** Every rule with its file and metadata, sorted by file then name. */
    public List<RuleInfo> rules() {
        return compiled.rules();
    }

    /** The DRL text of each rule file, for trainers reading the rules. */
    public Map<String, String> sources() {
        return compiled.sources();
    }
}
