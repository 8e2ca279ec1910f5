package dev.tactful.notifier.webhook;

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
 * A call is queued in the transaction of the event it carries: by Panache {@code persist} in a Panache
 * transaction, by {@link #insert(SqlConnection, WebhookCall)} in a claim loop's. The claim queue's statements are
 * native SQL on the claim loop's connection.
 */
@ApplicationScoped
public class WebhookCallRepository implements PanacheRepositoryBase<WebhookCall, UUID> {

    private static final String INSERT = """
            INSERT INTO webhook_call (id, event_id, event_type, body, status, attempts, next_attempt_at, created_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)""";

    private static final String CLAIM = """
            UPDATE webhook_call SET attempts = attempts + 1, next_attempt_at = $2
             WHERE id IN (SELECT id FROM webhook_call
                           WHERE status = 'PENDING' AND next_attempt_at <= $1 AND parked_at IS NULL
                           ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
            RETURNING id, event_id, event_type, body, status, attempts, next_attempt_at, created_at""";

    private static final String MARK_SENT = """
            UPDATE webhook_call SET status = 'SENT', sent_at = $2, last_error = NULL, next_attempt_at = NULL
             WHERE id = ANY($1)""";

    private static final String MARK_FAILED = """
            UPDATE webhook_call SET status = 'FAILED', parked_at = $2, next_attempt_at = NULL, last_error = $3
             WHERE id = $1""";

    public Uni<Void> insert(SqlConnection tx, WebhookCall c) {
        return tx.preparedQuery(INSERT)
                .execute(Sql.args(c.id, c.eventId, c.eventType, c.body, c.status, c.attempts, c.nextAttemptAt, c.createdAt))
                .replaceWithVoid();
    }

    /** Takes up to {@code limit} due calls, leased until {@code leaseUntil}. */
    public Uni<List<WebhookCall>> claim(SqlConnection tx, Instant now, Instant leaseUntil, int limit) {
        return tx.preparedQuery(CLAIM).execute(Sql.args(now, leaseUntil, limit)).map(rows -> {
            List<WebhookCall> calls = new ArrayList<>();
            for (Row r : rows) {
                WebhookCall c = new WebhookCall();
                c.id = r.getUUID("id");
                c.eventId = r.getUUID("event_id");
                c.eventType = r.getString("event_type");
                c.body = r.getString("body");
                c.status = r.getString("status");
                c.attempts = r.getInteger("attempts");
                c.nextAttemptAt = Sql.instant(r, "next_attempt_at");
                c.createdAt = Sql.instant(r, "created_at");
                calls.add(c);
            }
            return calls;
        });
    }

    public Uni<Void> markSent(SqlConnection tx, List<UUID> ids, Instant now) {
        return tx.preparedQuery(MARK_SENT).execute(Sql.args(ids.toArray(UUID[]::new), now)).replaceWithVoid();
    }

    public Uni<Void> markFailed(SqlConnection tx, UUID id, String error, Instant now) {
        return tx.preparedQuery(MARK_FAILED).execute(Sql.args(id, now, error)).replaceWithVoid();
    }
}
