package uk.lantern.directory;

/**
 * How an admin asked for an import or harvest to be applied.
 *
 * @param check   read and report only; change nothing
 * @param partial apply the good records even when some records have problems (each is still reported)
 * @param confirm apply even when more than the set share of the directory's services would be removed
 */
public record ImportOptions(boolean check, boolean partial, boolean confirm) {
    /** Apply only a clean import that removes no more than the set share. */
    public static final ImportOptions STRICT = new ImportOptions(false, false, false);
}
