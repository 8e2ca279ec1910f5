package dev.tactful.notifier.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.tactful.support.erasure.CandidateErasure;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tactful.events.Channel;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.FollowUpKind;
import dev.tactful.notifier.support.Sql;
import dev.tactful.support.sql.UncachedPlan;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Every statement on {@code delivery}. Panache finders for the API and recovery's updates run in the current
 * Hibernate Reactive session. Native SQL only where Panache has no word for it: the idempotent insert
 * ({@code ON CONFLICT}), the claims ({@code FOR UPDATE SKIP LOCKED}) and the claim queue's result statements, which
 * run on the claim loop's own {@link SqlConnection} so that a send's outcome and its event commit together.
 */
@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    private static final String INSERT_IF_ABSENT = """
            INSERT INTO delivery (id, follow_up_id, interview_id, candidate_id, kind, channel, delivery_mode, rule, reason,
                   recipient_name, recipient_email, due_at, status, attempts, next_attempt_at, to_employer, message_id,
                   mail_from, mail_to, mail_reply_to, mail_subject, mail_text, mail_html, mail_opt_out_url, content_subject,
                   content_text, hold_reasons, source_event_id, created_at, updated_at, event_json)
            VALUES (:id, :followUpId, :interviewId, :candidateId, :kind, :channel, :deliveryMode, :rule, :reason,
                   :recipientName, :recipientEmail, :dueAt, :status, :attempts, :nextAttemptAt, :toEmployer, :messageId,
                   :mailFrom, :mailTo, :mailReplyTo, :mailSubject, :mailText, :mailHtml, :mailOptOutUrl, :contentSubject,
                   :contentText, :holdReasons, :sourceEventId, :createdAt, :updatedAt, :eventJson)
            ON CONFLICT (follow_up_id) DO NOTHING""";

    private static final String CLAIM = """
            UPDATE delivery SET status = 'SENDING', attempts = attempts + 1, sending_since = $1, next_attempt_at = $2,
                   updated_at = $1
             WHERE id IN (SELECT id FROM delivery
                           WHERE status = 'PENDING' AND next_attempt_at <= $1 AND parked_at IS NULL
                             AND %s
                           ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
            RETURNING *""".formatted(CandidateErasure.unlessErased("delivery.candidate_id"));

    /*
     * The last word before a send: a row claimed before its candidate was erased loses its lease here (the erasure's
     * tombstone commits before its rows are deleted), so a claimed but unsent delivery of an erased candidate is
     * never sent.
     */
    private static final String RENEW_LEASE = """
            UPDATE delivery SET sending_since = $2, next_attempt_at = $3 WHERE id = $1 AND status = 'SENDING'
               AND %s""".formatted(CandidateErasure.unlessErased("delivery.candidate_id"));

    private static final String MARK_SENT = """
            UPDATE delivery SET status = 'SENT', sent_at = $2, updated_at = $3, sending_since = NULL,
                   next_attempt_at = NULL, last_error = NULL
             WHERE id = $1 AND status = 'SENDING'""";

    private static final String BACK_TO_PENDING = """
            UPDATE delivery SET status = 'PENDING', next_attempt_at = $2, last_error = $3, sending_since = NULL,
                   updated_at = now()
             WHERE id = $1 AND status = 'SENDING'""";

    private static final String MARK_FAILED = """
            UPDATE delivery SET status = 'FAILED', last_error = $2, sending_since = NULL, next_attempt_at = NULL,
                   updated_at = $3
             WHERE id = $1 AND status = 'SENDING'""";

    private static final String INTERRUPTED_SENDS = """
            SELECT * FROM delivery WHERE status = 'SENDING' AND sending_since < :cutoff"""
            + " AND " + UncachedPlan.CONDITION + " FOR UPDATE SKIP LOCKED";

    // ---- Intake, in the current Panache transaction

    /** Inserts a new delivery unless its follow-up already has one; true when this call created it. */
    public Uni<Boolean> insertIfAbsent(Delivery d) {
        return getSession().chain(session -> session.createNativeQuery(INSERT_IF_ABSENT)
                .setParameter("id", d.id)
                .setParameter("followUpId", d.followUpId)
                .setParameter("interviewId", d.interviewId)
                .setParameter("candidateId", d.candidateId)
                .setParameter("kind", d.kind.name())
                .setParameter("channel", d.channel.name())
                .setParameter("deliveryMode", d.deliveryMode.name())
                .setParameter("rule", d.rule)
                .setParameter("reason", d.reason)
                .setParameter("recipientName", d.recipientName)
                .setParameter("recipientEmail", d.recipientEmail)
                .setParameter("dueAt", d.dueAt)
                .setParameter("status", d.status.name())
                .setParameter("attempts", d.attempts)
                .setParameter("nextAttemptAt", d.nextAttemptAt)
                .setParameter("toEmployer", d.toEmployer)
                .setParameter("messageId", d.messageId)
                .setParameter("mailFrom", d.mailFrom)
                .setParameter("mailTo", d.mailTo)
                .setParameter("mailReplyTo", d.mailReplyTo)
                .setParameter("mailSubject", d.mailSubject)
                .setParameter("mailText", d.mailText)
                .setParameter("mailHtml", d.mailHtml)
                .setParameter("mailOptOutUrl", d.mailOptOutUrl)
                .setParameter("contentSubject", d.contentSubject)
                .setParameter("contentText", d.contentText)
                .setParameter("holdReasons", d.holdReasons)
                .setParameter("sourceEventId", d.sourceEventId)
                .setParameter("createdAt", d.createdAt)
                .setParameter("updatedAt", d.updatedAt)
                .setParameter("eventJson", d.eventJson)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    // ---- API, in the current Panache session

    /** A candidate's deliveries, optionally of one interview, oldest first. */
    public Uni<List<Delivery>> ofCandidate(String candidateId, UUID interviewId) {
        return interviewId == null
                ? list("candidateId = ?1 order by createdAt, id", candidateId)
                : list("candidateId = ?1 and interviewId = ?2 order by createdAt, id", candidateId, interviewId);
    }

    /** By delivery id or follow-up id (clients often only know the latter); null when not this candidate's. */
    public Uni<Delivery> findOfCandidate(String candidateId, UUID deliveryOrFollowUpId) {
        return find("candidateId = ?1 and (id = ?2 or followUpId = ?2)", candidateId, deliveryOrFollowUpId).firstResult();
    }

    // ---- Recovery, in the current Panache transaction

    /** SENDING rows whose lease ran out before {@code cutoff}, locked; another replica's recovery skips them. */
    public Uni<List<Delivery>> interruptedSends(Instant cutoff) {
        return getSession().chain(session -> session.createNativeQuery(INTERRUPTED_SENDS, Delivery.class)
                .setParameter("cutoff", cutoff)
                .setParameter(UncachedPlan.PARAMETER, UncachedPlan.VALUE)
                .getResultList());
    }

    /** An interrupted send to the candidate: claimable again at once, with the same Message-ID. */
    public Uni<Integer> resend(UUID id, Instant now) {
        return update("status = ?1, nextAttemptAt = ?2, sendingSince = null, updatedAt = ?2 where id = ?3",
                DeliveryStatus.PENDING, now, id);
    }

    /** An interrupted direct send: never sent again automatically. */
    public Uni<Integer> markUncertain(UUID id, String why, Instant now) {
        return update("status = ?1, sendingSince = null, nextAttemptAt = null, lastError = ?2, updatedAt = ?3 where id = ?4",
                DeliveryStatus.UNCERTAIN, why, now, id);
    }

    // ---- Claim queue, on the claim loop's connection

    /** Takes up to {@code limit} due rows: SENDING, one more attempt, leased until {@code leaseUntil}. */
    public Uni<List<Delivery>> claim(SqlConnection tx, Instant now, Instant leaseUntil, int limit) {
        return tx.preparedQuery(CLAIM).execute(Sql.args(now, leaseUntil, limit)).map(rows -> {
            List<Delivery> claimed = new ArrayList<>();
            for (Row r : rows) {
                claimed.add(fromRow(r));
            }
            return claimed;
        });
    }

    /**
     * Starts a claimed row's lease again right before its send, on its own (the claim has committed; the send runs
     * outside any transaction). False when recovery resolved the row meanwhile.
     */
    public Uni<Boolean> renewLease(SqlClient client, UUID id, Instant now, Instant leaseUntil) {
        return client.preparedQuery(RENEW_LEASE).execute(Sql.args(id, now, leaseUntil)).map(rs -> rs.rowCount() == 1);
    }

    /** True when the row was still SENDING (recovery had not resolved it meanwhile). */
    public Uni<Boolean> markSent(SqlConnection tx, UUID id, Instant sentAt, Instant now) {
        return tx.preparedQuery(MARK_SENT).execute(Sql.args(id, sentAt, now)).map(rs -> rs.rowCount() == 1);
    }

    public Uni<Void> backToPending(SqlConnection tx, UUID id, Instant nextAttempt, String error) {
        return tx.preparedQuery(BACK_TO_PENDING).execute(Sql.args(id, nextAttempt, error)).replaceWithVoid();
    }

    /** True when the row was still SENDING. */
    public Uni<Boolean> markFailed(SqlConnection tx, UUID id, String error, Instant now) {
        return tx.preparedQuery(MARK_FAILED).execute(Sql.args(id, error, now)).map(rs -> rs.rowCount() == 1);
    }

    /** A claimed row as a detached entity, for the send that follows outside any session. */
    static Delivery fromRow(Row r) {
        Delivery d = new Delivery();
        d.id = r.getUUID("id");
        d.followUpId = r.getUUID("follow_up_id");
        d.interviewId = r.getUUID("interview_id");
        d.candidateId = r.getString("candidate_id");
        d.kind = FollowUpKind.valueOf(r.getString("kind"));
        d.channel = Channel.valueOf(r.getString("channel"));
        d.deliveryMode = DeliveryMode.valueOf(r.getString("delivery_mode"));
        d.rule = r.getString("rule");
        d.reason = r.getString("reason");
        d.recipientName = r.getString("recipient_name");
        d.recipientEmail = r.getString("recipient_email");
        d.dueAt = Sql.instant(r, "due_at");
        d.status = DeliveryStatus.valueOf(r.getString("status"));
        d.attempts = r.getInteger("attempts");
        d.nextAttemptAt = Sql.instant(r, "next_attempt_at");
        d.sendingSince = Sql.instant(r, "sending_since");
        d.lastError = r.getString("last_error");
        d.toEmployer = r.getBoolean("to_employer");
        d.messageId = r.getString("message_id");
        d.mailFrom = r.getString("mail_from");
        d.mailTo = r.getString("mail_to");
        d.mailReplyTo = r.getString("mail_reply_to");
        d.mailSubject = r.getString("mail_subject");
        d.mailText = r.getString("mail_text");
        d.mailHtml = r.getString("mail_html");
        d.mailOptOutUrl = r.getString("mail_opt_out_url");
        d.contentSubject = r.getString("content_subject");
        d.contentText = r.getString("content_text");
        d.holdReasons = r.getString("hold_reasons");
        d.sourceEventId = r.getString("source_event_id");
        d.createdAt = Sql.instant(r, "created_at");
        d.updatedAt = Sql.instant(r, "updated_at");
        d.sentAt = Sql.instant(r, "sent_at");
        d.eventJson = r.getString("event_json");
        d.parkedAt = Sql.instant(r, "parked_at");
        return d;
    }
}
