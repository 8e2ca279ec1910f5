package dev.tactful.events;

/**
 * Guards the fields an event cannot do without. A payload missing one fails to deserialise, so the
 * consumer dead-letters it instead of acting on an event with no interview id.
 */
final class Require {

    private Require() {
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("Required event field '" + field + "' is missing");
        }
        return value;
    }
}
