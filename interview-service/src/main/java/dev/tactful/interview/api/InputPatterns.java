package dev.tactful.interview.api;

/** Shapes a request value must have beyond its length; the lengths themselves are the contract's {@code Limits}. */
final class InputPatterns {

    static final String HTTP_URL = "https?://\\S+";

    private InputPatterns() {
    }
}
