package dev.tactful.events.cloudevents;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Writes and reads CloudEvents 1.0 binary-mode Kafka headers ({@code ce_*} plus {@code content-type}),
 * so no service hand-rolls them. See the CloudEvents Kafka protocol binding, section 3.2.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {
    }

    /** Replaces any CloudEvents headers already present with the given attributes. */
    public static Headers write(Headers headers, CloudEventAttributes ce) {
        put(headers, SPEC_VERSION, CloudEventAttributes.SPEC_VERSION);
        put(headers, ID, ce.id());
        put(headers, SOURCE, ce.source().toString());
        put(headers, TYPE, ce.type());
        put(headers, CONTENT_TYPE, ce.dataContentType());
        // Optional attributes are removed when absent, so a rewritten record never keeps a stale value.
        headers.remove(TIME);
        headers.remove(SUBJECT);
        if (ce.time() != null) {
            put(headers, TIME, ce.time().toString());
        }
        if (ce.subject() != null) {
            put(headers, SUBJECT, ce.subject());
        }
        return headers;
    }

    /**
     * Reads the attributes back.
     *
     * @throws InvalidCloudEventException when a required attribute is missing or malformed, or the spec version is not 1.0
     */
    public static CloudEventAttributes read(Headers headers) {
        String spec = get(headers, SPEC_VERSION);
        if (!CloudEventAttributes.SPEC_VERSION.equals(spec)) {
            throw new InvalidCloudEventException("Unsupported or missing ce_specversion: " + spec);
        }
        String source = get(headers, SOURCE);
        if (source == null) {
            throw new InvalidCloudEventException("CloudEvent attribute 'source' is missing");
        }
        try {
            String time = get(headers, TIME);
            return new CloudEventAttributes(get(headers, ID), URI.create(source), get(headers, TYPE),
                    time == null ? null : Instant.parse(time), get(headers, SUBJECT), get(headers, CONTENT_TYPE));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidCloudEventException("Malformed CloudEvent attribute: " + e.getMessage(), e);
        }
    }

    private static void put(Headers headers, String key, String value) {
        headers.remove(key);
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String get(Headers headers, String key) {
        Header h = headers.lastHeader(key);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
