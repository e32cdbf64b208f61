package uk.lantern.engine;

import java.util.Map;

/**
 * A rule as trainers and traceability tests see it.
 *
 * @param name     the rule's name, which reads as a sentence
 * @param file     the DRL file it lives in
 * @param metadata its metadata: {@code factor}, {@code measure}, {@code need}, {@code band} or
 *                 {@code safeguarding}, naming the catalogue entry it serves
 */
public record RuleInfo(String name, String file, Map<String, String> metadata) {

    public RuleInfo {
        metadata = Map.copyOf(metadata);
    }
}
