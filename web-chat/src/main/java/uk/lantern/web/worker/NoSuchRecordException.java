package uk.lantern.web.worker;

/** The record does not exist, was erased, or belongs to another team: all look the same from outside. */
final class NoSuchRecordException extends RuntimeException {

    NoSuchRecordException() {
        super("No such record in your team");
    }
}
