package dev.tactful.interview.service;

import dev.tactful.support.ProblemException;

/**
 * A client's {@code Idempotency-Key} for one creating request. {@code value} null means the client sent none.
 * {@code request} is the request as parsed, whose JSON is fingerprinted: the API passes its request record, so
 * a key stored before keeps matching its retries.
 */
public record IdempotencyKey(String value, String operation, Object request) {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 200;

    public IdempotencyKey {
        if (value != null && (value.isBlank() || value.length() > MAX_LENGTH)) {
            throw ProblemException.badRequest(HEADER, "must be 1 to " + MAX_LENGTH + " characters");
        }
    }

    boolean present() {
        return value != null;
    }
}
