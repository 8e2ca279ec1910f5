package dev.tactful.notifier.webhook;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.tactful.notifier.support.ClaimedEntity;

/** A signed call to the integrator, one per notification event, queued with the event and sent by {@link WebhookQueue}. */
@Entity
@Table(name = "webhook_call")
public class WebhookCall extends ClaimedEntity {

    /** The outbox event's id: the receiver's {@code X-Tactful-Event-Id}, the same on every retry. */
    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String body;

    /** PENDING until answered 2xx (SENT) or given up (FAILED, parked). */
    @Column(nullable = false)
    public String status;

    /** A new call, due at once. */
    public static WebhookCall pending(UUID eventId, String eventType, String body, Instant now) {
        WebhookCall call = new WebhookCall();
        call.id = UUID.randomUUID();
        call.eventId = eventId;
        call.eventType = eventType;
        call.body = body;
        call.status = "PENDING";
        call.attempts = 0;
        call.nextAttemptAt = now;
        call.createdAt = now;
        return call;
    }
}
