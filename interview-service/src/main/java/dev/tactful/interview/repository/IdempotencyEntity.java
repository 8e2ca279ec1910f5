package dev.tactful.interview.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** The first answer given to a candidate's {@code Idempotency-Key}, replayed for every retry of the same request. */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyEntity extends PanacheEntityBase {

    /** Name-based UUID of candidate and key: keys are per candidate, so two candidates may pick the same one. */
    @Id
    public UUID id;

    @Column(name = "candidate_id", nullable = false)
    public String candidateId;

    @Column(name = "idem_key", nullable = false)
    public String key;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "status", nullable = false)
    public int status;

    @Column(name = "body", columnDefinition = "text")
    public String body;

    @Column(name = "location")
    public String location;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
