package dev.tactful.support.outbox;

/**
 * Fired (CDI event) after a transaction that wrote outbox rows has committed, so the relay publishes now instead of
 * at its next poll. Firing it before the commit would only make the relay look too early; it is never required for
 * correctness.
 */
public record OutboxWritten(int rows) {
}
