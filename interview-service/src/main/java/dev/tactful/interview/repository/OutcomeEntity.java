package dev.tactful.interview.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

import dev.tactful.events.OutcomeType;

/** An answer from the employer, as logged by the candidate. {@code note} is private: never logged. */
@Entity
@Table(name = "outcome")
public class OutcomeEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "interview_id", nullable = false)
    public UUID interviewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OutcomeType type;

    @Column(name = "at", nullable = false)
    public Instant at;

    @Column(columnDefinition = "text")
    public String note;

    @Column(name = "new_decision_expected_by")
    public LocalDate newDecisionExpectedBy;

    @Column(name = "logged_at", nullable = false)
    public Instant loggedAt;

    /** {@link #CANDIDATE} (the API) or {@link #INBOX} (a reply inbox-service found in the candidate's mailbox). */
    @Column(name = "source", nullable = false)
    public String source = CANDIDATE;

    public static final String CANDIDATE = "candidate";
    public static final String INBOX = "inbox";
}
