package dev.tactful.inbox.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tactful.events.DeliveryMode;
import dev.tactful.inbox.classify.MessageFacts;
import dev.tactful.inbox.imap.ReadBatch;
import dev.tactful.inbox.sync.Classification;
import dev.tactful.inbox.sync.MailboxRow;
import dev.tactful.inbox.sync.SyncOutcome;
import dev.tactful.inbox.sync.SyncRecorder;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The UID state commits with the effect: a sync whose transaction rolls back (the process died before the commit)
 * leaves nothing behind and the same messages are recorded by the next one; a sync recorded once cannot be recorded
 * again from the same starting state (a second replica, or a restart that read the messages again), so a message is
 * reported exactly once.
 */
@QuarkusTest
class SyncRecorderTest {

    @Inject
    SyncRecorder recorder;

    @Inject
    Pool pool;

    @Test
    void aRolledBackSyncLeavesNothingAndARepeatedOneRecordsNothingTwice() throws Exception {
        String candidate = "cand-" + UUID.randomUUID();
        UUID interview = Fixtures.interview(candidate, candidate + "@example.org", "avery@northwind.example", DeliveryMode.DRAFT_TO_CANDIDATE);
        MailboxFlowTest.awaitProjected(candidate, interview);
        UUID mailbox = UUID.randomUUID();
        UUID generation = UUID.randomUUID();
        // Far in the future, so the running sync never claims this mailbox (it has no real server behind it).
        pool.preparedQuery("""
                INSERT INTO mailbox (id, candidate_id, host, port, username, password_cipher, tls, generation, connected_at, next_sync_at)
                VALUES ($1, $2, 'imap.invalid', 993, 'u', $3, true, $4, now(), now() + interval '1 day')""")
                .execute(Tuple.of(mailbox, candidate, Buffer.buffer(new byte[] { 1 }), generation)).await().atMost(Duration.ofSeconds(10));
        MailboxRow claimed = new MailboxRow(mailbox, candidate, "imap.invalid", 993, "u", new byte[] { 1 }, true, "INBOX", generation,
                null, 0, 0);
        MessageFacts reply = new MessageFacts(41, "<x-1@northwind.example>", Fixtures.INTERVIEWED.plus(Duration.ofDays(1)),
                "avery@northwind.example", "Re: Thanks", Map.of(), List.of(), "Thanks!", null);
        ReadBatch batch = new ReadBatch(777, List.of(reply), List.of(42L), 42, false);
        Instant next = Instant.now().plus(Duration.ofDays(1));

        assertThatThrownBy(() -> pool.withTransaction(tx -> recorder.record(tx, claimed, batch, next)
                .invoke(() -> {
                    throw new IllegalStateException("the process dies before the commit");
                })).await().atMost(Duration.ofSeconds(10))).hasMessageContaining("dies");
        assertThat(Db.count("SELECT count(*) FROM detection WHERE mailbox_id = ?", mailbox)).isZero();
        assertThat(Db.count("SELECT count(*) FROM outbox WHERE aggregate_id = ?", interview)).isZero();
        assertThat(Db.count("SELECT last_uid FROM mailbox WHERE id = ?", mailbox)).isZero();

        SyncOutcome first = pool.withTransaction(tx -> recorder.record(tx, claimed, batch, next)).await().atMost(Duration.ofSeconds(10));
        assertThat(first.stale()).isFalse();
        assertThat(first.events()).isEqualTo(1);
        assertThat(first.counts()).containsEntry(Classification.REPLY, 1).containsEntry(Classification.UNREADABLE, 1);
        SyncOutcome again = pool.withTransaction(tx -> recorder.record(tx, claimed, batch, next)).await().atMost(Duration.ofSeconds(10));
        assertThat(again.stale()).isTrue();

        assertThat(Db.count("SELECT count(*) FROM detection WHERE mailbox_id = ?", mailbox)).isEqualTo(1);
        assertThat(Db.count("SELECT count(*) FROM outbox WHERE aggregate_id = ? AND type = 'tactful.inbox.reply.v1'", interview)).isEqualTo(1);
        assertThat(Db.count("SELECT last_uid FROM mailbox WHERE id = ?", mailbox)).isEqualTo(42);
        assertThat(Db.count("SELECT uid_validity FROM mailbox WHERE id = ?", mailbox)).isEqualTo(777);

        // The folder's UIDVALIDITY changes and it is read again from the start: the same message is not reported twice.
        MailboxRow afterReset = new MailboxRow(mailbox, candidate, "imap.invalid", 993, "u", new byte[] { 1 }, true, "INBOX",
                generation, 777L, 42, 0);
        pool.preparedQuery("UPDATE interview_view SET waiting = true WHERE interview_id = $1").execute(Tuple.of(interview))
                .await().atMost(Duration.ofSeconds(10));
        ReadBatch reread = new ReadBatch(778, List.of(reply), List.of(), 5, false);
        SyncOutcome third = pool.withTransaction(tx -> recorder.record(tx, afterReset, reread, next)).await().atMost(Duration.ofSeconds(10));
        assertThat(third.events()).isZero();
        assertThat(Db.count("SELECT count(*) FROM outbox WHERE aggregate_id = ?", interview)).isEqualTo(1);
    }

    @Test
    void anOutOfOfficeWithItsReturnDateAndABounceAreEachReportedWithoutEndingTheWait() throws Exception {
        String candidate = "cand-" + UUID.randomUUID();
        UUID interview = Fixtures.interview(candidate, candidate + "@example.org", "avery@northwind.example", DeliveryMode.SEND_DIRECT);
        MailboxFlowTest.awaitProjected(candidate, interview);
        UUID mailbox = UUID.randomUUID();
        UUID generation = UUID.randomUUID();
        pool.preparedQuery("""
                INSERT INTO mailbox (id, candidate_id, host, port, username, password_cipher, tls, generation, connected_at, next_sync_at)
                VALUES ($1, $2, 'imap.invalid', 993, 'u', $3, true, $4, now(), now() + interval '1 day')""")
                .execute(Tuple.of(mailbox, candidate, Buffer.buffer(new byte[] { 1 }), generation)).await().atMost(Duration.ofSeconds(10));
        MailboxRow claimed = new MailboxRow(mailbox, candidate, "imap.invalid", 993, "u", new byte[] { 1 }, true, "INBOX", generation,
                null, 0, 0);
        Instant written = Instant.parse("2027-01-04T08:00:00Z");
        MessageFacts away = new MessageFacts(1, "<ooo@northwind.example>", written, "avery@northwind.example",
                "Out of office: back on 18 January", Map.of("auto-submitted", "auto-replied"), List.of(), "I am away.", null);
        MessageFacts bounce = new MessageFacts(2, "<dsn@mx.example>", written, "mailer-daemon@mx.example", "Undelivered",
                Map.of(), List.of(), "", "Reporting-MTA: dns; mx\n\nFinal-Recipient: rfc822; avery@northwind.example\n"
                        + "Action: failed\nStatus: 5.1.1\n");
        SyncOutcome outcome = pool.withTransaction(tx -> recorder.record(tx, claimed, new ReadBatch(9, List.of(away, bounce),
                List.of(), 2, false), Instant.now())).await().atMost(Duration.ofSeconds(10));
        assertThat(outcome.counts()).containsEntry(Classification.OUT_OF_OFFICE, 1).containsEntry(Classification.BOUNCE, 1);

        String ooo = payload(interview, "tactful.inbox.out-of-office.v1");
        var o = dev.tactful.events.cloudevents.EventJson.fromJson(ooo, dev.tactful.events.OutOfOfficeDetected.class);
        assertThat(o.returnDate()).isEqualTo(java.time.LocalDate.of(2027, 1, 18));
        assertThat(o.matchedBy()).isEqualTo(dev.tactful.events.MatchedBy.SENDER);
        var b = dev.tactful.events.cloudevents.EventJson.fromJson(payload(interview, "tactful.inbox.bounce.v1"),
                dev.tactful.events.BounceDetected.class);
        assertThat(b.failedRecipient()).isEqualTo("avery@northwind.example");
        assertThat(b.status()).isEqualTo("5.1.1");
        assertThat(b.matchedBy()).isEqualTo(dev.tactful.events.MatchedBy.FAILED_RECIPIENT);
        // Neither is an answer: the interview still waits, so a later reply is still heard.
        assertThat(Db.count("SELECT count(*) FROM interview_view WHERE interview_id = ? AND waiting", interview)).isEqualTo(1);
    }

    private static String payload(UUID interview, String type) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(dev.tactful.infra.TactfulInfra.get().jdbcUrl("inbox"),
                dev.tactful.infra.TactfulInfra.POSTGRES_USER, dev.tactful.infra.TactfulInfra.POSTGRES_PASSWORD);
                var ps = c.prepareStatement("SELECT payload FROM outbox WHERE aggregate_id = ? AND type = ?")) {
            ps.setObject(1, interview);
            ps.setString(2, type);
            try (var rs = ps.executeQuery()) {
                assertThat(rs.next()).as("an outbox row of type %s", type).isTrue();
                return rs.getString(1);
            }
        }
    }
}
