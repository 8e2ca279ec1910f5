package dev.tactful.notifier.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.tactful.support.outbox.OutboxEvent;

/**
 * A row of the shared {@code outbox} table (service-support's shape, V2), written by a Panache transaction. Only
 * what a writer sets is mapped: {@code sequence} and the relay's bookkeeping ({@code attempts},
 * {@code next_attempt_at}, {@code published_at}, ...) take the database's defaults and belong to the relay.
 */
@Entity
@Table(name = "outbox")
public class OutboxEntity {

    @Id
    public UUID id;

    /** The Kafka key: the interview id, so one interview's events keep their order. */
    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    @Column(nullable = false)
    public String topic;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String source;

    @Column(name = "event_time", nullable = false)
    public Instant eventTime;

    @Column(nullable = false)
    public String payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The same event {@link dev.tactful.support.outbox.Outbox#append} would write on a claim loop's connection. */
    static OutboxEntity of(OutboxEvent e, Instant now) {
        OutboxEntity row = new OutboxEntity();
        row.id = e.id();
        row.aggregateId = e.key();
        row.topic = e.topic();
        row.type = e.type();
        row.source = e.source();
        row.eventTime = e.time();
        row.payload = e.payload();
        row.createdAt = now;
        return row;
    }
}
