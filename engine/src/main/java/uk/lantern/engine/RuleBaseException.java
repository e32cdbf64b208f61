package uk.lantern.engine;

/** The rule base could not be read or compiled; the message names the file and the problem. */
public final class RuleBaseException extends RuntimeException {

    public RuleBaseException(String message) {
        super(message);
    }

    public RuleBaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
