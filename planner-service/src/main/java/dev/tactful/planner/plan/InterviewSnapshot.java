package dev.tactful.planner.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.tactful.events.InterviewLogged;
import dev.tactful.events.OutcomeType;
import dev.tactful.events.Policy;
import dev.tactful.events.cloudevents.EventJson;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * The latest revision of an interview as published by the interview-service. Kept as the event's own JSON so
 * a re-plan feeds the engine exactly what was published, whatever fields the contract grows.
 */
@Entity
@Table(name = "interview")
public class InterviewSnapshot extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "candidate_id", nullable = false)
    public String candidateId;

    @Column(nullable = false)
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Policy policy;

    @Column(nullable = false, columnDefinition = "text")
    public String snapshot;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_outcome")
    public OutcomeType lastOutcome;

    @Column(name = "decision_expected_by")
    public LocalDate decisionExpectedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static InterviewSnapshot of(InterviewLogged event, Instant now) {
        InterviewSnapshot s = new InterviewSnapshot();
        s.id = event.interviewId();
        s.update(event, now);
        return s;
    }

    public void update(InterviewLogged event, Instant now) {
        candidateId = event.candidateId();
        revision = event.revision();
        policy = event.policy() == null ? Policy.STANDARD : event.policy();
        snapshot = EventJson.toJson(event);
        decisionExpectedBy = event.decisionExpectedBy();
        updatedAt = now;
    }

    public InterviewLogged toEvent() {
        return EventJson.fromJson(snapshot, InterviewLogged.class);
    }
}
