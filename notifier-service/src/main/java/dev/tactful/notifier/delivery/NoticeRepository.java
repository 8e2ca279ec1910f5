package dev.tactful.notifier.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tactful.notifier.support.Sql;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Notices are persisted with Panache in the transaction that decided them (intake, recovery); the claim queue's
 * statements are native SQL on the claim loop's connection.
 */
@ApplicationScoped
public class NoticeRepository implements PanacheRepositoryBase<Notice, UUID> {

    private static final String CLAIM = """
            UPDATE notice SET attempts = attempts + 1, next_attempt_at = $2
             WHERE id IN (SELECT id FROM notice
                           WHERE status = 'PENDING' AND next_attempt_at <= $1 AND parked_at IS NULL
                           ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
            RETURNING *""";

    private static final String MARK_SENT = """
            UPDATE notice SET status = 'SENT', sent_at = $2, last_error = NULL, next_attempt_at = NULL
             WHERE id = ANY($1)""";

    private static final String MARK_FAILED = """
            UPDATE notice SET status = 'FAILED', parked_at = $2, next_attempt_at = NULL, last_error = $3
             WHERE id = $1""";

    /** Takes up to {@code limit} due notices, leased until {@code leaseUntil}. */
    public Uni<List<Notice>> claim(SqlConnection tx, Instant now, Instant leaseUntil, int limit) {
        return tx.preparedQuery(CLAIM).execute(Sql.args(now, leaseUntil, limit)).map(rows -> {
            List<Notice> claimed = new ArrayList<>();
            for (Row r : rows) {
                claimed.add(fromRow(r));
            }
            return claimed;
        });
    }

    public Uni<Void> markSent(SqlConnection tx, List<UUID> ids, Instant now) {
        return tx.preparedQuery(MARK_SENT).execute(Sql.args(ids.toArray(UUID[]::new), now)).replaceWithVoid();
    }

    public Uni<Void> markFailed(SqlConnection tx, UUID id, String error, Instant now) {
        return tx.preparedQuery(MARK_FAILED).execute(Sql.args(id, now, error)).replaceWithVoid();
    }

    /** A claimed row as a detached entity, for the send that follows outside any session. */
    static Notice fromRow(Row r) {
        Notice n = new Notice();
        n.id = r.getUUID("id");
        n.deliveryId = r.getUUID("delivery_id");
        n.purpose = r.getString("purpose");
        n.messageId = r.getString("message_id");
        n.mailFrom = r.getString("mail_from");
        n.mailTo = r.getString("mail_to");
        n.subject = r.getString("subject");
        n.textBody = r.getString("text_body");
        n.htmlBody = r.getString("html_body");
        n.status = r.getString("status");
        n.attempts = r.getInteger("attempts");
        n.nextAttemptAt = Sql.instant(r, "next_attempt_at");
        n.lastError = r.getString("last_error");
        n.createdAt = Sql.instant(r, "created_at");
        n.sentAt = Sql.instant(r, "sent_at");
        n.parkedAt = Sql.instant(r, "parked_at");
        return n;
    }
}
