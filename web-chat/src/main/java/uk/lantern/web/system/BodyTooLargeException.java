package uk.lantern.web.system;

import java.io.IOException;

/**
 * A request body passed its size limit while being read. An {@link IOException} so that whatever
 * was reading (Jackson, Spring's form filter) stops at once; {@link RequestSizeLimitFilter} and
 * {@link ProblemDetailsAdvice} turn it into a 413 problem detail.
 */
final class BodyTooLargeException extends IOException {

    private final long limit;

    BodyTooLargeException(long limit) {
        super("Request body over " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }

    /** The RFC 9457 problem detail for a body over {@code limit} bytes, as JSON. */
    static String problemJson(long limit) {
        return "{\"type\":\"/problems/body-too-large\",\"title\":\"The request body is too large\","
                + "\"status\":413,\"detail\":\"Request bodies here may be at most " + limit + " bytes.\"}";
    }
}
