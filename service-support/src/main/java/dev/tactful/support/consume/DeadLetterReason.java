package dev.tactful.support.consume;

/**
 * Why a record can never be processed, as written to the {@code dead-letter-reason} header. Only these go to the DLQ;
 * a failure that is not the record's own (database, broker, timeout) is retried in place instead.
 */
public enum DeadLetterReason {
    /** No CloudEvents binary-mode headers, a spec version other than 1.0, or a malformed attribute. */
    NOT_A_CLOUDEVENT("not-a-cloudevent"),
    /** {@code ce_source} is not a producer this consumer accepts this topic from. */
    UNEXPECTED_SOURCE("unexpected-source"),
    /** {@code ce_type} is no type of the contract. */
    UNKNOWN_TYPE("unknown-type"),
    /** A contract type, but not one that belongs on this topic for this consumer. */
    UNEXPECTED_TYPE("unexpected-type"),
    /** The data is not JSON (or not declared as JSON). */
    UNPARSEABLE("unparseable"),
    /** JSON, but not a valid payload of its type, or it breaks a rule of the contract (a required field, an id that changes owner). */
    INVALID("invalid"),
    /** The database refused the data itself (SQLSTATE class 22 or 23, e.g. a value too long, a check constraint). */
    REJECTED("rejected");

    private final String code;

    DeadLetterReason(String code) {
        this.code = code;
    }

    /** The header value. */
    public String code() {
        return code;
    }
}
