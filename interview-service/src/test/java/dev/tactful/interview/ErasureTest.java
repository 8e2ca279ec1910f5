package dev.tactful.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.tactful.events.CandidateErased;
import dev.tactful.events.cloudevents.EventJson;
import dev.tactful.infra.TactfulInfra;
import dev.tactful.support.erasure.CandidateErasure;
import dev.tactful.support.testing.TableScan;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ErasureTest {

    @Test
    void erasingDeletesEveryRowOfTheCandidateAndAnnouncesItOnce() throws Exception {
        String candidate = Requests.newCandidate();
        String other = Requests.newCandidate();
        UUID first = log(candidate, "erase-key-1");
        UUID second = log(candidate, null);
        Requests.as(candidate).header("Idempotency-Key", "erase-outcome").body("{\"type\":\"REJECTED\",\"note\":\"went elsewhere\"}")
                .post("/api/v1/interviews/" + first + "/outcomes").then().statusCode(201);
        UUID kept = log(other, null);
        EventsTopic.publishedFor(first, 2);
        EventsTopic.publishedFor(second, 1);
        assertThat(rowsMentioning(candidate)).as("before the erasure").isNotEmpty();

        JsonPath answer = Requests.as(candidate).delete("/api/v1/me").then().statusCode(202)
                .body("interviewsErased", equalTo(2)).body("alreadyErased", equalTo(false))
                .body("whatHappens", notNullValue()).body("kafkaRetention", equalTo("PT168H"))
                .extract().jsonPath();
        Instant accepted = Instant.parse(answer.getString("acceptedAt"));
        Instant lastCopy = Instant.parse(answer.getString("lastCopyGoneBy"));
        assertThat(Duration.between(accepted, lastCopy)).isGreaterThanOrEqualTo(Duration.ofDays(7));
        assertThat(Instant.parse(answer.getString("tombstoneUntil"))).isAfter(lastCopy);
        String erasureId = answer.getString("erasureId");
        // Before the 202, the planner and the notifier were told to hold, with the candidate's own token.
        assertThat(PartServices.HOLDS).contains("planner:" + candidate, "notifier:" + candidate);

        // Announced once on interview-events, keyed (and subjected) by the candidate id.
        List<ConsumerRecord<String, byte[]>> announced = await().atMost(Duration.ofSeconds(30)).until(
                () -> EventsTopic.readToEnd().stream().filter(r -> candidate.equals(r.key())).toList(), l -> !l.isEmpty());
        assertThat(announced).hasSize(1);
        ConsumerRecord<String, byte[]> record = announced.get(0);
        assertThat(EventsTopic.header(record, "ce_type")).isEqualTo("tactful.candidate.erased.v1");
        assertThat(EventsTopic.header(record, "ce_id")).isEqualTo(erasureId);
        assertThat(EventsTopic.header(record, "ce_subject")).isEqualTo(candidate);
        CandidateErased event = EventJson.fromBytes(record.value(), CandidateErased.class);
        assertThat(event.candidateId()).isEqualTo(candidate);
        assertThat(event.erasureId()).hasToString(erasureId);

        // Nothing of the candidate is left in any table once the announcement's own outbox row has served (the
        // published announcement is swept within seconds in the test profile); the tombstone holds a hash only.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(rowsMentioning(candidate)).isEmpty());
        assertThat(EventsTopic.count("SELECT count(*) FROM erased_candidate WHERE candidate_hash = ?",
                CandidateErasure.hash(candidate))).isEqualTo(1);
        // The other candidate is untouched.
        Requests.as(other).get("/api/v1/interviews/" + kept).then().statusCode(200);

        // The erased subject logs nothing new while the tombstone lives, and a second erasure is harmless.
        Requests.as(candidate).body(Requests.validInterview().toString()).post("/api/v1/interviews").then().statusCode(409)
                .contentType("application/problem+json");
        Requests.as(candidate).get("/api/v1/interviews/" + first).then().statusCode(404);
        Requests.as(candidate).delete("/api/v1/me").then().statusCode(202).body("alreadyErased", equalTo(true));
        assertThat(EventsTopic.readToEnd().stream().filter(r -> candidate.equals(r.key())).count()).isEqualTo(1);
    }

    @Test
    void whenTheNotifierCannotBeToldToHoldNothingIsErased() {
        String candidate = "unreachable-" + UUID.randomUUID();
        UUID id = log(candidate, null);
        Requests.as(candidate).delete("/api/v1/me").then().statusCode(503).contentType("application/problem+json");
        Requests.as(candidate).get("/api/v1/interviews/" + id).then().statusCode(200);
    }

    private static UUID log(String candidate, String key) {
        var request = Requests.as(candidate);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return UUID.fromString(request.body(Requests.validInterview().toString()).post("/api/v1/interviews")
                .then().statusCode(201).extract().path("id"));
    }

    static List<String> rowsMentioning(String value) {
        String url = TactfulInfra.get().jdbcUrl("interview");
        assertThat(TableScan.tables(url, TactfulInfra.POSTGRES_USER, TactfulInfra.POSTGRES_PASSWORD))
                .contains("interview", "outcome", "outbox", "idempotency_key", "erased_candidate");
        return TableScan.rowsMentioning(url, TactfulInfra.POSTGRES_USER, TactfulInfra.POSTGRES_PASSWORD, value);
    }
}
