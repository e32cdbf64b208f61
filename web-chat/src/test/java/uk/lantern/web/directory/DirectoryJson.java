package uk.lantern.web.directory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON reading for the directory tests. */
final class DirectoryJson {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private DirectoryJson() {
    }

    static JsonNode read(String body) {
        return JSON.readTree(body);
    }
}
