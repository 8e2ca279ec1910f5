package dev.tactful.events.deadletter;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The headers a consumer adds when it moves a record to {@code <topic>-dlq}. The record keeps its key, value and
 * every original header (the CloudEvents {@code ce_*} attributes included), so a replay can put it back unchanged.
 * The names follow SmallRye Reactive Messaging's own dead-letter headers, so tools that know those read these.
 */
public final class DeadLetterHeaders {

    /** Common prefix; a replay removes every header that starts with it. */
    public static final String PREFIX = "dead-letter-";
    /** Why, as a short code (see the services' {@code DeadLetterReason}), e.g. {@code unexpected-source}. */
    public static final String REASON = PREFIX + "reason";
    /** The error in words, bounded in length. */
    public static final String DETAIL = PREFIX + "detail";
    public static final String TOPIC = PREFIX + "topic";
    public static final String PARTITION = PREFIX + "partition";
    public static final String OFFSET = PREFIX + "offset";
    /** The consuming application that gave up on the record. */
    public static final String CONSUMER = PREFIX + "consumer";
    /** When (machine time, ISO-8601). */
    public static final String AT = PREFIX + "at";

    private DeadLetterHeaders() {
    }

    /** A copy of the headers without any dead-letter header: what the record carried before it was dead-lettered. */
    public static Headers withoutDeadLetterHeaders(Headers headers) {
        RecordHeaders copy = new RecordHeaders();
        for (Header h : headers) {
            if (!h.key().startsWith(PREFIX)) {
                copy.add(h.key(), h.value());
            }
        }
        return copy;
    }

    public static String get(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
