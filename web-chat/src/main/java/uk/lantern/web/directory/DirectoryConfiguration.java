package uk.lantern.web.directory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.store.DirectoryStore;
import uk.lantern.engine.RuleBase;
import uk.lantern.engine.catalogue.FactorEntry;

/**
 * Opens the directory once at start-up and closes it on shutdown. Its services live in the
 * application's database (tables from the Flyway migration {@code V30__directory.sql}); the index
 * folder is derived from them, created when missing and rebuilt when damaged or behind. A
 * database that has never held a directory gets the shipped sample until a real import.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    @Bean(destroyMethod = "close")
    @DependsOnDatabaseInitialization
    LocalServicesDirectory localServicesDirectory(
            @Value("${lantern.directory.index-path:./data/directory-index}") String indexPath, RuleBase ruleBase,
            DataSource dataSource) throws java.io.IOException {
        Set<String> missing = needsWithoutTerms(ruleBase, uk.lantern.directory.taxonomy.NeedsTaxonomy.termIds());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The rules can raise needs the directory has no term for: " + missing
                    + "; add them to NeedsTaxonomy or rename them in the rule catalogue");
        }
        Path dir = Path.of(indexPath).toAbsolutePath().normalize();
        Files.createDirectories(dir);
        return LocalServicesDirectory.open(dir, new DirectoryStore(dataSource));
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
        needs.remove(uk.lantern.directory.signpost.Person.FREE_SERVICES);
        return needs;
    }

    /** The needs the rules can raise that are not term ids of the directory's needs taxonomy. */
    static Set<String> needsWithoutTerms(RuleBase ruleBase, Set<String> termIds) {
        List<String> missing = new ArrayList<>(needsTheRulesCanRaise(ruleBase));
        missing.removeAll(termIds);
        return new LinkedHashSet<>(missing);
    }
}
