package dev.tactful.inbox.it;

import static dev.tactful.inbox.it.Fixtures.as;
import static dev.tactful.inbox.it.Fixtures.connectBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import dev.tactful.events.CandidateErased;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.Topics;
import dev.tactful.events.cloudevents.CloudEventAttributes;
import dev.tactful.events.cloudevents.CloudEventHeaders;
import dev.tactful.events.cloudevents.EventJson;
import dev.tactful.infra.TactfulInfra;
import dev.tactful.infra.TopicRecords;
import dev.tactful.support.erasure.CandidateErasure;
import dev.tactful.support.testing.TableScan;
import io.quarkus.test.junit.QuarkusTest;

/** tactful.candidate.erased.v1 from the real broker: the mailbox login, its sync state and the projection all go. */
@QuarkusTest
class CandidateErasureTest {

    static final Duration WAIT = Duration.ofSeconds(40);

    @Test
    void theErasureDeletesTheMailboxAndEveryProjectedRowOfTheCandidate() throws Exception {
        String candidate = "cand-" + UUID.randomUUID();
        String address = candidate + "@example.org";
        CandidateMailboxes.user(address, "app-pass");
        UUID interview = Fixtures.interview(candidate, address, "avery@northwind.example", DeliveryMode.SEND_DIRECT);
        Fixtures.thankYou(candidate, interview, "avery@northwind.example");
        await().atMost(WAIT).until(() -> Db.count("SELECT count(*) FROM interview_view WHERE interview_id = ?", interview) == 1
                && Db.count("SELECT count(*) FROM sent_followup WHERE candidate_id = ?", candidate) == 1);
        as(candidate).body(connectBody(address, "app-pass")).put("/api/v1/mailbox").then().statusCode(200);

        // The export part: the connection without its password.
        as(candidate).get("/api/v1/me/export").then().statusCode(200)
                .body("mailbox.username", equalTo(address)).body("mailbox.password", nullValue());
        assertThat(as(candidate).get("/api/v1/me/export").asString()).doesNotContain("app-pass");
        assertThat(rowsMentioning(candidate)).isNotEmpty();

        publishErasure(new CandidateErased(UUID.randomUUID(), candidate, Instant.now()));

        await().atMost(WAIT).untilAsserted(() -> assertThat(rowsMentioning(candidate)).isEmpty());
        assertThat(Db.count("SELECT count(*) FROM erased_candidate WHERE candidate_hash = ?", CandidateErasure.hash(candidate)))
                .isEqualTo(1);
        as(candidate).get("/api/v1/mailbox").then().statusCode(404);
        as(candidate).get("/api/v1/me/export").then().statusCode(200).body("mailbox", nullValue());
        // While the erasure lasts, the account cannot connect a mailbox again: its password would be stored for nothing.
        as(candidate).body(connectBody(address, "app-pass")).put("/api/v1/mailbox").then().statusCode(409)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("erased"));
        assertThat(rowsMentioning(candidate)).isEmpty();
    }

    private static void publishErasure(CandidateErased erased) {
        var headers = CloudEventHeaders.write(new org.apache.kafka.common.header.internals.RecordHeaders(),
                CloudEventAttributes.json(erased.erasureId().toString(), "/tactful/interview-service",
                        "tactful.candidate.erased.v1", erased.erasedAt(), erased.candidateId()));
        TopicRecords.send(new ProducerRecord<>(Topics.INTERVIEW_EVENTS, null, erased.candidateId(), EventJson.toBytes(erased), headers));
    }

    private static List<String> rowsMentioning(String candidate) {
        return TableScan.rowsMentioning(TactfulInfra.get().jdbcUrl("inbox"), TactfulInfra.POSTGRES_USER,
                TactfulInfra.POSTGRES_PASSWORD, candidate);
    }
}
