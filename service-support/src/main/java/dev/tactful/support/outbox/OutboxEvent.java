package dev.tactful.support.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An event to write to the outbox in the caller's transaction.
 *
 * @param id     becomes {@code ce_id}; consumers de-duplicate by it
 * @param key    the Kafka record key (the interview id: all events of one interview share a partition and an order)
 * @param time   business time: when what the event announces happened
 */
public record OutboxEvent(UUID id, String key, String topic, String type, String source, Instant time, String payload) {

    public OutboxEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(payload, "payload");
    }
}
