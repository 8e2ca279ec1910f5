package dev.tactful.events.cloudevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.tactful.events.EventType;
import dev.tactful.events.FollowUpDue;
import dev.tactful.events.InterviewOutcomeLogged;
import dev.tactful.events.SampleEvents;
import dev.tactful.events.Topics;

class TactfulEventsTest {

    private static final Instant TIME = Instant.parse("2026-05-20T03:30:00Z");

    static List<Record> samples() {
        return SampleEvents.all();
    }

    private static Headers headersFor(Object payload) {
        return TactfulEvents.headers("evt-" + payload.hashCode(), "/tactful/test", payload, TIME, SampleEvents.INTERVIEW_ID);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("samples")
    void writeThenParseGivesTheSameTypedEvent(Record payload) {
        Headers headers = headersFor(payload);
        TactfulEvents.Envelope<Object> envelope = TactfulEvents.parse(headers, EventJson.toBytes(payload));

        assertThat(envelope.eventType()).isEqualTo(EventType.of(payload.getClass()));
        assertThat(envelope.attributes().type()).isEqualTo(envelope.eventType().type());
        assertThat(envelope.attributes().subject()).isEqualTo(SampleEvents.INTERVIEW_ID.toString());
        assertThat(envelope.attributes().time()).isEqualTo(TIME);
        assertThat(envelope.attributes().source().toString()).isEqualTo("/tactful/test");
        assertThat(envelope.data()).isEqualTo(payload);
    }

    @Test
    void parsesConsumerRecordsWithStringOrByteValues() {
        FollowUpDue due = SampleEvents.followUpDue();
        String key = due.interviewId().toString();

        ConsumerRecord<String, String> asString = new ConsumerRecord<>(Topics.FOLLOWUPS_DUE, 0, 7L, key, EventJson.toJson(due));
        headersFor(due).forEach(h -> asString.headers().add(h));
        assertThat(TactfulEvents.parse(asString).data()).isEqualTo(due);

        ConsumerRecord<String, byte[]> asBytes = new ConsumerRecord<>(Topics.FOLLOWUPS_DUE, 0, 8L, key, EventJson.toBytes(due));
        headersFor(due).forEach(h -> asBytes.headers().add(h));
        assertThat(TactfulEvents.parse(asBytes).data()).isEqualTo(due);
    }

    @Test
    void followUpDueUsesTheFollowUpIdAsStableEventId() {
        FollowUpDue due = SampleEvents.followUpDue();
        Headers first = TactfulEvents.headers(due.followUpId().toString(), "/tactful/planner-service", due, TIME, due.interviewId());
        Headers again = TactfulEvents.headers(due.followUpId().toString(), "/tactful/planner-service", due, TIME.plusSeconds(30), due.interviewId());
        assertThat(CloudEventHeaders.read(first).id()).isEqualTo(CloudEventHeaders.read(again).id())
                .isEqualTo(SampleEvents.FOLLOW_UP_ID.toString());
    }

    @Test
    void nullRecordValueIsRejected() {
        ConsumerRecord<String, String> tombstone = new ConsumerRecord<>(Topics.FOLLOWUPS_DUE, 0, 9L, "k", null);
        headersFor(SampleEvents.followUpDue()).forEach(h -> tombstone.headers().add(h));
        assertThatThrownBy(() -> TactfulEvents.parse(tombstone)).isInstanceOf(InvalidCloudEventException.class);
    }

    @Test
    void missingIdIsRejected() {
        Headers headers = headersFor(SampleEvents.outcome());
        headers.remove("ce_id");
        assertThatThrownBy(() -> TactfulEvents.parse(headers, EventJson.toBytes(SampleEvents.outcome())))
                .isInstanceOf(InvalidCloudEventException.class);
    }

    @Test
    void wrongSpecVersionIsRejected() {
        Headers headers = headersFor(SampleEvents.outcome());
        headers.remove("ce_specversion");
        headers.add("ce_specversion", "2.0".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> TactfulEvents.parse(headers, EventJson.toBytes(SampleEvents.outcome())))
                .isInstanceOf(InvalidCloudEventException.class);
    }

    @Test
    void unknownTypeIsRejected() {
        Headers headers = headersFor(SampleEvents.outcome());
        headers.remove("ce_type");
        headers.add("ce_type", "tactful.interview.outcome.v2".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> TactfulEvents.parse(headers, EventJson.toBytes(SampleEvents.outcome())))
                .isInstanceOf(InvalidCloudEventException.class).hasMessageContaining("tactful.interview.outcome.v2");
    }

    @Test
    void nonJsonContentTypeIsRejected() {
        Headers headers = headersFor(SampleEvents.outcome());
        headers.remove("content-type");
        headers.add("content-type", "application/avro".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> TactfulEvents.parse(headers, EventJson.toBytes(SampleEvents.outcome())))
                .isInstanceOf(InvalidCloudEventException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "{not json",
            "[1, 2, 3]",
            "\"a string\"",
            "{\"interviewId\": \"not-a-uuid\"}",
            "{\"type\": \"MAYBE_LATER\"}",
            "{\"at\": \"last tuesday\"}",
            "{\"newDecisionExpectedBy\": \"2026-13-45\"}"})
    void malformedDataIsRejected(String data) {
        Headers headers = headersFor(SampleEvents.outcome());
        assertThatThrownBy(() -> TactfulEvents.parse(headers, data.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidCloudEventException.class);
    }

    @Test
    void missingDataIsRejected() {
        Headers headers = headersFor(SampleEvents.outcome());
        assertThatThrownBy(() -> TactfulEvents.parse(headers, null)).isInstanceOf(InvalidCloudEventException.class);
    }

    @Test
    void nullForAPrimitiveFieldIsRejected() {
        // NotificationFailed.attempts is an int: a null must not silently become 0.
        Headers headers = TactfulEvents.headers("e", "/tactful/test", SampleEvents.failed(), TIME, SampleEvents.INTERVIEW_ID);
        byte[] data = "{\"attempts\": null}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TactfulEvents.parse(headers, data)).isInstanceOf(InvalidCloudEventException.class);
    }

    @Test
    void headersRefuseAPayloadThatIsNotAContractEvent() {
        assertThatThrownBy(() -> TactfulEvents.headers("e", "/tactful/test", "just a string", TIME, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void newerProducerFieldsAreToleratedByOlderConsumers() {
        InterviewOutcomeLogged outcome = SampleEvents.outcome();
        String withExtra = EventJson.toJson(outcome).replaceFirst("\\{", "{\"addedInLaterMinor\":\"x\",");
        assertThat(TactfulEvents.parse(headersFor(outcome), withExtra.getBytes(StandardCharsets.UTF_8)).data()).isEqualTo(outcome);
    }

    @Test
    void jsonNullDataIsRejected() {
        Headers headers = headersFor(SampleEvents.followUpDue());
        assertThatThrownBy(() -> TactfulEvents.parse(headers, "null".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidCloudEventException.class);
    }

    @Test
    void eventWithoutItsInterviewIdIsRejected() {
        Headers headers = headersFor(SampleEvents.followUpDue());
        assertThatThrownBy(() -> TactfulEvents.parse(headers, "{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidCloudEventException.class)
                .hasMessageContaining("followUpId");
    }

    @Test
    void contentTypeParametersAreAccepted() {
        FollowUpDue due = SampleEvents.followUpDue();
        Headers headers = headersFor(due);
        headers.remove(CloudEventHeaders.CONTENT_TYPE);
        headers.add(CloudEventHeaders.CONTENT_TYPE, "application/json; charset=utf-8".getBytes(StandardCharsets.UTF_8));
        assertThat(TactfulEvents.parse(headers, EventJson.toBytes(due)).data()).isEqualTo(due);
    }

    @Test
    void rewritingHeadersDropsStaleOptionalAttributes() {
        Headers headers = headersFor(SampleEvents.followUpDue());
        CloudEventHeaders.write(headers, CloudEventAttributes.json("evt-2", "/tactful/test", EventType.FOLLOWUP_DUE.type(), null, null));
        CloudEventAttributes read = CloudEventHeaders.read(headers);
        assertThat(read.time()).isNull();
        assertThat(read.subject()).isNull();
        assertThat(read.id()).isEqualTo("evt-2");
    }
}
