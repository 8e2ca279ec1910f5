package dev.tactful.interview.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

import dev.tactful.events.EventType;
import dev.tactful.events.cloudevents.EventJson;

/**
 * An event waiting to be published, written in the same transaction as the change it describes. Its id is the
 * CloudEvents {@code ce_id}, so a re-publish after a crash carries the same id and consumers can drop it.
 * {@code sequence} is assigned by the database and orders the rows of one interview.
 */
@Entity
@Table(name = "outbox")
public class OutboxEntity extends PanacheEntityBase {

    public static final String SOURCE = "/tactful/interview-service";

    @Id
    public UUID id;

    @Column(name = "aggregate_id", nullable = false)
    /** The record key: the interview id, or for an erasure the candidate id (text since V5). */
    public String aggregateId;

    @Column(name = "topic", nullable = false)
    public String topic;

    @Column(name = "type", nullable = false)
    public String type;

    @Column(name = "source", nullable = false)
    public String source;

    @Column(name = "event_time", nullable = false)
    public Instant eventTime;

    @Column(name = "payload", nullable = false, columnDefinition = "text")
    public String payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sequence", insertable = false, updatable = false)
    public Long sequence;

    public static OutboxEntity of(UUID interviewId, Record event, Instant time) {
        OutboxEntity row = new OutboxEntity();
        row.id = UUID.randomUUID();
        row.aggregateId = interviewId.toString();
        EventType type = EventType.of(event.getClass());
        row.topic = type.topic();
        row.type = type.type();
        row.source = SOURCE;
        row.eventTime = time;
        row.payload = EventJson.toJson(event);
        row.createdAt = time;
        return row;
    }
}
