package dev.tactful.support.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import dev.tactful.events.EventType;
import dev.tactful.events.Topics;

class EventGateTest {

    private static final String INTERVIEW_SERVICE = "/tactful/interview-service";
    private static final EventGate GATE = EventGate.of(Topics.INTERVIEW_EVENTS, Set.of(INTERVIEW_SERVICE),
            EnumSet.of(EventType.INTERVIEW_LOGGED, EventType.INTERVIEW_OUTCOME));

    private static ConsumerRecord<String, byte[]> record(String source, String type, String contentType, String data) {
        RecordHeaders h = new RecordHeaders();
        h.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        h.add("ce_id", "evt-1".getBytes(StandardCharsets.UTF_8));
        if (source != null) {
            h.add("ce_source", source.getBytes(StandardCharsets.UTF_8));
        }
        h.add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        if (contentType != null) {
            h.add("content-type", contentType.getBytes(StandardCharsets.UTF_8));
        }
        return new ConsumerRecord<>(Topics.INTERVIEW_EVENTS, 0, 7L, 0L, TimestampType.CREATE_TIME, 0, 0, "key",
                data == null ? null : data.getBytes(StandardCharsets.UTF_8), h, java.util.Optional.empty());
    }

    private static DeadLetterReason reasonOf(ConsumerRecord<String, byte[]> record) {
        try {
            GATE.parse(record);
            throw new AssertionError("accepted");
        } catch (UnprocessableRecordException e) {
            return e.reason();
        }
    }

    @Test
    void namesWhyARecordIsRefused() {
        String logged = EventType.INTERVIEW_LOGGED.type();
        assertThat(reasonOf(new ConsumerRecord<>(Topics.INTERVIEW_EVENTS, 0, 0L, "k", "{}".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(DeadLetterReason.NOT_A_CLOUDEVENT);
        assertThat(reasonOf(record(null, logged, null, "{}"))).isEqualTo(DeadLetterReason.NOT_A_CLOUDEVENT);
        assertThat(reasonOf(record("/tactful/notifier-service", logged, null, "{}"))).isEqualTo(DeadLetterReason.UNEXPECTED_SOURCE);
        assertThat(reasonOf(record("/tactful/interview", logged, null, "{}"))).isEqualTo(DeadLetterReason.UNEXPECTED_SOURCE);
        assertThat(reasonOf(record(INTERVIEW_SERVICE, "tactful.no.such.v9", null, "{}"))).isEqualTo(DeadLetterReason.UNKNOWN_TYPE);
        assertThat(reasonOf(record(INTERVIEW_SERVICE, EventType.FOLLOWUP_DUE.type(), null, "{}")))
                .isEqualTo(DeadLetterReason.UNEXPECTED_TYPE);
        assertThat(reasonOf(record(INTERVIEW_SERVICE, logged, null, "{not json"))).isEqualTo(DeadLetterReason.UNPARSEABLE);
        assertThat(reasonOf(record(INTERVIEW_SERVICE, logged, null, ""))).isEqualTo(DeadLetterReason.UNPARSEABLE);
        assertThat(reasonOf(record(INTERVIEW_SERVICE, logged, null, null))).isEqualTo(DeadLetterReason.UNPARSEABLE);
        assertThat(reasonOf(record(INTERVIEW_SERVICE, logged, "text/plain", "{}"))).isEqualTo(DeadLetterReason.UNPARSEABLE);
        assertThat(reasonOf(record(INTERVIEW_SERVICE, logged, null, "{\"interviewId\": 42}"))).isEqualTo(DeadLetterReason.INVALID);
    }

    @Test
    void aTypeOfAnotherTopicCannotBeAccepted() {
        assertThatThrownBy(() -> EventGate.of(Topics.FOLLOWUPS_DUE, Set.of("/tactful/planner-service"),
                EnumSet.of(EventType.INTERVIEW_LOGGED))).isInstanceOf(IllegalArgumentException.class);
    }
}
