package uk.lantern.directory.search;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Damages an index on disk the way a bad sector would: one byte in the middle of its largest file. */
public final class IndexDamage {
    private IndexDamage() {
    }

    /** Flips every bit of one byte in the live generation's largest data file under {@code root}. */
    public static void flipOneByte(Path root) throws IOException {
        Path live = root.resolve(Files.readString(root.resolve("CURRENT")).trim());
        Path victim;
        try (Stream<Path> files = Files.list(live)) {
            victim = files.filter(p -> !p.getFileName().toString().startsWith("segments")
                            && !p.getFileName().toString().endsWith(".lock"))
                    .max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length())).orElseThrow();
        }
        try (RandomAccessFile raf = new RandomAccessFile(victim.toFile(), "rw")) {
            long middle = raf.length() / 2;
            raf.seek(middle);
            int b = raf.read();
            raf.seek(middle);
            raf.write(b ^ 0xFF);
        }
    }
}
