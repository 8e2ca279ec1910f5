package dev.tactful.notifier.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tactful.events.EventType;
import dev.tactful.events.cloudevents.EventJson;
import dev.tactful.notifier.support.Sql;
import dev.tactful.notifier.webhook.WebhookSettings;
import dev.tactful.notifier.webhook.WebhookPayload;
import io.smallrye.mutiny.Uni;
import dev.tactful.support.outbox.Outbox;
import dev.tactful.support.outbox.OutboxEvent;
import dev.tactful.support.time.BusinessTime;
import dev.tactful.support.time.MachineTime;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Records a notification event inside the caller's transaction, so the event exists if and only if the state
 * change it announces was committed. The relay publishes it later; when a webhook is configured, the same event
 * is queued for the integrator in the same transaction.
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

    public Uni<Void> append(SqlConnection conn, Record payload, UUID interviewId) {
        EventType type = EventType.of(payload.getClass());
        UUID eventId = UUID.randomUUID();
        Instant now = clock.instant();
        String json = EventJson.toJson(payload);
        Uni<Void> outbox = Outbox.append(conn,
                new OutboxEvent(eventId, interviewId.toString(), type.topic(), type.type(), SOURCE, now, json), machineClock.instant());
        if (!webhook.enabled()) {
            return outbox;
        }
        String body = WebhookPayload.json(eventId, type, now, interviewId, json);
        return outbox.chain(() -> conn.preparedQuery("insert into webhook_call (id, event_id, event_type, body, status,"
                + " attempts, next_attempt_at, created_at) values ($1, $2, $3, $4, 'PENDING', 0, $5, $5)")
                .execute(Sql.args(UUID.randomUUID(), eventId, type.type(), body, machineClock.instant()))
                .replaceWithVoid());
    }
}
