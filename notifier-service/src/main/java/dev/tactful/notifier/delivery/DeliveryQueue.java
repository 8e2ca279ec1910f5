package dev.tactful.notifier.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tactful.events.NotificationDelivered;
import dev.tactful.events.NotificationFailed;
import dev.tactful.notifier.outbox.OutboxWriter;
import dev.tactful.support.claim.Attempt;
import dev.tactful.support.claim.ClaimQueue;
import dev.tactful.support.claim.ClaimSettings;
import dev.tactful.support.outbox.OutboxWritten;
import dev.tactful.support.time.BusinessTime;
import dev.tactful.support.time.MachineTime;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Deliveries as a claim queue in lease mode: a claim marks rows SENDING with a lease (machine time) and commits;
 * the mails go to SMTP outside any transaction; then each row becomes SENT (with its delivered event in the
 * outbox), goes back to PENDING with a backoff, or becomes FAILED after the last try. A row whose process dies
 * mid-send stays SENDING until {@link Recovery} resolves it: a direct send is never repeated blindly.
 */
@ApplicationScoped
public class DeliveryQueue implements ClaimQueue<Delivery> {

    private static final Logger LOG = Logger.getLogger(DeliveryQueue.class);

    @Inject
    DeliverySettings settings;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    MailSender sender;

    @Inject
    OutboxWriter outbox;

    @Inject
    @BusinessTime
    Clock businessClock;

    @Inject
    MeterRegistry metrics;

    @Inject
    Pool pool;

    @Inject
    @MachineTime
    Clock machineClock;

    @Override
    public ClaimSettings settings() {
        return settings.claimSettings("delivery");
    }

    @Override
    public String table() {
        return "delivery";
    }

    @Override
    public Uni<List<Delivery>> claim(SqlConnection tx, Instant now, Instant leaseUntil, int limit) {
        return deliveries.claim(tx, now, leaseUntil, limit);
    }

    @Override
    public Uni<List<Attempt<Delivery>>> act(List<Delivery> rows) {
        return ClaimQueue.each(rows, settings().concurrency(), d -> renewLease(d).chain(renewed -> renewed
                ? sender.send(d.mail()).replaceWith(Attempt.done(d))
                        .onFailure().recoverWithItem(e -> afterFailedSend(d, e))
                // Recovery resolved the row meanwhile; it is no longer ours to send.
                : Uni.createFrom().item(Attempt.failed(d, "lease lost before sending", false))));
    }

    /**
     * A mail to the employer whose fate is unclear is never sent again: the row keeps its lease and recovery marks it
     * UNCERTAIN (and tells the candidate), as after a crash mid-send. A draft to the candidate may be resent with the
     * same Message-ID; a clear refusal is retried, a 5xx is final.
     */
    private static Attempt<Delivery> afterFailedSend(Delivery d, Throwable e) {
        if (MailSender.permanent(e)) {
            return Attempt.failed(d, e, true);
        }
        if (d.toEmployer && !MailSender.surelyNotAccepted(e)) {
            return Attempt.unresolved(d, e);
        }
        return Attempt.failed(d, e, false);
    }

    /**
     * Each row's lease starts again right before its own send: however many rows a round claimed, and however many
     * waves of {@code concurrency} sends that takes, recovery never takes a row whose send is still in flight.
     */
    private Uni<Boolean> renewLease(Delivery d) {
        Instant now = machineClock.instant();
        return deliveries.renewLease(pool, d.id, now, now.plus(settings.sendingLease()));
    }

    @Override
    public Uni<Void> done(SqlConnection tx, List<Delivery> rows, Instant now) {
        // What the event and the API say happened is business time; the row's bookkeeping is machine time.
        Instant deliveredAt = businessClock.instant();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Delivery d : rows) {
            NotificationDelivered event = new NotificationDelivered(d.id, d.followUpId, d.interviewId, d.candidateId,
                    d.kind, d.channel, d.deliveryMode, d.mailTo, d.messageId, d.attempts, deliveredAt);
            chain = chain.chain(() -> deliveries.markSent(tx, d.id, deliveredAt, now)
                    .chain(sent -> sent ? outbox.append(tx, event, d.interviewId) : Uni.createFrom().voidItem())
                    .invoke(() -> {
                        metrics.counter("tactful.notifier.deliveries", "outcome", "sent", "kind", d.kind.name()).increment();
                        LOG.infof("Delivered follow-up %s (%s/%s) after %d tries", d.followUpId, d.kind, d.channel,
                                d.attempts);
                    }));
        }
        return chain;
    }

    @Inject
    Event<OutboxWritten> outboxWritten;

    @Override
    public void settled(List<Attempt<Delivery>> results) {
        // SENT and FAILED both wrote an event; publish it now rather than at the relay's next poll.
        outboxWritten.fire(new OutboxWritten(results.size()));
    }

    @Override
    public Uni<Void> retry(SqlConnection tx, Delivery d, String error, Instant nextAttempt, boolean countAttempt) {
        return deliveries.backToPending(tx, d.id, nextAttempt, error);
    }

    /** A delivery that failed for good is a business outcome (the candidate is told), not a parked row. */
    @Override
    public Uni<Void> park(SqlConnection tx, Delivery d, String error, Instant now, boolean countAttempt) {
        NotificationFailed event = new NotificationFailed(d.id, d.followUpId, d.interviewId, d.candidateId, d.kind,
                d.channel, d.attempts, error, businessClock.instant());
        return deliveries.markFailed(tx, d.id, error, now)
                .chain(failed -> failed ? outbox.append(tx, event, d.interviewId) : Uni.createFrom().voidItem())
                .invoke(() -> metrics.counter("tactful.notifier.deliveries", "outcome", "failed", "kind", d.kind.name())
                        .increment());
    }
}
