package dev.tactful.interview.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

import dev.tactful.events.InterviewLogged;
import dev.tactful.events.cloudevents.EventJson;

/**
 * One logged interview. The full state is kept as the JSON of the latest {@link InterviewLogged} revision (what
 * consumers see is exactly what is stored); the columns beside it exist for ownership checks, filters and
 * ordering. {@code version} is an optimistic lock: two concurrent changes of one interview cannot both commit,
 * which also keeps its outbox rows in commit order.
 */
@Entity
@Table(name = "interview")
public class InterviewEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "candidate_id", nullable = false)
    public String candidateId;

    @Column(name = "company_name", nullable = false)
    public String companyName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InterviewStatus status;

    @Column(name = "interviewed_at", nullable = false)
    public Instant interviewedAt;

    @Column(nullable = false)
    public int revision;

    @Column(name = "state", nullable = false, columnDefinition = "text")
    public String state;

    @Column(name = "logged_at", nullable = false)
    public Instant loggedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public InterviewLogged state() {
        return EventJson.fromJson(state, InterviewLogged.class);
    }

    public void state(InterviewLogged s) {
        this.state = EventJson.toJson(s);
        this.revision = s.revision();
        this.companyName = s.company().name();
        this.interviewedAt = s.interviewedAt();
    }
}
