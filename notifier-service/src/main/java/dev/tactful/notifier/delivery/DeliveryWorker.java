package dev.tactful.notifier.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tactful.events.NotificationDelivered;
import dev.tactful.events.NotificationFailed;
import dev.tactful.notifier.outbox.OutboxWriter;
import dev.tactful.notifier.support.Sql;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * The durable send loop. Every tick it claims due rows ({@code FOR UPDATE SKIP LOCKED}, so replicas share the
 * work), marks them SENDING in a short transaction, hands each to SMTP, then records SENT (plus the delivered
 * event in the outbox) or schedules the next try with exponential backoff. Nothing waits in memory: a retry is a
 * row with a future {@code next_attempt_at}, read against the injected clock.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    @Inject
    MailSender sender;

    @Inject
    OutboxWriter outbox;

    @Inject
    DeliverySettings settings;

    @Inject
    MeterRegistry metrics;

    record NoticeJob(UUID id, int attempts, OutgoingMail mail) {
    }

    @Scheduled(every = "${tactful.delivery.poll-interval:2s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return deliverDue().chain(this::sendNotices)
                .onFailure().invoke(e -> LOG.warnf("Delivery loop error: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Claims and sends every delivery due now; returns how many were attempted. */
    public Uni<Integer> deliverDue() {
        Instant now = clock.instant();
        return pool.withTransaction(conn -> conn.preparedQuery("update delivery set status = 'SENDING',"
                + " attempts = attempts + 1, sending_since = $1, updated_at = $1 where id in (select id from delivery"
                + " where status = 'PENDING' and next_attempt_at <= $1 order by next_attempt_at limit $2"
                + " for update skip locked) returning *")
                .execute(Sql.args(now, settings.batchSize()))
                .map(rows -> {
                    List<DeliveryRow> claimed = new ArrayList<>();
                    for (Row r : rows) {
                        claimed.add(DeliveryRow.of(r));
                    }
                    return claimed;
                }))
                .chain(claimed -> Multi.createFrom().iterable(claimed)
                        .onItem().transformToUniAndConcatenate(this::send)
                        .collect().asList()
                        .map(List::size));
    }

    private Uni<Void> send(DeliveryRow d) {
        return sender.send(d.mail())
                .chain(() -> sent(d))
                .onFailure().recoverWithUni(e -> failed(d, e));
    }

    private Uni<Void> sent(DeliveryRow d) {
        Instant now = clock.instant();
        NotificationDelivered event = new NotificationDelivered(d.id(), d.followUpId(), d.interviewId(), d.candidateId(),
                d.kind(), d.channel(), d.deliveryMode(), d.mailTo(), d.messageId(),
                d.attempts(), now);
        return pool.withTransaction(conn -> conn.preparedQuery("update delivery set status = 'SENT', sent_at = $2,"
                + " updated_at = $2, sending_since = null, last_error = null where id = $1 and status = 'SENDING'")
                .execute(Sql.args(d.id(), now))
                .chain(rs -> rs.rowCount() == 1 ? outbox.append(conn, event, d.interviewId()) : Uni.createFrom().voidItem()))
                .invoke(() -> {
                    metrics.counter("tactful.notifier.deliveries", "outcome", "sent", "kind", d.kind().name()).increment();
                    LOG.infof("Delivered follow-up %s (%s/%s) after %d tries", d.followUpId(), d.kind(), d.channel(), d.attempts());
                });
    }

    private Uni<Void> failed(DeliveryRow d, Throwable e) {
        Instant now = clock.instant();
        boolean last = MailSender.permanent(e) || d.attempts() >= settings.maxAttempts();
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (!last) {
            Instant next = now.plus(Backoff.after(d.attempts(), settings));
            LOG.warnf("Follow-up %s: try %d failed (%s); next try at %s", d.followUpId(), d.attempts(), error, next);
            return pool.preparedQuery("update delivery set status = 'PENDING', next_attempt_at = $2, last_error = $3,"
                    + " sending_since = null, updated_at = $4 where id = $1 and status = 'SENDING'")
                    .execute(Sql.args(d.id(), next, error, now)).replaceWithVoid();
        }
        LOG.errorf("Follow-up %s failed for good after %d tries: %s", d.followUpId(), d.attempts(), error);
        NotificationFailed event = new NotificationFailed(d.id(), d.followUpId(), d.interviewId(), d.candidateId(), d.kind(),
                d.channel(), d.attempts(), error, now);
        return pool.withTransaction(conn -> conn.preparedQuery("update delivery set status = 'FAILED', last_error = $2,"
                + " sending_since = null, next_attempt_at = null, updated_at = $3 where id = $1 and status = 'SENDING'")
                .execute(Sql.args(d.id(), error, now))
                .chain(rs -> rs.rowCount() == 1 ? outbox.append(conn, event, d.interviewId()) : Uni.createFrom().voidItem()))
                .invoke(() -> metrics.counter("tactful.notifier.deliveries", "outcome", "failed", "kind", d.kind().name()).increment());
    }

    /** Sends queued notices to candidates (held, uncertain). A claim is a lease; a resend is harmless. */
    public Uni<Integer> sendNotices() {
        Instant now = clock.instant();
        return pool.withTransaction(conn -> conn.preparedQuery("update notice set attempts = attempts + 1,"
                + " next_attempt_at = $2 where id in (select id from notice where status = 'PENDING' and next_attempt_at <= $1"
                + " order by next_attempt_at limit $3 for update skip locked) returning *")
                .execute(Sql.args(now, now.plus(settings.sendingLease()), settings.batchSize()))
                .map(rows -> {
                    List<NoticeJob> jobs = new ArrayList<>();
                    for (Row r : rows) {
                        jobs.add(new NoticeJob(r.getUUID("id"), r.getInteger("attempts"), new OutgoingMail(
                                r.getString("message_id"), r.getString("mail_from"), r.getString("mail_to"), null,
                                r.getString("subject"), r.getString("text_body"), r.getString("html_body"), true)));
                    }
                    return jobs;
                }))
                .chain(jobs -> Multi.createFrom().iterable(jobs)
                        .onItem().transformToUniAndConcatenate(job -> sender.send(job.mail())
                                .chain(() -> pool.preparedQuery("update notice set status = 'SENT', sent_at = $2,"
                                        + " last_error = null where id = $1").execute(Sql.args(job.id(), clock.instant())))
                                .replaceWithVoid()
                                .onFailure().recoverWithUni(e -> {
                                    boolean last = MailSender.permanent(e) || job.attempts() >= settings.maxAttempts();
                                    Instant next = clock.instant().plus(Backoff.after(job.attempts(), settings));
                                    return pool.preparedQuery("update notice set status = $2, next_attempt_at = $3,"
                                            + " last_error = $4 where id = $1")
                                            .execute(Sql.args(job.id(), last ? "FAILED" : "PENDING", next,
                                                    e.getClass().getSimpleName() + ": " + e.getMessage()))
                                            .replaceWithVoid();
                                }))
                        .collect().asList()
                        .map(List::size));
    }
}
