package dev.tactful.planner.intake;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A CloudEvent id already applied. Inserted in the same transaction as the plan change, so a redelivery
 * (Kafka is at-least-once) is recognised and changes nothing; a concurrent duplicate fails on the primary key
 * and is then recognised on retry.
 */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "processed_at", nullable = false)
    public Instant processedAt;

    static ProcessedEvent of(String eventId, String eventType, Instant now) {
        ProcessedEvent e = new ProcessedEvent();
        e.eventId = eventId;
        e.eventType = eventType;
        e.processedAt = now;
        return e;
    }
}
