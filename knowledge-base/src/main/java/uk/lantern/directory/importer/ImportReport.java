package uk.lantern.directory.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lantern.directory.model.Service;

/** What an import read: the services that are good enough to use and the problems found. */
public record ImportReport(String source, List<Service> services, List<ImportProblem> problems) {
    public ImportReport {
        services = List.copyOf(services);
        problems = List.copyOf(problems);
    }

    /** The problems that are faults (not warnings): any of them refuses an import without {@code partial}. */
    public List<ImportProblem> faults() {
        return problems.stream().filter(p -> !p.warning()).toList();
    }

    /** How many of the problems are warnings: values kept as sent and not used; they never refuse an import. */
    public long warnings() {
        return problems.stream().filter(ImportProblem::warning).count();
    }

    /** A short summary for people running an import. */
    public String summary() {
        int faults = faults().size();
        long warnings = warnings();
        return "Imported " + services.size() + " service" + (services.size() == 1 ? "" : "s") + " from " + source
                + " with " + faults + " problem" + (faults == 1 ? "" : "s")
                + (warnings == 0 ? "" : " and " + warnings + " warning" + (warnings == 1 ? "" : "s")) + ".";
    }

    /**
     * Drops later services with an id already seen, reporting each: ids must be unique or a
     * re-import would not be repeatable.
     */
    public static ImportReport deduplicated(String source, List<Service> services, List<ImportProblem> problems) {
        Map<String, Service> byId = new LinkedHashMap<>();
        List<ImportProblem> all = new ArrayList<>(problems);
        for (Service s : services) {
            if (byId.putIfAbsent(s.id(), s) != null) {
                all.add(new ImportProblem(source, s.id(), "id",
                        "another service already has this id; only the first was imported"));
            }
        }
        return new ImportReport(source, new ArrayList<>(byId.values()), all);
    }
}
