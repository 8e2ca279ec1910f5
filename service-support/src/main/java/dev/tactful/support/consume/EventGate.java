package dev.tactful.support.consume;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tactful.events.EventType;
import dev.tactful.events.cloudevents.CloudEventAttributes;
import dev.tactful.events.cloudevents.CloudEventHeaders;
import dev.tactful.events.cloudevents.InvalidCloudEventException;
import dev.tactful.events.cloudevents.TactfulEvents;
import dev.tactful.events.cloudevents.TactfulEvents.Envelope;

/**
 * What one consumer accepts from one topic: which producers ({@code ce_source}) and which contract types
 * ({@code ce_type}). Parses a record into a typed envelope or says, with a {@link DeadLetterReason}, why it never
 * will be one. A topic's ACLs decide who may write to it; this check makes sure that a producer with the wrong
 * identity (a misconfigured service, a test tool pointed at the wrong cluster) cannot make a consumer act.
 */
public final class EventGate {

    private static final ObjectMapper SYNTAX_ONLY = new ObjectMapper();

    private final String topic;
    private final Set<String> sources;
    private final Set<EventType> types;

    private EventGate(String topic, Set<String> sources, Set<EventType> types) {
        if (sources.isEmpty() || types.isEmpty()) {
            throw new IllegalArgumentException("A consumer of " + topic + " must accept at least one source and one type");
        }
        for (EventType t : types) {
            if (!t.topic().equals(topic)) {
                throw new IllegalArgumentException(t.type() + " does not belong on " + topic);
            }
        }
        this.topic = topic;
        this.sources = Set.copyOf(sources);
        this.types = Set.copyOf(EnumSet.copyOf(types));
    }

    /** {@code sources} are compared as written in {@code ce_source}, e.g. {@code /tactful/interview-service}. */
    public static EventGate of(String topic, Set<String> sources, Set<EventType> types) {
        return new EventGate(topic, sources, types);
    }

    public String topic() {
        return topic;
    }

    public Set<String> sources() {
        return sources;
    }

    public Set<EventType> types() {
        return types;
    }

    /** @throws UnprocessableRecordException naming the reason when the record is not an event this consumer takes */
    public Envelope<Object> parse(ConsumerRecord<?, ?> record) {
        CloudEventAttributes attributes;
        try {
            attributes = CloudEventHeaders.read(record.headers());
        } catch (InvalidCloudEventException e) {
            throw new UnprocessableRecordException(DeadLetterReason.NOT_A_CLOUDEVENT, e.getMessage(), e);
        }
        if (attributes.id() == null || attributes.id().isBlank() || attributes.type() == null) {
            throw new UnprocessableRecordException(DeadLetterReason.NOT_A_CLOUDEVENT, "CloudEvent lacks ce_id or ce_type");
        }
        String source = attributes.source().toString();
        if (!sources.contains(source)) {
            throw new UnprocessableRecordException(DeadLetterReason.UNEXPECTED_SOURCE,
                    "ce_source " + source + " is not accepted on " + topic + " (accepted: " + sources + ")");
        }
        Optional<EventType> type = EventType.ofType(attributes.type());
        if (type.isEmpty()) {
            throw new UnprocessableRecordException(DeadLetterReason.UNKNOWN_TYPE, "Unknown CloudEvent type: " + attributes.type());
        }
        if (!types.contains(type.get())) {
            throw new UnprocessableRecordException(DeadLetterReason.UNEXPECTED_TYPE,
                    "ce_type " + attributes.type() + " is not accepted on " + topic);
        }
        byte[] data = data(record);
        if (data == null || data.length == 0 || !isJson(attributes.dataContentType()) || !wellFormed(data)) {
            throw new UnprocessableRecordException(DeadLetterReason.UNPARSEABLE, data == null ? "The record has no data"
                    : "The data is not JSON (content-type " + attributes.dataContentType() + ")");
        }
        try {
            return TactfulEvents.parse(record);
        } catch (InvalidCloudEventException e) {
            throw new UnprocessableRecordException(DeadLetterReason.INVALID, e.getMessage(), e);
        }
    }

    private static byte[] data(ConsumerRecord<?, ?> record) {
        Object value = record.value();
        if (value instanceof byte[] b) {
            return b;
        }
        return value == null ? null : value.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static boolean isJson(String contentType) {
        return contentType == null
                || contentType.split(";", 2)[0].trim().equalsIgnoreCase(CloudEventAttributes.JSON);
    }

    private static boolean wellFormed(byte[] data) {
        try {
            SYNTAX_ONLY.readTree(data);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
