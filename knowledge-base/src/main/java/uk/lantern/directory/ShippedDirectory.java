package uk.lantern.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import uk.lantern.directory.importer.HsdsJsonImporter;
import uk.lantern.directory.importer.ImportReport;
import uk.lantern.directory.model.Service;

/**
 * The default directory shipped with Lantern: sample Medway and national services in HSDS JSON,
 * dated {@link #SAMPLE_DATE}. It is sample data, to be replaced by a real import.
 */
public final class ShippedDirectory {
    public static final String RESOURCE = "/lantern/directory/default-directory.json";
    public static final String SAMPLE_DATE = "2026-11-23";

    private ShippedDirectory() {
    }

    /** The shipped services; fails loudly if the resource has any problem, since it is ours to fix. */
    public static List<Service> services() {
        try (InputStream in = ShippedDirectory.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The default directory " + RESOURCE
                        + " is missing from the classpath; rebuild the knowledge-base module.");
            }
            ImportReport report = new HsdsJsonImporter().read(in, RESOURCE);
            if (!report.problems().isEmpty()) {
                throw new IllegalStateException("The default directory has problems: " + report.problems());
            }
            return report.services();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
