package dev.tactful.planner.plan;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.tactful.events.InterviewOutcomeLogged;
import dev.tactful.events.OutcomeType;
import dev.tactful.events.cloudevents.EventJson;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One employer answer. Stored even before its interview is known, and applied once the interview arrives. */
@Entity
@Table(name = "interview_outcome")
public class InterviewOutcome extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "interview_id", nullable = false)
    public UUID interviewId;

    @Column(name = "candidate_id", nullable = false)
    public String candidateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OutcomeType type;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    public static InterviewOutcome of(InterviewOutcomeLogged event, Instant now) {
        InterviewOutcome o = new InterviewOutcome();
        o.id = event.outcomeId();
        o.interviewId = event.interviewId();
        o.candidateId = event.candidateId();
        o.type = event.type();
        o.occurredAt = event.at() != null ? event.at() : event.loggedAt() != null ? event.loggedAt() : now;
        o.payload = EventJson.toJson(event);
        o.receivedAt = now;
        return o;
    }

    public InterviewOutcomeLogged toEvent() {
        return EventJson.fromJson(payload, InterviewOutcomeLogged.class);
    }
}
