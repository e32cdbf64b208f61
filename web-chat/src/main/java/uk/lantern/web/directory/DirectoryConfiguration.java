package uk.lantern.web.directory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.engine.RuleBase;
import uk.lantern.engine.catalogue.FactorEntry;

/**
 * Opens the directory index once at start-up and closes it on shutdown. The index folder is
 * created when missing and filled from the shipped sample directory until a real import
 * replaces it.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    @Bean(destroyMethod = "close")
    LocalServicesDirectory localServicesDirectory(
            @Value("${lantern.directory.index-path:./data/directory-index}") String indexPath, RuleBase ruleBase)
            throws java.io.IOException {
        Set<String> missing = needsWithoutTerms(ruleBase, uk.lantern.directory.taxonomy.NeedsTaxonomy.termIds());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The rules can raise needs the directory has no term for: " + missing
                    + "; add them to NeedsTaxonomy or rename them in the rule catalogue");
        }
        Path dir = Path.of(indexPath).toAbsolutePath().normalize();
        Files.createDirectories(dir);
        return LocalServicesDirectory.open(dir);
    }

    /**
     * Every kind of service the rule base can ask for: the catalogue's needs and the needs each
     * factor raises. Help that costs nothing ({@code free_services}) is about how services are
     * offered, not a kind of service, so it needs no term and is left out.
     */
    static Set<String> needsTheRulesCanRaise(RuleBase ruleBase) {
        Set<String> needs = new LinkedHashSet<>(ruleBase.catalogue().needs().keySet());
        for (FactorEntry factor : ruleBase.catalogue().factors().values()) {
            needs.addAll(factor.needs());
        }
        needs.remove(uk.lantern.web.chat.ServiceFinder.FREE_SERVICES);
        return needs;
    }

    /** The needs the rules can raise that are not term ids of the directory's needs taxonomy. */
    static Set<String> needsWithoutTerms(RuleBase ruleBase, Set<String> termIds) {
        List<String> missing = new ArrayList<>(needsTheRulesCanRaise(ruleBase));
        missing.removeAll(termIds);
        return new LinkedHashSet<>(missing);
    }
}
