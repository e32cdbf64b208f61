package uk.lantern.directory.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import uk.lantern.directory.geo.Gazetteer;

/**
 * Picks the importer for a path: a folder is an HSDS CSV data package, a {@code .json} file is
 * HSDS JSON (3.0, or ORUK 1.0 mapped to 3.0), and a {@code .csv} file is the simple
 * one-row-per-service sheet. Locations with only a postcode are placed by {@link PostcodePlacement}.
 */
public final class DirectoryImporter {
    private final Gazetteer gazetteer;

    public DirectoryImporter(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public ImportReport read(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isDirectory(path)) {
            return PostcodePlacement.place(new HsdsCsvPackageImporter().read(path), gazetteer);
        }
        if (!Files.isRegularFile(path)) {
            return new ImportReport(path.toString(), List.of(), List.of(new ImportProblem(path.toString(), "file", "",
                    "no such file or folder; check the path")));
        }
        if (name.endsWith(".json")) {
            return PostcodePlacement.place(new HsdsJsonImporter().read(path), gazetteer);
        }
        if (name.endsWith(".csv")) {
            return new SimpleCsvImporter(gazetteer).read(path);
        }
        return new ImportReport(path.toString(), List.of(), List.of(new ImportProblem(path.toString(), "file", "",
                "unknown file type; give a .json file, a .csv file or a folder of HSDS CSV tables")));
    }
}
