package dev.tactful.notifier.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tactful.events.FollowUpDue;
import dev.tactful.events.cloudevents.EventJson;
import dev.tactful.notifier.render.Renderer;
import dev.tactful.notifier.support.Transactions;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import dev.tactful.support.time.MachineTime;

/**
 * Resolves sends that were interrupted: a row still SENDING after the lease means the process died between
 * handing the mail to SMTP and recording the result, so nobody knows whether the server accepted it.
 * <ul>
 * <li>To the employer (direct mode): a second copy would embarrass the candidate, so the row becomes UNCERTAIN,
 * is never resent automatically, and the candidate gets a notice with the text.</li>
 * <li>To the candidate (drafts, reminders): resent. The Message-ID is the same, so mail clients that already have
 * it can fold the copies together, and a duplicate reminder to oneself is harmless.</li>
 * </ul>
 * Runs shortly after start-up and then periodically (another replica may have died).
 */
@ApplicationScoped
public class Recovery {

    private static final Logger LOG = Logger.getLogger(Recovery.class);

    @Inject
    Transactions transactions;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    @MachineTime
    Clock clock;

    @Inject
    DeliverySettings settings;

    @Inject
    Renderer renderer;

    @Inject
    NoticeWriter notices;

    @Inject
    MeterRegistry metrics;

    @Inject
    SendLoops sendLoops;

    @Scheduled(every = "${tactful.delivery.recovery-interval:60s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return recover()
                .onFailure().invoke(e -> LOG.warnf("Recovery error: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Resolves every SENDING row whose lease expired; returns how many. */
    public Uni<Integer> recover() {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> deliveries.interruptedSends(now.minus(settings.sendingLease()))
                .chain(stuck -> Multi.createFrom().iterable(stuck)
                        .onItem().transformToUniAndConcatenate(d -> resolve(d, now))
                        .collect().asList()
                        .map(List::size)))
                // Some of them may have queued a notice to the candidate (uncertain) or a resend.
                .invoke(n -> {
                    if (n > 0) {
                        sendLoops.wake();
                        sendLoops.wakeNotices();
                    }
                });
    }

    private Uni<Void> resolve(Delivery d, Instant now) {
        if (!d.toEmployer) {
            LOG.infof("Follow-up %s: interrupted send to the candidate, sending again with the same Message-ID", d.followUpId);
            return deliveries.resend(d.id, now).replaceWithVoid();
        }
        LOG.warnf("Follow-up %s: interrupted direct send, marked UNCERTAIN and not resent", d.followUpId);
        FollowUpDue due = EventJson.fromJson(d.eventJson, FollowUpDue.class);
        metrics.counter("tactful.notifier.deliveries", "outcome", "uncertain", "kind", d.kind.name()).increment();
        return deliveries.markUncertain(d.id, "Interrupted after handing the message to the mail server; not resent.", now)
                .chain(() -> notices.queue(d.id, due, Notice.UNCERTAIN, renderer.uncertain(due, renderer.render(due)), now));
    }
}
