package uk.lantern.directory.importer;

import java.nio.file.Path;
import uk.lantern.directory.geo.Gazetteer;

/**
 * Command line check of an import: reads a file or folder as the directory would and prints
 * what it would import and every problem, changing nothing. The directory itself lives in the
 * application's database, so imports are applied through the admin API or the admin page.
 *
 * <pre>
 * java -cp ... uk.lantern.directory.importer.DirectoryImportCommand SOURCE [--ons ONSPD.csv]
 * </pre>
 *
 * {@code --ons} places simple-CSV postcodes with a full ONS Postcode Directory. Exits with 1
 * when nothing could be read, 2 on wrong arguments.
 */
public final class DirectoryImportCommand {

    private DirectoryImportCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, java.io.PrintStream out, java.io.PrintStream err) {
        Path source = null;
        Path ons = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--ons" -> {
                    if (i + 1 >= args.length) {
                        return usage(err, "--ons needs the path of an ONS Postcode Directory CSV");
                    }
                    ons = Path.of(args[++i]);
                }
                default -> {
                    if (source != null) {
                        return usage(err, "unexpected argument " + args[i]);
                    }
                    source = Path.of(args[i]);
                }
            }
        }
        if (source == null) {
            return usage(err, "give the file or folder to check");
        }
        Gazetteer gazetteer = ons == null ? Gazetteer.shipped() : Gazetteer.shippedWithOns(ons);
        ImportReport report = new DirectoryImporter(gazetteer).read(source);
        report.problems().forEach(p -> out.println("problem: " + p));
        out.println("Readable: " + report.services().size() + " service" + (report.services().size() == 1 ? "" : "s")
                + " from " + report.source() + " with " + report.problems().size() + " problem"
                + (report.problems().size() == 1 ? "" : "s") + ". Nothing was changed; import it through the admin"
                + " API or page.");
        return report.services().isEmpty() ? 1 : 0;
    }

    private static int usage(java.io.PrintStream err, String problem) {
        err.println(problem);
        err.println("usage: DirectoryImportCommand SOURCE [--ons ONSPD.csv]");
        return 2;
    }
}
