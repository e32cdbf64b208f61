package uk.lantern.directory.geo;

/**
 * A postcode, sector or district packed into 42 bits of a {@code long}, so the national file can
 * hold fixed-width records and be searched by halving. The outward code is padded with spaces to 4
 * characters and the inward code to 3 ("ME7 " + "1AB", "ME7 " + "1  ", "ME7 " + "   "); each of the
 * 7 characters takes 6 bits (space 0, digits 1-10, letters 11-36). Numeric order of keys is the
 * alphabetical order of the padded text, so a district sorts just before its sectors and postcodes.
 */
final class PostcodeKey {
    static final int BITS = 42;

    private PostcodeKey() {
    }

    /** The key of a postcode, sector or district. */
    static long of(Postcode postcode) {
        long key = 0;
        key = append(key, postcode.outward(), 4);
        return append(key, postcode.inward() == null ? "" : postcode.inward(), 3);
    }

    private static long append(long key, String part, int width) {
        for (int i = 0; i < width; i++) {
            key = key << 6 | (i < part.length() ? code(part.charAt(i)) : 0);
        }
        return key;
    }

    private static int code(char c) {
        if (c >= '0' && c <= '9') {
            return 1 + c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return 11 + c - 'A';
        }
        throw new IllegalArgumentException("not a postcode character: " + c);
    }
}
