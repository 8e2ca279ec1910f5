package dev.tactful.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import dev.tactful.events.EventType;
import dev.tactful.events.InterviewOutcomeLogged;
import dev.tactful.events.MatchedBy;
import dev.tactful.events.OutcomeType;
import dev.tactful.events.ReplyDetected;
import dev.tactful.events.Topics;
import dev.tactful.events.cloudevents.EventJson;
import dev.tactful.events.cloudevents.TactfulEvents;
import dev.tactful.infra.TopicRecords;
import io.quarkus.test.junit.QuarkusTest;

/** A reply inbox-service found becomes the outcome REPLY_RECEIVED on interview-events, once, however often it arrives. */
@QuarkusTest
class InboxReplyTest {

    private static final String INBOX = "/tactful/inbox-service";

    @Test
    void aDetectedReplyIsLoggedOnceAsReplyReceivedFromTheInbox() throws Exception {
        String candidate = Requests.newCandidate();
        UUID id = UUID.fromString(Requests.as(candidate).body(Requests.validInterview().toString())
                .post("/api/v1/interviews").then().statusCode(201).extract().path("id"));
        EventsTopic.publishedFor(id, 1);
        Instant interviewed = java.time.OffsetDateTime.parse(Requests.as(candidate).get("/api/v1/interviews/" + id)
                .then().statusCode(200).extract().path("interviewedAt")).toInstant();
        Instant received = interviewed.plus(Duration.ofHours(5));
        ReplyDetected reply = new ReplyDetected(id, candidate, "<r1@northwind.example>", received, "avery@northwind.example",
                MatchedBy.SENDER, null, "It comes from the address of Avery Stone, interviewer.", received.plusSeconds(60));
        String eventId = UUID.randomUUID().toString();
        publish(eventId, reply, id);
        publish(eventId, reply, id);

        List<ConsumerRecord<String, byte[]>> records = EventsTopic.publishedFor(id, 2);
        assertThat(EventsTopic.types(records)).isEqualTo("tactful.interview.logged.v1,tactful.interview.outcome.v1");
        InterviewOutcomeLogged outcome = (InterviewOutcomeLogged) TactfulEvents.parse(records.get(1)).data();
        assertThat(outcome.type()).isEqualTo(OutcomeType.REPLY_RECEIVED);
        assertThat(outcome.at()).isEqualTo(received);
        assertThat(outcome.note()).isNull();

        Requests.as(candidate).get("/api/v1/interviews/" + id).then().statusCode(200)
                .body("status", equalTo("REPLIED")).body("outcomes.size()", equalTo(1))
                .body("outcomes[0].source", equalTo("inbox"));

    }

    @Test
    void manualOutcomesSayTheyCameFromTheCandidate() {
        String candidate = Requests.newCandidate();
        String id = Requests.as(candidate).body(Requests.validInterview().toString())
                .post("/api/v1/interviews").then().statusCode(201).extract().path("id");
        Requests.as(candidate).body("{\"type\":\"REPLY_RECEIVED\"}").post("/api/v1/interviews/" + id + "/outcomes")
                .then().statusCode(201).body("source", equalTo("candidate"));
    }

    static void publish(String ceId, ReplyDetected reply, UUID interviewId) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.INBOX_EVENTS, null, interviewId.toString(),
                EventJson.toBytes(reply), TactfulEvents.headers(ceId, INBOX, reply, reply.detectedAt(), interviewId));
        assertThat(EventType.of(reply.getClass())).isEqualTo(EventType.INBOX_REPLY);
        TopicRecords.send(record);
    }
}
