package uk.lantern.engine.catalogue;

/**
 * A kind of help the rules can point to; the ids are shared with the services directory taxonomy.
 *
 * @param id          shared id (for example {@code bereavement_support})
 * @param label       short name
 * @param description what this kind of help is, in plain English
 */
public record NeedEntry(String id, String label, String description) {
}
