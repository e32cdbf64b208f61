package uk.lantern.directory.importer;

import java.nio.file.Path;
import java.util.List;
import uk.lantern.directory.geo.Gazetteer;
import uk.lantern.directory.search.ServiceIndex;

/**
 * Command line import: reads a file or folder and makes it the whole directory in an index
 * folder, printing what was imported and every problem.
 *
 * <pre>
 * java -cp ... uk.lantern.directory.importer.DirectoryImportCommand SOURCE INDEX_DIR [--ons ONSPD.csv] [--check]
 * </pre>
 *
 * {@code --ons} places simple-CSV postcodes with a full ONS Postcode Directory; {@code --check}
 * reads and reports without touching the index. Exits with 1 when nothing could be imported,
 * 2 on wrong arguments.
 */
public final class DirectoryImportCommand {

    private DirectoryImportCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, java.io.PrintStream out, java.io.PrintStream err) {
        Path source = null;
        Path indexDir = null;
        Path ons = null;
        boolean check = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--ons" -> {
                    if (i + 1 >= args.length) {
                        return usage(err, "--ons needs the path of an ONS Postcode Directory CSV");
                    }
                    ons = Path.of(args[++i]);
                }
                case "--check" -> check = true;
                default -> {
                    if (source == null) {
                        source = Path.of(args[i]);
                    } else if (indexDir == null) {
                        indexDir = Path.of(args[i]);
                    } else {
                        return usage(err, "unexpected argument " + args[i]);
                    }
                }
            }
        }
        if (source == null || (indexDir == null && !check)) {
            return usage(err, "give the file or folder to import and the index folder");
        }
        Gazetteer gazetteer = ons == null ? Gazetteer.shipped() : Gazetteer.shippedWithOns(ons);
        ImportReport report = new DirectoryImporter(gazetteer).read(source);
        report.problems().forEach(p -> out.println("problem: " + p));
        out.println(report.summary());
        if (report.services().isEmpty()) {
            err.println("Nothing was imported; the index was left unchanged.");
            return 1;
        }
        if (!check) {
            List<uk.lantern.directory.model.Service> services = report.services();
            try (ServiceIndex index = ServiceIndex.open(indexDir, () -> services)) {
                if (!index.wasRebuiltOnOpen()) {
                    index.replaceAll(services);
                }
                out.println("The index in " + indexDir + " now holds " + index.count() + " services.");
            }
        }
        return 0;
    }

    private static int usage(java.io.PrintStream err, String problem) {
        err.println(problem);
        err.println("usage: DirectoryImportCommand SOURCE INDEX_DIR [--ons ONSPD.csv] [--check]");
        return 2;
    }
}
