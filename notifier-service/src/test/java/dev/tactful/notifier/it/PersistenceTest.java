package dev.tactful.notifier.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tactful.events.Channel;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.FollowUpKind;
import dev.tactful.infra.TactfulInfraResource;
import dev.tactful.notifier.delivery.Delivery;
import dev.tactful.notifier.delivery.DeliveryRepository;
import dev.tactful.notifier.delivery.DeliveryStatus;
import dev.tactful.notifier.support.Transactions;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;

/** The delivery repository on Panache: the idempotent insert, the candidate-scoped finders, and transactions from any thread. */
@QuarkusTest
@WithTestResource(value = TactfulInfraResource.class, initArgs = @ResourceArg(name = "database", value = "notifier"))
class PersistenceTest {

    static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    DeliveryRepository deliveries;

    @Inject
    Transactions transactions;

    @Test
    void aSecondInsertOfTheSameFollowUpChangesNothing() {
        UUID followUpId = UUID.randomUUID();
        Delivery first = held(followUpId, "First subject");
        Delivery second = held(followUpId, "Second subject");

        assertThat(transactions.inTransaction(() -> deliveries.insertIfAbsent(first)).await().atMost(WAIT)).isTrue();
        assertThat(transactions.inTransaction(() -> deliveries.insertIfAbsent(second)).await().atMost(WAIT)).isFalse();

        Map<String, Object> row = Db.delivery(followUpId);
        assertThat(row).containsEntry("id", first.id).containsEntry("mail_subject", "First subject")
                .containsEntry("status", "HELD").containsEntry("kind", "THANK_YOU");
        // Instants are bound as UTC instants, whatever the JVM's zone: the row says what the entity said.
        assertThat(((Timestamp) row.get("due_at")).toInstant()).isEqualTo(first.dueAt);
        assertThat(((Timestamp) row.get("created_at")).toInstant()).isEqualTo(first.createdAt);
    }

    @Test
    void theFindersSeeOnlyTheCandidatesOwnDeliveries() {
        Delivery d = held(UUID.randomUUID(), "Mine");
        transactions.inTransaction(() -> deliveries.insertIfAbsent(d)).await().atMost(WAIT);

        assertThat(transactions.inTransaction(() -> deliveries.findOfCandidate(d.candidateId, d.followUpId)).await().atMost(WAIT))
                .extracting(found -> found.id).isEqualTo(d.id);
        assertThat(transactions.inTransaction(() -> deliveries.findOfCandidate(d.candidateId, d.id)).await().atMost(WAIT))
                .extracting(found -> found.followUpId).isEqualTo(d.followUpId);
        assertThat(transactions.inTransaction(() -> deliveries.findOfCandidate("someone-else", d.id)).await().atMost(WAIT))
                .isNull();
        assertThat(transactions.inTransaction(() -> deliveries.ofCandidate(d.candidateId, d.interviewId)).await().atMost(WAIT))
                .extracting(found -> found.id).containsExactly(d.id);
        assertThat(transactions.inTransaction(() -> deliveries.ofCandidate(d.candidateId, UUID.randomUUID())).await().atMost(WAIT))
                .isEmpty();
    }

    /** The consumer's retry after a backoff resubscribes on Mutiny's timer thread, where Vert.x has no context. */
    @Test
    void aTransactionRetriedAfterABackoffStillFindsASession() {
        Delivery d = held(UUID.randomUUID(), "Retried");
        AtomicInteger tries = new AtomicInteger();
        Boolean created = transactions.inTransaction(() -> tries.incrementAndGet() == 1
                ? Uni.createFrom().<Boolean>failure(new IllegalStateException("a database hiccup"))
                : deliveries.insertIfAbsent(d))
                .onFailure().retry().withBackOff(Duration.ofMillis(20)).atMost(2)
                .await().atMost(WAIT);
        assertThat(created).isTrue();
        assertThat(tries).hasValue(2);
        assertThat(Db.delivery(d.followUpId)).containsEntry("id", d.id);
    }

    private static Delivery held(UUID followUpId, String subject) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Delivery d = new Delivery();
        d.id = UUID.randomUUID();
        d.followUpId = followUpId;
        d.interviewId = UUID.randomUUID();
        d.candidateId = "cand-persistence";
        d.kind = FollowUpKind.THANK_YOU;
        d.channel = Channel.EMAIL;
        d.deliveryMode = DeliveryMode.DRAFT_TO_CANDIDATE;
        d.dueAt = now.minus(1, ChronoUnit.HOURS);
        // HELD and never due: the send loop leaves these rows alone.
        d.status = DeliveryStatus.HELD;
        d.toEmployer = false;
        d.messageId = "<followup-" + followUpId + "@tactful.dev>";
        d.mailFrom = "Tactful <no-reply@tactful.dev>";
        d.mailTo = "rowan@example.org";
        d.mailSubject = subject;
        d.createdAt = now;
        d.updatedAt = now;
        d.eventJson = "{}";
        return d;
    }
}
