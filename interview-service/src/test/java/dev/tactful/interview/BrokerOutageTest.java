package dev.tactful.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;

import dev.tactful.support.outbox.OutboxRelay;

import dev.tactful.infra.TactfulInfra;

/** No dual write: with the broker away the API still answers, and the event follows once the broker is back. */
@QuarkusTest
class BrokerOutageTest {

    @Inject
    OutboxRelay relay;

    @Test
    void anInterviewLoggedWhileKafkaIsDownIsPublishedOnceWhenItIsBack() throws Exception {
        TactfulInfra infra = TactfulInfra.get();
        String candidate = Requests.newCandidate();
        UUID id;
        infra.stopKafka();
        try {
            id = UUID.fromString(Requests.as(candidate).body(Requests.validInterview().toString())
                    .post("/api/v1/interviews").then().statusCode(201).extract().path("id"));
            // The relay tried, failed within its bounded timeouts and backed off; the broker's absence is no row's
            // fault, so the row counts no try (and can never be parked for it) and waits for later.
            await().atMost(Duration.ofSeconds(30)).until(() -> relay.loop().lastFailure() != null);
            assertThat(relay.loop().lastFailure()).contains("BrokerUnavailable");
            assertThat(EventsTopic.count("SELECT count(*) FROM outbox WHERE aggregate_id = ?::text AND published_at IS NULL"
                    + " AND attempts = 0 AND parked_at IS NULL", id)).isEqualTo(1);
            // And the service still answers reads and further writes meanwhile.
            Requests.as(candidate).body("{\"type\":\"NEXT_ROUND_SCHEDULED\"}")
                    .post("/api/v1/interviews/" + id + "/outcomes").then().statusCode(201);
            assertThat(EventsTopic.unpublishedRows(id)).isEqualTo(2);
        } finally {
            infra.startKafka();
        }
        List<ConsumerRecord<String, byte[]>> events = EventsTopic.publishedFor(id, 2);
        assertThat(EventsTopic.types(events)).isEqualTo("tactful.interview.logged.v1,tactful.interview.outcome.v1");
        assertThat(events.get(1).offset()).isGreaterThan(events.get(0).offset());
    }
}
