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

import dev.tactful.etiquette.InboxFact;
import dev.tactful.events.BounceDetected;
import dev.tactful.events.OutOfOfficeDetected;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * An out-of-office answer or a bounce of one interview, keyed by its CloudEvent id. Only what the rules read is
 * kept (address, return date, status code, when it arrived): no subject, no body, no evidence text.
 */
@Entity
@Table(name = "inbox_fact")
public class InboxFactRow extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "interview_id", nullable = false)
    public UUID interviewId;

    @Column(name = "candidate_id", nullable = false)
    public String candidateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InboxFact.Type type;

    @Column(nullable = false)
    public String address;

    @Column(name = "return_date")
    public LocalDate returnDate;

    public String status;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "stored_at", nullable = false)
    public Instant storedAt;

    public static InboxFactRow of(String eventId, OutOfOfficeDetected e, Instant now) {
        InboxFactRow r = base(eventId, e.interviewId(), e.candidateId(), InboxFact.Type.OUT_OF_OFFICE, e.sender(),
                e.receivedAt(), now);
        r.returnDate = e.returnDate();
        return r;
    }

    public static InboxFactRow of(String eventId, BounceDetected e, Instant now) {
        InboxFactRow r = base(eventId, e.interviewId(), e.candidateId(), InboxFact.Type.BOUNCE, e.failedRecipient(),
                e.receivedAt(), now);
        r.status = e.status();
        return r;
    }

    private static InboxFactRow base(String eventId, UUID interviewId, String candidateId, InboxFact.Type type,
            String address, Instant receivedAt, Instant now) {
        InboxFactRow r = new InboxFactRow();
        r.eventId = eventId;
        r.interviewId = interviewId;
        r.candidateId = candidateId;
        r.type = type;
        r.address = address;
        r.receivedAt = receivedAt;
        r.storedAt = now;
        return r;
    }

    public InboxFact toEngine() {
        return new InboxFact(type, address, returnDate, receivedAt, status);
    }
}
