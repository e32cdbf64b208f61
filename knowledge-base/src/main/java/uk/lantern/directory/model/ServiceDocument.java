package uk.lantern.directory.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's whole HSDS 3.0 object as it was read, kept as its UTF-8 JSON bytes rather than as a
 * Jackson tree: at a whole import of 100,000 full records the trees (a map entry, a string and a
 * node object for every value) held about 1.3 GB of a 3 GB heap until the import ended, the bytes
 * hold about 270 MB (2.7 KB a record). Each {@link #tree()} parses a fresh tree that the caller
 * owns and may change; nothing is shared between callers, so the record can never be changed
 * through one of them.
 *
 * <p>The top-level {@code last_modified} text is kept beside the bytes, because the store and the
 * index read it for every row and parsing the record for it would cost more than the bytes save.
 *
 * <p>Equality is that of the trees (the order of an object's fields does not count), as it was when
 * services held their trees.
 */
public final class ServiceDocument {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final byte[] json;
    private final String lastModified;

    private ServiceDocument(byte[] json, String lastModified) {
        this.json = json;
        this.lastModified = lastModified;
    }

    /**
     * The document of {@code node} as it is now (later changes to the node are not seen).
     *
     * @return null when {@code node} is null
     */
    public static ServiceDocument of(JsonNode node) {
        if (node == null) {
            return null;
        }
        JsonNode modified = node.get("last_modified");
        return new ServiceDocument(JSON.writeValueAsBytes(node),
                modified != null && modified.isString() ? modified.asString() : null);
    }

    /** A fresh tree of the record, the caller's own to read or change. */
    public JsonNode tree() {
        return JSON.readTree(json);
    }

    /** The record's top-level {@code last_modified} as sent, when it is text; null otherwise. */
    public String lastModifiedText() {
        return lastModified;
    }

    /** The record's size as UTF-8 JSON, in bytes. */
    public int size() {
        return json.length;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ServiceDocument other
                && (Arrays.equals(json, other.json) || tree().equals(other.tree()));
    }

    @Override
    public int hashCode() {
        return tree().hashCode();
    }

    @Override
    public String toString() {
        return new String(json, StandardCharsets.UTF_8);
    }
}
