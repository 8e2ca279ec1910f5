package dev.tactful.planner.plan;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.tactful.etiquette.Suppression;
import dev.tactful.events.Recipient;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A suppression (something deliberately not planned) or a flag (a warning for the candidate) of the current plan. */
@Entity
@Table(name = "plan_note")
public class PlanNote extends PanacheEntityBase {

    public enum Type {
        SUPPRESSION,
        FLAG
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "interview_id", nullable = false)
    public UUID interviewId;

    @Enumerated(EnumType.STRING)
    @Column(name = "note_type", nullable = false)
    public Type noteType;

    @Column(nullable = false)
    public int position;

    @Embedded
    public RecipientColumns recipientColumns;

    @Column(nullable = false)
    public String rule;

    @Column(nullable = false, columnDefinition = "text")
    public String reason;

    public static PlanNote of(UUID interviewId, Type type, int position, Suppression s) {
        PlanNote n = new PlanNote();
        n.interviewId = interviewId;
        n.noteType = type;
        n.position = position;
        Recipient r = EngineMapper.fromEngine(s.recipient());
        n.recipientColumns = r == null ? new RecipientColumns() : RecipientColumns.of(r, null);
        n.rule = s.rule();
        n.reason = s.reason();
        return n;
    }

    /** Null when the note concerns the interview as a whole rather than one person. */
    public Recipient recipient() {
        return recipientColumns == null ? null : recipientColumns.toRecipient();
    }
}
