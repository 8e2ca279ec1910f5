package dev.tactful.notifier.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tactful.events.EventType;
import dev.tactful.events.cloudevents.EventJson;
import dev.tactful.notifier.webhook.WebhookCall;
import dev.tactful.notifier.webhook.WebhookCallRepository;
import dev.tactful.notifier.webhook.WebhookPayload;
import dev.tactful.notifier.webhook.WebhookSettings;
import dev.tactful.support.outbox.Outbox;
import dev.tactful.support.outbox.OutboxEvent;
import dev.tactful.support.time.BusinessTime;
import dev.tactful.support.time.MachineTime;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Records a notification event inside the caller's transaction, so the event exists if and only if the state
 * change it announces was committed. The relay publishes it later; when a webhook is configured, the same event
 * is queued for the integrator in the same transaction.
 *
 * <p>One way per kind of transaction: in a Panache transaction (intake) the rows are entities persisted in the
 * current session; in a claim loop's transaction (a delivery's SENT or FAILED) they are inserted on the loop's
 * connection with the shared {@link Outbox#append}. Both write the same event, built here once.
 */
@ApplicationScoped
public class OutboxWriter {

    static final String SOURCE = "/tactful/notifier-service";

    /** What the event says happened (its ce_time) is business time. */
    @Inject
    @BusinessTime
    Clock clock;

    /** When the rows may be worked is machine time. */
    @Inject
    @MachineTime
    Clock machineClock;

    @Inject
    WebhookSettings webhook;

    @Inject
    OutboxRepository outbox;

    @Inject
    WebhookCallRepository webhookCalls;

    /** In the current Panache transaction. */
    public Uni<Void> append(Record payload, UUID interviewId) {
        OutboxEvent event = event(payload, interviewId);
        Instant now = machineClock.instant();
        Uni<Void> written = outbox.persist(OutboxEntity.of(event, now)).replaceWithVoid();
        return webhook.enabled() ? written.chain(() -> webhookCalls.persist(webhookCall(event, now))).replaceWithVoid() : written;
    }

    /** In a claim loop's transaction, on its connection. */
    public Uni<Void> append(SqlConnection tx, Record payload, UUID interviewId) {
        OutboxEvent event = event(payload, interviewId);
        Instant now = machineClock.instant();
        Uni<Void> written = Outbox.append(tx, event, now);
        return webhook.enabled() ? written.chain(() -> webhookCalls.insert(tx, webhookCall(event, now))) : written;
    }

    private OutboxEvent event(Record payload, UUID interviewId) {
        EventType type = EventType.of(payload.getClass());
        return new OutboxEvent(UUID.randomUUID(), interviewId.toString(), type.topic(), type.type(), SOURCE, clock.instant(),
                EventJson.toJson(payload));
    }

    private static WebhookCall webhookCall(OutboxEvent event, Instant now) {
        EventType type = EventType.ofType(event.type()).orElseThrow();
        String body = WebhookPayload.json(event.id(), type, event.time(), UUID.fromString(event.key()), event.payload());
        return WebhookCall.pending(event.id(), event.type(), body, now);
    }
}
