package dev.tactful.notifier.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tactful.events.DeliveryMode;
import dev.tactful.events.FollowUpDue;
import dev.tactful.events.NotificationHeld;
import dev.tactful.events.cloudevents.EventJson;
import dev.tactful.notifier.delivery.Delivery;
import dev.tactful.notifier.delivery.DeliveryRepository;
import dev.tactful.notifier.delivery.DeliveryStatus;
import dev.tactful.notifier.delivery.Notice;
import dev.tactful.notifier.delivery.NoticeWriter;
import dev.tactful.notifier.delivery.OutgoingMail;
import dev.tactful.notifier.outbox.OutboxWriter;
import dev.tactful.notifier.quality.GateInput;
import dev.tactful.notifier.quality.QualityGate;
import dev.tactful.notifier.quality.Verdict;
import dev.tactful.notifier.render.RenderedMessage;
import dev.tactful.notifier.render.Renderer;
import dev.tactful.notifier.support.Transactions;
import io.micrometer.core.instrument.MeterRegistry;
import dev.tactful.notifier.delivery.SendLoops;
import dev.tactful.notifier.limits.SendLimits;
import dev.tactful.support.consume.DeadLetterReason;
import dev.tactful.support.consume.UnprocessableRecordException;
import dev.tactful.support.outbox.OutboxWritten;
import dev.tactful.support.time.BusinessTime;
import dev.tactful.support.time.MachineTime;
import io.smallrye.mutiny.Uni;

/**
 * Accepts a due follow-up exactly once: renders it, runs the quality gate, decides who gets which email, and
 * stores the delivery keyed by the follow-up id. A second copy of the same FollowUpDue hits the unique key and
 * changes nothing. A held message is recorded with its reasons, announced on Kafka (via the outbox) and the
 * candidate is told what to add, all in the one transaction.
 */
@ApplicationScoped
public class IntakeService {

    private static final Logger LOG = Logger.getLogger(IntakeService.class);

    @Inject
    Transactions transactions;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    @BusinessTime
    Clock businessClock;

    // Row bookkeeping (when to try, when created) is real time; what the events say happened is business time.
    @Inject
    @MachineTime
    Clock machineClock;

    @Inject
    Renderer renderer;

    @Inject
    QualityGate gate;

    @Inject
    MailComposer composer;

    @Inject
    OutboxWriter outbox;

    @Inject
    NoticeWriter notices;

    @Inject
    MeterRegistry metrics;

    @Inject
    SendLoops sendLoops;

    @Inject
    SendLimits limits;

    @Inject
    Event<OutboxWritten> outboxWritten;

    /** True when this call created the delivery, false when the follow-up was already known. */
    public Uni<Boolean> accept(FollowUpDue due, String eventId) {
        DeliveryMode mode = due.deliveryMode() == null ? DeliveryMode.DRAFT_TO_CANDIDATE : due.deliveryMode();
        RenderedMessage message;
        Verdict verdict;
        OutgoingMail mail;
        boolean toEmployer;
        try {
            message = renderer.render(due);
            verdict = gate.check(new GateInput(message, due.interview(), due.recipient(), mode));
            mail = composer.compose(due, mode, message);
            toEmployer = composer.toEmployer(due, mode);
        } catch (RuntimeException e) {
            // Rendering touches nothing but the event: it fails the same way every time, so the record goes to the
            // DLQ (replayable once fixed) instead of holding up every later follow-up of its partition.
            throw new UnprocessableRecordException(DeadLetterReason.INVALID,
                    "FollowUpDue cannot be rendered: " + e.getClass().getSimpleName(), e);
        }
        Instant now = machineClock.instant();
        Instant businessNow = businessClock.instant();
        Verdict gateVerdict = verdict;
        return transactions.inTransaction(() -> withinLimits(due, gateVerdict, mail, toEmployer, now)
                .chain(finalVerdict -> {
                    Delivery delivery = delivery(due, mode, message, finalVerdict, mail, toEmployer, eventId, now);
                    return deliveries.insertIfAbsent(delivery).chain(created -> {
                        if (!created) {
                            LOG.debugf("Follow-up %s already accepted; duplicate ignored", due.followUpId());
                            return Uni.createFrom().item(Accepted.DUPLICATE);
                        }
                        if (finalVerdict.passed()) {
                            return Uni.createFrom().item(new Accepted(true, finalVerdict));
                        }
                        NotificationHeld held = new NotificationHeld(delivery.id, due.followUpId(), due.interviewId(),
                                due.candidateId(), due.kind(), due.channel(), finalVerdict.reasons(), businessNow);
                        return outbox.append(held, due.interviewId())
                                .chain(() -> notices.queue(delivery.id, due, Notice.HELD,
                                        renderer.held(due, message, finalVerdict.reasons()), now))
                                .replaceWith(new Accepted(true, finalVerdict));
                    });
                }))
                .invoke(accepted -> {
                    if (accepted.created()) {
                        Verdict v = accepted.verdict();
                        if (v.passed()) {
                            sendLoops.wake();
                        } else {
                            outboxWritten.fire(new OutboxWritten(1));
                            sendLoops.wakeNotices();
                        }
                        LOG.infof("Accepted follow-up %s (%s/%s, %s): %s", due.followUpId(), due.kind(), due.channel(), mode,
                                v.passed() ? "queued" : "held " + v.codes());
                        if (!v.passed()) {
                            metrics.counter("tactful.notifier.deliveries", "outcome", "held", "kind", due.kind().name()).increment();
                        }
                    }
                })
                .map(Accepted::created);
    }

    /** A message the gate passed and Tactful would send to the employer itself is also held over a send limit. */
    private Uni<Verdict> withinLimits(FollowUpDue due, Verdict verdict, OutgoingMail mail, boolean toEmployer, Instant now) {
        if (!verdict.passed() || !toEmployer) {
            return Uni.createFrom().item(verdict);
        }
        return limits.check(due.candidateId(), mail.to(), now)
                .map(over -> over.isEmpty() ? verdict : new Verdict(over));
    }

    private record Accepted(boolean created, Verdict verdict) {
        static final Accepted DUPLICATE = new Accepted(false, null);
    }

    private static Delivery delivery(FollowUpDue due, DeliveryMode mode, RenderedMessage message, Verdict verdict,
            OutgoingMail mail, boolean toEmployer, String eventId, Instant now) {
        Delivery d = new Delivery();
        d.id = UUID.randomUUID();
        d.followUpId = due.followUpId();
        d.interviewId = due.interviewId();
        d.candidateId = due.candidateId();
        d.kind = due.kind();
        d.channel = due.channel();
        d.deliveryMode = mode;
        d.rule = due.rule();
        d.reason = due.reason();
        d.recipientName = due.recipient() == null ? null : due.recipient().name();
        d.recipientEmail = due.recipient() == null ? null : due.recipient().email();
        d.dueAt = due.dueAt();
        d.status = verdict.passed() ? DeliveryStatus.PENDING : DeliveryStatus.HELD;
        d.attempts = 0;
        // The planner fires a follow-up when it is due, so delivery starts on receipt.
        d.nextAttemptAt = verdict.passed() ? now : null;
        d.toEmployer = toEmployer;
        d.messageId = mail.messageId();
        d.mailFrom = mail.from();
        d.mailTo = mail.to();
        d.mailReplyTo = mail.replyTo();
        d.mailSubject = mail.subject();
        d.mailText = mail.text();
        d.mailHtml = mail.html();
        d.mailOptOutUrl = mail.optOutUrl();
        d.contentSubject = message.subject();
        d.contentText = message.text();
        d.holdReasons = verdict.passed() ? null : EventJson.toJson(verdict.reasons());
        d.sourceEventId = eventId;
        d.createdAt = now;
        d.updatedAt = now;
        d.eventJson = EventJson.toJson(due);
        return d;
    }
}
