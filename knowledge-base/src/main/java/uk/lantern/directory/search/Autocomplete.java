package uk.lantern.directory.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.taxonomy.NeedsTaxonomy;

/**
 * Completes what someone is typing from service names and need labels. Infix matching lets
 * "bef" find "Rochester befriending scheme". It keeps its own small index next to the main one,
 * because the suggester owns and rewrites its directory.
 */
final class Autocomplete implements Closeable {
    private static final long NAME_WEIGHT = 2;
    private static final long NEED_WEIGHT = 3;

    private final FSDirectory directory;
    private final AnalyzingInfixSuggester suggester;

    private Autocomplete(FSDirectory directory, AnalyzingInfixSuggester suggester) {
        this.directory = directory;
        this.suggester = suggester;
    }

    static Autocomplete open(Path dir) throws IOException {
        FSDirectory directory = FSDirectory.open(dir);
        return new Autocomplete(directory, new AnalyzingInfixSuggester(directory, DirectoryAnalysis.plainWords()));
    }

    /**
     * Fills a new, empty suggester with every need label and the services' names, then makes them
     * visible. Plain adds of distinct names: updating one by one costs a delete per entry.
     */
    void addAll(Collection<Service> services) throws IOException {
        for (var term : NeedsTaxonomy.terms()) {
            suggester.add(new BytesRef(term.name()), null, NEED_WEIGHT, null);
        }
        Set<String> names = new HashSet<>();
        for (Service s : services) {
            if (names.add(s.name())) {
                suggester.add(new BytesRef(s.name()), null, NAME_WEIGHT, null);
            }
        }
        suggester.refresh();
    }

    void add(Service service) throws IOException {
        suggester.update(new BytesRef(service.name()), null, NAME_WEIGHT, null);
        suggester.refresh();
    }

    List<String> complete(String prefix, int max) throws IOException {
        if (prefix == null || prefix.isBlank() || suggester.getCount() == 0) {
            return List.of();
        }
        return suggester.lookup(prefix, max, true, false).stream().map(r -> r.key.toString()).distinct().toList();
    }

    @Override
    public void close() throws IOException {
        try {
            suggester.close();
        } finally {
            directory.close();
        }
    }
}
