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
import uk.lantern.directory.geo.Gazetteer;
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
            DataSource dataSource, Gazetteer gazetteer) throws java.io.IOException {
        Set<String> missing = needsWithoutTerms(ruleBase, uk.lantern.directory.taxonomy.NeedsTaxonomy.termIds());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The rules can raise needs the directory has no term for: " + missing
                    + "; add them to NeedsTaxonomy or rename them in the rule catalogue");
        }
        Path dir = Path.of(indexPath).toAbsolutePath().normalize();
        Files.createDirectories(dir);
        return LocalServicesDirectory.open(dir, new DirectoryStore(dataSource), gazetteer);
    }

    /**
     * Places people give: the shipped Medway tables, plus the national ONS Postcode Directory and
     * Index of Place Names when their CSVs are configured (docs/places.md). The postcode file is
     * built under {@code built-path} on the first start and reused while the CSV is unchanged.
     */
    @Bean
    Gazetteer gazetteer(@Value("${lantern.places.onspd-csv:}") String onspdCsv,
            @Value("${lantern.places.ipn-csv:}") String ipnCsv,
            @Value("${lantern.places.built-path:./data/places}") String builtPath) {
        return Gazetteer.shippedWith(onspdCsv.isBlank() ? null : existing(onspdCsv, "lantern.places.onspd-csv"),
                ipnCsv.isBlank() ? null : existing(ipnCsv, "lantern.places.ipn-csv"),
                Path.of(builtPath).toAbsolutePath().normalize());
    }

    private static Path existing(String file, String setting) {
        Path path = Path.of(file).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(setting + " names " + path + ", which is not a readable file");
        }
        return path;
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
