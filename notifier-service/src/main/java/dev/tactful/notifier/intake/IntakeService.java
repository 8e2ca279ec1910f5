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
import dev.tactful.notifier.delivery.DeliveryStatus;
import dev.tactful.notifier.delivery.MailSettings;
import dev.tactful.notifier.delivery.NoticeWriter;
import dev.tactful.notifier.delivery.OutgoingMail;
import dev.tactful.notifier.outbox.OutboxWriter;
import dev.tactful.notifier.quality.GateInput;
import dev.tactful.notifier.quality.QualityGate;
import dev.tactful.notifier.quality.Verdict;
import dev.tactful.notifier.render.RenderedMessage;
import dev.tactful.notifier.render.Renderer;
import dev.tactful.notifier.support.Sql;
import io.micrometer.core.instrument.MeterRegistry;
import dev.tactful.notifier.delivery.SendLoops;
import dev.tactful.support.outbox.OutboxWritten;
import dev.tactful.support.time.BusinessTime;
import dev.tactful.support.time.MachineTime;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

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
    Pool pool;

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
    MailSettings mailSettings;

    @Inject
    MeterRegistry metrics;

    @Inject
    SendLoops sendLoops;

    @Inject
    Event<OutboxWritten> outboxWritten;

    /** True when this call created the delivery, false when the follow-up was already known. */
    public Uni<Boolean> accept(FollowUpDue due, String eventId) {
        DeliveryMode mode = due.deliveryMode() == null ? DeliveryMode.DRAFT_TO_CANDIDATE : due.deliveryMode();
        RenderedMessage message = renderer.render(due);
        Verdict verdict = gate.check(new GateInput(message, due.interview(), due.recipient(), mode));
        OutgoingMail mail = composer.compose(due, mode, message);
        boolean toEmployer = composer.toEmployer(due, mode);
        DeliveryStatus status = verdict.passed() ? DeliveryStatus.PENDING : DeliveryStatus.HELD;
        Instant now = machineClock.instant();
        Instant businessNow = businessClock.instant();
        UUID deliveryId = UUID.randomUUID();
        return pool.withTransaction(conn -> conn.preparedQuery("insert into delivery (id, follow_up_id, interview_id,"
                + " candidate_id, kind, channel, delivery_mode, rule, reason, recipient_name, recipient_email, due_at,"
                + " status, attempts, next_attempt_at, to_employer, message_id, mail_from, mail_to, mail_reply_to,"
                + " mail_subject, mail_text, mail_html, content_subject, content_text, hold_reasons, source_event_id,"
                + " created_at, updated_at, event_json) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13,"
                + " 0, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $27, $28)"
                + " on conflict (follow_up_id) do nothing returning id")
                .execute(Sql.args(deliveryId, due.followUpId(), due.interviewId(), due.candidateId(), due.kind(),
                        due.channel(), mode, due.rule(), due.reason(),
                        due.recipient() == null ? null : due.recipient().name(),
                        due.recipient() == null ? null : due.recipient().email(),
                        due.dueAt(), status,
                        // The planner fires a follow-up when it is due, so delivery starts on receipt.
                        verdict.passed() ? now : null,
                        toEmployer, mail.messageId(), mail.from(), mail.to(), mail.replyTo(), mail.subject(), mail.text(),
                        mail.html(), message.subject(), message.text(),
                        verdict.passed() ? null : EventJson.toJson(verdict.reasons()),
                        eventId, now, EventJson.toJson(due)))
                .chain(rows -> {
                    if (rows.rowCount() == 0) {
                        LOG.debugf("Follow-up %s already accepted; duplicate ignored", due.followUpId());
                        return Uni.createFrom().item(false);
                    }
                    if (verdict.passed()) {
                        return Uni.createFrom().item(true);
                    }
                    NotificationHeld held = new NotificationHeld(deliveryId, due.followUpId(), due.interviewId(),
                            due.candidateId(), due.kind(), due.channel(), verdict.reasons(), businessNow);
                    return outbox.append(conn, held, due.interviewId())
                            .chain(() -> notices.queue(conn, deliveryId, due, NoticeWriter.HELD,
                                    renderer.held(due, message, verdict.reasons()), now))
                            .replaceWith(true);
                }))
                .invoke(created -> {
                    if (created) {
                        if (verdict.passed()) {
                            sendLoops.wake();
                        } else {
                            outboxWritten.fire(new OutboxWritten(1));
                        }
                        LOG.infof("Accepted follow-up %s (%s/%s, %s): %s", due.followUpId(), due.kind(), due.channel(), mode,
                                verdict.passed() ? "queued" : "held " + verdict.codes());
                        if (!verdict.passed()) {
                            metrics.counter("tactful.notifier.deliveries", "outcome", "held", "kind", due.kind().name()).increment();
                        }
                    }
                });
    }
}
