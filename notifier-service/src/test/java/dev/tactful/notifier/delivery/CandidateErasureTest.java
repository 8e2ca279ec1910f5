package dev.tactful.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import dev.tactful.events.CandidateErased;
import dev.tactful.events.Channel;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.FollowUpDue;
import dev.tactful.events.FollowUpKind;
import dev.tactful.events.Topics;
import dev.tactful.events.cloudevents.CloudEventAttributes;
import dev.tactful.events.cloudevents.CloudEventHeaders;
import dev.tactful.events.cloudevents.EventJson;
import dev.tactful.infra.TactfulInfra;
import dev.tactful.infra.TactfulInfraResource;
import dev.tactful.infra.TopicRecords;
import dev.tactful.notifier.Fixtures;
import dev.tactful.notifier.it.Db;
import dev.tactful.notifier.it.Kafka;
import dev.tactful.notifier.it.Mailbox;
import dev.tactful.support.claim.Attempt;
import dev.tactful.support.erasure.CandidateErasure;
import dev.tactful.support.testing.TableScan;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** tactful.candidate.erased.v1 from the real broker: nothing more is sent for the candidate, and nothing of theirs stays. */
@QuarkusTest
@WithTestResource(value = TactfulInfraResource.class, initArgs = @ResourceArg(name = "database", value = "notifier"))
class CandidateErasureTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    @Inject
    DeliveryQueue queue;

    @Test
    void aClaimedDeliveryIsNotSentLateFollowUpsAreDroppedAndEveryRowGoes() {
        String candidate = "cand-" + UUID.randomUUID();
        UUID interviewId = UUID.randomUUID();
        FollowUpDue sent = due(interviewId, candidate, DeliveryMode.DRAFT_TO_CANDIDATE);
        Kafka.publish(sent);
        await().atMost(WAIT).until(() -> "SENT".equals(Db.delivery(sent.followUpId()).get("status")));
        String sentMessageId = (String) Db.delivery(sent.followUpId()).get("message_id");
        await().atMost(WAIT).until(() -> !Mailbox.withMessageId(sentMessageId).isEmpty());

        // A second delivery of the candidate, claimed (SENDING, leased) by a worker that has not sent it yet.
        UUID claimedId = UUID.randomUUID();
        String claimedMessageId = "<" + UUID.randomUUID() + "@erasure-test.tactful.dev>";
        Db.update("""
                insert into delivery (id, follow_up_id, interview_id, candidate_id, kind, channel, delivery_mode, rule, reason,
                       recipient_name, recipient_email, due_at, status, attempts, next_attempt_at, sending_since, to_employer,
                       message_id, mail_from, mail_to, mail_reply_to, mail_subject, mail_text, mail_html, content_subject,
                       content_text, created_at, updated_at, event_json)
                select ?, ?, interview_id, candidate_id, kind, channel, delivery_mode, rule, reason, recipient_name,
                       recipient_email, due_at, 'SENDING', 1, now() + interval '5 minutes', now(), to_employer, ?, mail_from,
                       mail_to, mail_reply_to, mail_subject, mail_text, mail_html, content_subject, content_text, now(), now(),
                       event_json
                  from delivery where follow_up_id = ?""", claimedId, UUID.randomUUID(), claimedMessageId, sent.followUpId());
        Delivery claimed = pool.preparedQuery("SELECT * FROM delivery WHERE id = $1").execute(Tuple.of(claimedId))
                .map(rows -> DeliveryRepository.fromRow(rows.iterator().next())).await().atMost(WAIT);

        // The erasure's tombstone commits (its deletes have not run yet); then the worker gets to the send.
        pool.withTransaction(tx -> CandidateErasure.remember(tx, candidate, UUID.randomUUID(), Instant.now(), Instant.now()))
                .await().atMost(WAIT);
        List<Attempt<Delivery>> attempts = queue.act(List.of(claimed)).await().atMost(WAIT);
        assertThat(attempts).hasSize(1);
        assertThat(attempts.get(0)).isNotInstanceOf(Attempt.Done.class);
        assertThat(Mailbox.withMessageId(claimedMessageId)).isEmpty();

        // A FollowUpDue of the candidate that arrives now (fired just before the planner heard) is dropped: the next
        // record of the same partition (same key) is delivered, and by then the late one has been passed over.
        FollowUpDue late = due(interviewId, candidate, DeliveryMode.DRAFT_TO_CANDIDATE);
        FollowUpDue behind = due(interviewId, "cand-" + UUID.randomUUID(), DeliveryMode.DRAFT_TO_CANDIDATE);
        Kafka.publish(late);
        Kafka.publish(behind);
        await().atMost(WAIT).until(() -> "SENT".equals(Db.delivery(behind.followUpId()).get("status")));
        assertThat(Db.delivery(late.followUpId())).isEmpty();

        // The erasure itself: every row naming the candidate goes, rendered texts included.
        assertThat(rowsMentioning(candidate)).isNotEmpty();
        publishErasure(new CandidateErased(UUID.randomUUID(), candidate, Instant.now()));
        await().atMost(WAIT).untilAsserted(() -> assertThat(rowsMentioning(candidate)).isEmpty());
        assertThat(Db.count("select count(*) from erased_candidate where candidate_hash = ?", CandidateErasure.hash(candidate)))
                .isEqualTo(1);
        assertThat(Db.delivery(behind.followUpId())).isNotEmpty();
        // Nothing was mailed for the candidate after the first, and the claimed row never went out.
        assertThat(Mailbox.withMessageId(claimedMessageId)).isEmpty();
    }

    private static FollowUpDue due(UUID interviewId, String candidate, DeliveryMode mode) {
        return Fixtures.due(UUID.randomUUID(), interviewId, candidate, FollowUpKind.THANK_YOU, Channel.EMAIL, mode,
                Fixtures.AVERY, Fixtures.northwind(LocalDate.of(2026, 11, 26)));
    }

    private static void publishErasure(CandidateErased erased) {
        var headers = CloudEventHeaders.write(new org.apache.kafka.common.header.internals.RecordHeaders(),
                CloudEventAttributes.json(erased.erasureId().toString(), "/tactful/interview-service",
                        "tactful.candidate.erased.v1", erased.erasedAt(), erased.candidateId()));
        TopicRecords.send(new ProducerRecord<>(Topics.INTERVIEW_EVENTS, null, erased.candidateId(), EventJson.toBytes(erased), headers));
    }

    private static List<String> rowsMentioning(String candidate) {
        return TableScan.rowsMentioning(TactfulInfra.get().jdbcUrl("notifier"), TactfulInfra.POSTGRES_USER,
                TactfulInfra.POSTGRES_PASSWORD, candidate);
    }
}
