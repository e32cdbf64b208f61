package uk.lantern.web.directory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.multipart.MultipartFile;
import uk.lantern.directory.geo.Gazetteer;
import uk.lantern.directory.importer.HsdsCsvPackageImporter;
import uk.lantern.directory.importer.HsdsJsonImporter;
import uk.lantern.directory.importer.ImportProblem;
import uk.lantern.directory.importer.ImportReport;
import uk.lantern.directory.importer.SimpleCsvImporter;

/**
 * Reads an uploaded directory file, for the admin API and the admin directory page alike: a
 * {@code .zip} is the HSDS CSV data package, {@code .json} HSDS JSON and {@code .csv} the simple
 * sheet; without one of those endings the part's content type decides. Any other file gives a
 * report with one problem and no services.
 */
final class DirectoryUploads {
    static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");
    static final MediaType APPLICATION_ZIP = MediaType.parseMediaType("application/zip");

    private DirectoryUploads() {
    }

    static ImportReport read(MultipartFile file, Gazetteer gazetteer) throws IOException {
        String name = displayName(file.getOriginalFilename());
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip") || APPLICATION_ZIP.isCompatibleWith(contentType(file))) {
            try (InputStream in = file.getInputStream()) {
                return new HsdsCsvPackageImporter().readZip(in, name);
            }
        }
        boolean csv = lower.endsWith(".csv")
                || (!lower.endsWith(".json") && TEXT_CSV.isCompatibleWith(contentType(file)));
        boolean json = lower.endsWith(".json")
                || (!lower.endsWith(".csv") && MediaType.APPLICATION_JSON.isCompatibleWith(contentType(file)));
        if (csv == json) {
            return new ImportReport(name, List.of(), List.of(new ImportProblem(name, "file", "",
                    "unknown file type; upload a .json file (HSDS), a .zip of HSDS CSV tables, or a .csv file"
                            + " (the simple sheet)")));
        }
        byte[] bytes = file.getBytes();
        return csv ? readCsv(bytes, name, gazetteer) : readJson(bytes, name);
    }

    static ImportReport readJson(byte[] bytes, String name) {
        return new HsdsJsonImporter().read(new ByteArrayInputStream(bytes), name);
    }

    /** The sheet importer reads files, so the upload goes through a temporary file named only in this method. */
    static ImportReport readCsv(byte[] bytes, String name, Gazetteer gazetteer) throws IOException {
        Path tmp = Files.createTempFile("lantern-import-", ".csv");
        try {
            Files.write(tmp, bytes);
            ImportReport report = new SimpleCsvImporter(gazetteer).read(tmp, name);
            List<ImportProblem> problems = report.problems().stream()
                    .map(p -> new ImportProblem(name, p.record(), p.field(),
                            p.message().replace(tmp.toString(), name)))
                    .toList();
            return new ImportReport(name, report.services(), problems);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static MediaType contentType(MultipartFile file) {
        try {
            return file.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM
                    : MediaType.parseMediaType(file.getContentType());
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    /** The uploaded file's own name, without any folders, for problems and summaries. */
    static String displayName(String original) {
        if (original == null || original.isBlank()) {
            return "upload";
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ -]", "_");
        return name.isBlank() ? "upload" : name.length() > 100 ? name.substring(0, 100) : name;
    }
}
