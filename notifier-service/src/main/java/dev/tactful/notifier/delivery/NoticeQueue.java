package dev.tactful.notifier.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tactful.notifier.support.Sql;
import dev.tactful.support.claim.Attempt;
import dev.tactful.support.claim.ClaimQueue;
import dev.tactful.support.claim.ClaimSettings;
import dev.tactful.support.claim.ClaimedRow;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Notices to the candidate about a delivery (held, uncertain), in lease mode. Resending one is harmless (same
 * Message-ID, same reader), so an expired lease simply makes the row claimable again.
 */
@ApplicationScoped
public class NoticeQueue implements ClaimQueue<NoticeQueue.Notice> {

    record Notice(UUID id, int attempts, OutgoingMail mail) implements ClaimedRow {
    }

    private static final String CLAIM = """
            UPDATE notice SET attempts = attempts + 1, next_attempt_at = $2
             WHERE id IN (SELECT id FROM notice
                           WHERE status = 'PENDING' AND next_attempt_at <= $1 AND parked_at IS NULL
                           ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
            RETURNING *""";

    @Inject
    DeliverySettings settings;

    @Inject
    MailSender sender;

    @Override
    public ClaimSettings settings() {
        // Sent one after another like deliveries; a notice whose lease expires mid-round is at worst sent twice,
        // which is harmless for a notice (same Message-ID, same reader).
        return settings.claimSettings("notice");
    }

    @Override
    public String table() {
        return "notice";
    }

    @Override
    public Uni<List<Notice>> claim(SqlConnection tx, Instant now, Instant leaseUntil, int limit) {
        return tx.preparedQuery(CLAIM).execute(Sql.args(now, leaseUntil, limit)).map(rows -> {
            List<Notice> notices = new ArrayList<>();
            for (Row r : rows) {
                notices.add(new Notice(r.getUUID("id"), r.getInteger("attempts"), new OutgoingMail(r.getString("message_id"),
                        r.getString("mail_from"), r.getString("mail_to"), null, r.getString("subject"),
                        r.getString("text_body"), r.getString("html_body"), true)));
            }
            return notices;
        });
    }

    @Override
    public Uni<List<Attempt<Notice>>> act(List<Notice> rows) {
        return ClaimQueue.each(rows, settings().concurrency(), n -> sender.send(n.mail())
                .replaceWith(Attempt.done(n))
                .onFailure().recoverWithItem(e -> Attempt.failed(n, e, MailSender.permanent(e))));
    }

    @Override
    public Uni<Void> done(SqlConnection tx, List<Notice> rows, Instant now) {
        return tx.preparedQuery("update notice set status = 'SENT', sent_at = $2, last_error = null, next_attempt_at = null"
                + " where id = any($1)")
                .execute(Sql.args(rows.stream().map(Notice::id).toArray(UUID[]::new), now)).replaceWithVoid();
    }

    /** The candidate never learns what happened to their follow-up: an operator has to look, so it is parked. */
    @Override
    public Uni<Void> park(SqlConnection tx, Notice n, String error, Instant now, boolean countAttempt) {
        return tx.preparedQuery("update notice set status = 'FAILED', parked_at = $2, next_attempt_at = null, last_error = $3"
                + " where id = $1").execute(Sql.args(n.id(), now, error)).replaceWithVoid();
    }
}
