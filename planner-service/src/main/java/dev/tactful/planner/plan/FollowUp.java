package dev.tactful.planner.plan;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.tactful.etiquette.PlannedFollowUp;
import dev.tactful.etiquette.Touch;
import dev.tactful.events.Channel;
import dev.tactful.events.FollowUpKind;
import dev.tactful.events.Recipient;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A follow-up of a plan. While {@code PLANNED} it is also a durable timer: the poller fires it once
 * {@code dueAt} has passed. {@code plannedDueAt} keeps what the engine asked for, {@code dueAt} what will happen
 * (they differ after a snooze).
 */
@Entity
@Table(name = "follow_up")
public class FollowUp extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "interview_id", nullable = false)
    public UUID interviewId;

    @Column(name = "candidate_id", nullable = false)
    public String candidateId;

    @Column(name = "plan_key", nullable = false)
    public String planKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FollowUpKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Embedded
    public RecipientColumns recipientColumns;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FollowUpStatus status;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "planned_due_at", nullable = false)
    public Instant plannedDueAt;

    @Column(nullable = false)
    public String rule;

    @Column(nullable = false, columnDefinition = "text")
    public String reason;

    /** Why the status is what it is, when something other than the plan decided it (cancel, skip, snooze). */
    @Column(name = "status_rule")
    public String statusRule;

    @Column(name = "status_reason", columnDefinition = "text")
    public String statusReason;

    @Column(name = "snoozed_until")
    public Instant snoozedUntil;

    @Column(name = "fired_at")
    public Instant firedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static FollowUp planned(UUID interviewId, String candidateId, PlannedFollowUp p, Instant now) {
        FollowUp f = new FollowUp();
        f.id = FollowUpIds.of(interviewId, p.key());
        f.interviewId = interviewId;
        f.candidateId = candidateId;
        f.planKey = p.key();
        f.status = FollowUpStatus.PLANNED;
        f.createdAt = now;
        f.applyPlan(p, now);
        return f;
    }

    /** Takes the engine's latest view of this follow-up; a snooze the candidate chose keeps its due time. */
    void applyPlan(PlannedFollowUp p, Instant now) {
        kind = EngineMapper.fromEngine(p.kind());
        channel = EngineMapper.fromEngine(p.channel());
        setRecipient(EngineMapper.fromEngine(p.recipient()));
        plannedDueAt = p.dueAt();
        if (snoozedUntil == null) {
            dueAt = p.dueAt();
        }
        rule = p.rule();
        reason = p.reason();
        updatedAt = now;
    }

    /** True when the engine's follow-up differs from what this row would do. */
    boolean differsFrom(PlannedFollowUp p) {
        return kind != EngineMapper.fromEngine(p.kind()) || channel != EngineMapper.fromEngine(p.channel())
                || !p.dueAt().equals(plannedDueAt) || !recipient().equals(EngineMapper.fromEngine(p.recipient()))
                || !p.rule().equals(rule) || !p.reason().equals(reason);
    }

    public Recipient recipient() {
        return recipientColumns.toRecipient();
    }

    /** This follow-up as the engine's R7 spacing sees it, at {@code at}. */
    public Touch touchAt(Instant at) {
        return new Touch(EngineMapper.toEngine(kind), EngineMapper.toEngine(recipient()), EngineMapper.toEngine(channel), at);
    }

    public ZoneId zone() {
        return ZoneId.of(recipientColumns.zone);
    }

    private void setRecipient(Recipient r) {
        // The engine always names the zone it computed the send window in; UTC only guards a malformed plan.
        recipientColumns = RecipientColumns.of(r, ZoneOffset.UTC);
    }
}
