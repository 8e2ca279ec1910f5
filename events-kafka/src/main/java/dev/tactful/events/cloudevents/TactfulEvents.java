package dev.tactful.events.cloudevents;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import dev.tactful.events.EventType;

/**
 * Builds and parses whole contract events: attributes in headers, data as JSON, type checked against
 * the contract. A consumer gets either a typed {@link Envelope} or an {@link InvalidCloudEventException}
 * (its cue to dead-letter the record).
 */
public final class TactfulEvents {

    private TactfulEvents() {
    }

    /** A parsed event: its attributes, contract type and typed data. */
    public record Envelope<T>(CloudEventAttributes attributes, EventType eventType, T data) {
    }

    /** Headers for a new event of the given payload's type; {@code subject} should be the interview id. */
    public static Headers headers(String id, String source, Object payload, Instant time, UUID interviewId) {
        EventType type = EventType.of(payload.getClass());
        return CloudEventHeaders.write(new RecordHeaders(),
                CloudEventAttributes.json(id, source, type.type(), time, interviewId == null ? null : interviewId.toString()));
    }

    /** Parses headers and data of a record into a typed envelope, or throws {@link InvalidCloudEventException}. */
    public static Envelope<Object> parse(Headers headers, byte[] data) {
        CloudEventAttributes attrs = CloudEventHeaders.read(headers);
        EventType type = EventType.ofType(attrs.type())
                .orElseThrow(() -> new InvalidCloudEventException("Unknown CloudEvent type: " + attrs.type()));
        if (!isJson(attrs.dataContentType())) {
            throw new InvalidCloudEventException("Unsupported content-type: " + attrs.dataContentType());
        }
        return new Envelope<>(attrs, type, EventJson.fromBytes(data, type.payload()));
    }

    /** {@code application/json}, with or without parameters such as {@code charset=utf-8}. */
    static boolean isJson(String contentType) {
        return contentType != null
                && contentType.split(";", 2)[0].trim().equalsIgnoreCase(CloudEventAttributes.JSON);
    }

    public static Envelope<Object> parse(ConsumerRecord<?, ?> record) {
        Object value = record.value();
        byte[] data = value instanceof byte[] b ? b : value == null ? null : value.toString().getBytes(StandardCharsets.UTF_8);
        return parse(record.headers(), data);
    }
}
