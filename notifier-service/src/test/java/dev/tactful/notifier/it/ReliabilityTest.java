package dev.tactful.notifier.it;

import static dev.tactful.notifier.Fixtures.AVERY;
import static dev.tactful.notifier.Fixtures.due;
import static dev.tactful.notifier.Fixtures.northwind;
import static dev.tactful.notifier.it.DeliveryFlowTest.WAIT;
import static dev.tactful.notifier.it.DeliveryFlowTest.addresses;
import static dev.tactful.notifier.it.DeliveryFlowTest.awaitOne;
import static dev.tactful.notifier.it.DeliveryFlowTest.messageId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import dev.tactful.events.Channel;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.EventType;
import dev.tactful.events.FollowUpDue;
import dev.tactful.events.FollowUpKind;
import dev.tactful.events.HoldReason;
import dev.tactful.events.NotificationDelivered;
import dev.tactful.events.NotificationFailed;
import dev.tactful.events.NotificationHeld;
import dev.tactful.events.Topics;
import dev.tactful.events.cloudevents.EventJson;
import dev.tactful.events.cloudevents.TactfulEvents;
import dev.tactful.infra.TactfulInfra;
import dev.tactful.infra.TactfulInfraResource;
import dev.tactful.infra.TopicRecords;
import dev.tactful.notifier.Fixtures;
import dev.tactful.notifier.delivery.Recovery;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Never twice, never lost: duplicates, poison records, held messages, SMTP outages and interrupted sends. */
@QuarkusTest
@WithTestResource(value = TactfulInfraResource.class, initArgs = @ResourceArg(name = "database", value = "notifier"))
class ReliabilityTest {

    @Inject
    Recovery recovery;

    /** Publishes a follow-up on the same partition (same interview key) and waits for its email: everything before it was consumed. */
    static void awaitConsumedUpTo(UUID interviewId) {
        FollowUpDue marker = due(UUID.randomUUID(), interviewId, "cand-marker", FollowUpKind.KEEP_SEARCHING, Channel.EMAIL,
                DeliveryMode.DRAFT_TO_CANDIDATE, AVERY, northwind(null));
        Kafka.publish(marker);
        awaitOne(messageId(marker));
    }

    /**
     * The notice to the candidate about a follow-up; when it does not come, the failure shows the notice's row
     * (status, attempts, last error), so a flaky run says where the notice stopped.
     */
    static MimeMessage awaitNotice(FollowUpDue due, String purpose) {
        String id = "<followup-" + due.followUpId() + "." + purpose + "@tactful.dev>";
        await().atMost(WAIT).untilAsserted(() -> assertThat(Mailbox.withMessageId(id))
                .as("notice %s; its row: %s", id, Db.rows("select n.status, n.attempts, n.next_attempt_at, n.last_error,"
                        + " n.parked_at from notice n join delivery d on d.id = n.delivery_id where d.follow_up_id = ?",
                        due.followUpId()))
                .isNotEmpty());
        return awaitOne(id);
    }

    @Test
    void theSameFollowUpDueDeliveredTwiceYieldsOneEmail() {
        FollowUpDue due = due(FollowUpKind.THANK_YOU, Channel.EMAIL, DeliveryMode.SEND_DIRECT, AVERY, northwind(null));
        Kafka.publish(due);
        Kafka.publish(due);
        awaitConsumedUpTo(due.interviewId());
        awaitOne(messageId(due));
        await().atMost(WAIT).until(() -> "SENT".equals(Db.delivery(due.followUpId()).get("status")));
        assertThat(Mailbox.withMessageId(messageId(due))).hasSize(1);
        assertThat(Db.count("select count(*) from delivery where follow_up_id = ?", due.followUpId())).isEqualTo(1);
    }

    @Test
    void poisonRecordsGoToTheDlqWithTheirReasonAndConsumptionContinues() {
        UUID interviewId = UUID.randomUUID();
        // Valid CloudEvent headers but data that is no FollowUpDue, and a record with no CloudEvent headers at all.
        FollowUpDue template = due(UUID.randomUUID(), interviewId, "cand-p", FollowUpKind.THANK_YOU, Channel.EMAIL,
                DeliveryMode.DRAFT_TO_CANDIDATE, AVERY, northwind(null));
        var headers = TactfulEvents.headers(UUID.randomUUID().toString(), "/tactful/planner-service", template, Instant.now(), interviewId);
        Kafka.publishRaw(interviewId.toString(), "{not json".getBytes(StandardCharsets.UTF_8), headers);
        Kafka.publishRaw(interviewId.toString(), EventJson.toBytes(template), new RecordHeaders());
        awaitConsumedUpTo(interviewId);
        await().atMost(WAIT).until(() -> dlq(interviewId).size() == 2);
        assertThat(dlq(interviewId)).extracting(r -> TopicRecords.header(r, "dead-letter-reason"))
                .containsExactlyInAnyOrder("unparseable", "not-a-cloudevent");
        assertThat(Db.delivery(template.followUpId())).isEmpty();
    }

    @Test
    void aFollowUpDueFromAnyProducerButThePlannerIsDeadLetteredAndNeverDelivered() {
        UUID interviewId = UUID.randomUUID();
        FollowUpDue spoofed = due(UUID.randomUUID(), interviewId, "cand-s", FollowUpKind.THANK_YOU, Channel.EMAIL,
                DeliveryMode.SEND_DIRECT, AVERY, northwind(null));
        Kafka.publishRaw(interviewId.toString(), EventJson.toBytes(spoofed), TactfulEvents.headers(spoofed.followUpId().toString(),
                "/tactful/interview-service", spoofed, Instant.now(), interviewId));
        // Right type name, wrong topic for it: a notification event is no follow-up to deliver.
        FollowUpDue wrongType = due(UUID.randomUUID(), interviewId, "cand-s", FollowUpKind.THANK_YOU, Channel.EMAIL,
                DeliveryMode.SEND_DIRECT, AVERY, northwind(null));
        var headers = TactfulEvents.headers(wrongType.followUpId().toString(), "/tactful/planner-service", wrongType, Instant.now(),
                interviewId);
        headers.remove("ce_type");
        headers.add("ce_type", EventType.NOTIFICATION_HELD.type().getBytes(StandardCharsets.UTF_8));
        Kafka.publishRaw(interviewId.toString(), EventJson.toBytes(wrongType), headers);
        awaitConsumedUpTo(interviewId);

        await().atMost(WAIT).until(() -> dlq(interviewId).size() == 2);
        assertThat(dlq(interviewId)).extracting(r -> TopicRecords.header(r, "dead-letter-reason"))
                .containsExactlyInAnyOrder("unexpected-source", "unexpected-type");
        assertThat(Db.delivery(spoofed.followUpId())).isEmpty();
        assertThat(Db.delivery(wrongType.followUpId())).isEmpty();
        assertThat(Mailbox.withMessageId(messageId(spoofed))).isEmpty();
    }

    static List<ConsumerRecord<String, byte[]>> dlq(UUID interviewId) {
        return Kafka.readAll(Topics.dlq(Topics.FOLLOWUPS_DUE)).stream()
                .filter(r -> interviewId.toString().equals(r.key())).toList();
    }

    @Test
    void aMessageWithoutInterviewDetailIsHeldAnnouncedAndTheCandidateIsTold() throws Exception {
        FollowUpDue due = due(FollowUpKind.THANK_YOU, Channel.EMAIL, DeliveryMode.SEND_DIRECT, AVERY, Fixtures.bare());
        Kafka.publish(due);

        MimeMessage notice = awaitNotice(due, "held");
        assertThat(addresses(notice.getRecipients(MimeMessage.RecipientType.TO))).containsExactly("rowan@example.org");
        assertThat(notice.getSubject()).isEqualTo("Needs your input: your thank-you note to Avery Stone");
        assertThat(DeliveryFlowTest.assertAlternative(notice)).contains("Add at least one topic you discussed");

        await().atMost(WAIT).until(() -> !held(due).isEmpty());
        NotificationHeld event = held(due).get(0);
        assertThat(event.reasons()).extracting(HoldReason::code).containsExactly("NO_INTERVIEW_DETAIL");
        assertThat(event.reasons()).extracting(HoldReason::rule).containsExactly("R2");
        assertThat(Db.delivery(due.followUpId())).containsEntry("status", "HELD");
        assertThat(Mailbox.withMessageId(messageId(due))).isEmpty();
    }

    static List<NotificationHeld> held(FollowUpDue due) {
        return Kafka.notifications(e -> e.eventType() == EventType.NOTIFICATION_HELD).stream()
                .map(e -> (NotificationHeld) e.data()).filter(h -> h.followUpId().equals(due.followUpId())).toList();
    }

    @Test
    void smtpDownThenUpIsRetriedAndDeliveredOnce() {
        FollowUpDue due = due(FollowUpKind.STATUS_CHECK, Channel.EMAIL, DeliveryMode.SEND_DIRECT, AVERY, northwind(null));
        TactfulInfra.get().stopMail();
        try {
            Kafka.publish(due);
            await().atMost(WAIT).until(() -> {
                Map<String, Object> row = Db.delivery(due.followUpId());
                return "PENDING".equals(row.get("status")) && ((Integer) row.get("attempts")) >= 2 && row.get("last_error") != null;
            });
        } finally {
            TactfulInfra.get().startMail();
        }
        awaitOne(messageId(due));
        await().atMost(WAIT).until(() -> !delivered(due).isEmpty());
        assertThat(delivered(due)).hasSize(1);
        assertThat(delivered(due).get(0).attempts()).isGreaterThanOrEqualTo(3);
        assertThat(delivered(due).get(0).deliveredTo()).isEqualTo("avery@northwind.example");
        assertThat(Mailbox.withMessageId(messageId(due))).hasSize(1);
    }

    static List<NotificationDelivered> delivered(FollowUpDue due) {
        return Kafka.notifications(e -> e.eventType() == EventType.NOTIFICATION_DELIVERED).stream()
                .map(e -> (NotificationDelivered) e.data()).filter(h -> h.followUpId().equals(due.followUpId())).toList();
    }

    @Test
    void retriesAreBoundedThenTheDeliveryFailsWithAnEvent() {
        FollowUpDue due = due(FollowUpKind.THANK_YOU, Channel.EMAIL, DeliveryMode.DRAFT_TO_CANDIDATE, AVERY, northwind(null));
        TactfulInfra.get().stopMail();
        try {
            Kafka.publish(due);
            await().atMost(WAIT).until(() -> "FAILED".equals(Db.delivery(due.followUpId()).get("status")));
        } finally {
            TactfulInfra.get().startMail();
        }
        assertThat(Db.delivery(due.followUpId())).containsEntry("attempts", 5);
        await().atMost(WAIT).until(() -> Kafka.notifications(e -> e.eventType() == EventType.NOTIFICATION_FAILED
                && ((NotificationFailed) e.data()).followUpId().equals(due.followUpId())).size() == 1);
    }

    @Test
    void anInterruptedDirectSendBecomesUncertainAndIsNotResent() throws Exception {
        FollowUpDue due = due(FollowUpKind.THANK_YOU, Channel.EMAIL, DeliveryMode.SEND_DIRECT, AVERY, northwind(null));
        stageInterruptedSend(due, true);
        recovery.recover().await().atMost(WAIT);

        assertThat(Db.delivery(due.followUpId())).containsEntry("status", "UNCERTAIN");
        MimeMessage notice = awaitNotice(due, "uncertain");
        assertThat(addresses(notice.getRecipients(MimeMessage.RecipientType.TO))).containsExactly("rowan@example.org");
        assertThat(DeliveryFlowTest.assertAlternative(notice)).contains("will not send it again");
        // Another recovery pass and a few send-loop ticks later, the employer still has received nothing from us.
        awaitConsumedUpTo(due.interviewId());
        assertThat(recovery.recover().await().atMost(WAIT)).isZero();
        assertThat(Mailbox.withMessageId(messageId(due))).isEmpty();
    }

    @Test
    void anInterruptedDraftIsResentWithTheSameMessageId() {
        FollowUpDue due = due(FollowUpKind.THANK_YOU, Channel.EMAIL, DeliveryMode.DRAFT_TO_CANDIDATE, AVERY, northwind(null));
        stageInterruptedSend(due, false);
        // The scheduled pass may get there first; either way the row must be resolved by recovery, not by the send loop.
        recovery.recover().await().atMost(WAIT);
        awaitOne(messageId(due));
        await().atMost(WAIT).until(() -> "SENT".equals(Db.delivery(due.followUpId()).get("status")));
    }

    /** A row left SENDING an hour ago: what a crash between SMTP acceptance and the commit leaves behind. */
    static void stageInterruptedSend(FollowUpDue due, boolean toEmployer) {
        Timestamp anHourAgo = Timestamp.from(Instant.now().minus(1, ChronoUnit.HOURS));
        Db.update("insert into delivery (id, follow_up_id, interview_id, candidate_id, kind, channel, delivery_mode, status,"
                + " attempts, sending_since, to_employer, message_id, mail_from, mail_to, mail_reply_to, mail_subject, mail_text,"
                + " created_at, updated_at, event_json) values (?, ?, ?, ?, ?, ?, ?, 'SENDING', 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(), due.followUpId(), due.interviewId(), due.candidateId(), due.kind().name(),
                due.channel().name(), due.deliveryMode().name(), anHourAgo, toEmployer, messageId(due),
                "Tactful <no-reply@tactful.dev>", toEmployer ? "avery@northwind.example" : "rowan@example.org",
                toEmployer ? "rowan@example.org" : null, "Thank you", "Dear Avery, thank you.", anHourAgo, anHourAgo,
                EventJson.toJson(due));
    }
}
