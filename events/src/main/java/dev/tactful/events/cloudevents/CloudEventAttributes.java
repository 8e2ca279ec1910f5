package dev.tactful.events.cloudevents;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * The CloudEvents 1.0 context attributes Tactful uses. {@code subject} carries the interview id,
 * the same value as the Kafka record key.
 */
public record CloudEventAttributes(String id, URI source, String type, Instant time, String subject, String dataContentType) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    public CloudEventAttributes {
        requireText(id, "id");
        Objects.requireNonNull(source, "source");
        requireText(type, "type");
        dataContentType = dataContentType == null ? JSON : dataContentType;
    }

    public static CloudEventAttributes json(String id, String source, String type, Instant time, String subject) {
        return new CloudEventAttributes(id, URI.create(source), type, time, subject, JSON);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new InvalidCloudEventException("CloudEvent attribute '" + name + "' is missing");
        }
    }
}
