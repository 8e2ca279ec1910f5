package dev.tactful.support.consume;

/** The record itself is at fault and will be every time: the consumer dead-letters it with the reason and goes on. */
public class UnprocessableRecordException extends RuntimeException {

    private final DeadLetterReason reason;

    public UnprocessableRecordException(DeadLetterReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public UnprocessableRecordException(DeadLetterReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public DeadLetterReason reason() {
        return reason;
    }
}
