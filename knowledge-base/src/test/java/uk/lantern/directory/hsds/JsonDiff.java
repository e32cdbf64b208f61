package uk.lantern.directory.hsds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Lists every path where two JSON trees differ, so a failing round trip names each lost value. */
public final class JsonDiff {
    private JsonDiff() {
    }

    public static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        walk("$", expected, actual, out);
        return out;
    }

    private static void walk(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (actual == null || actual.isMissingNode()) {
            out.add(path + ": lost (was " + expected + ")");
        } else if (expected.isObject() && actual.isObject()) {
            for (Map.Entry<String, JsonNode> e : expected.properties()) {
                walk(path + "." + e.getKey(), e.getValue(), actual.get(e.getKey()), out);
            }
            for (String name : actual.propertyNames()) {
                if (!expected.has(name)) {
                    out.add(path + "." + name + ": added (" + actual.get(name) + ")");
                }
            }
        } else if (expected.isArray() && actual.isArray()) {
            for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
                if (i >= expected.size()) {
                    out.add(path + "[" + i + "]: added (" + actual.get(i) + ")");
                } else {
                    walk(path + "[" + i + "]", expected.get(i), actual.get(i), out);
                }
            }
        } else if (!expected.equals(actual)) {
            out.add(path + ": was " + expected + ", now " + actual);
        }
    }
}
