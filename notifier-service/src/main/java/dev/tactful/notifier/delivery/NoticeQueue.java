package dev.tactful.notifier.delivery;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tactful.support.claim.Attempt;
import dev.tactful.support.claim.ClaimQueue;
import dev.tactful.support.claim.ClaimSettings;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Notices to the candidate about a delivery (held, uncertain), in lease mode. Resending one is harmless (same
 * Message-ID, same reader), so an expired lease simply makes the row claimable again.
 */
@ApplicationScoped
public class NoticeQueue implements ClaimQueue<Notice> {

    @Inject
    DeliverySettings settings;

    @Inject
    NoticeRepository notices;

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
        return notices.claim(tx, now, leaseUntil, limit);
    }

    @Override
    public Uni<List<Attempt<Notice>>> act(List<Notice> rows) {
        return ClaimQueue.each(rows, settings().concurrency(), n -> sender.send(n.mail())
                .replaceWith(Attempt.done(n))
                .onFailure().recoverWithItem(e -> Attempt.failed(n, e, MailSender.permanent(e))));
    }

    @Override
    public Uni<Void> done(SqlConnection tx, List<Notice> rows, Instant now) {
        return notices.markSent(tx, rows.stream().map(n -> n.id).toList(), now);
    }

    /** The candidate never learns what happened to their follow-up: an operator has to look, so it is parked. */
    @Override
    public Uni<Void> park(SqlConnection tx, Notice n, String error, Instant now, boolean countAttempt) {
        return notices.markFailed(tx, n.id, error, now);
    }
}
