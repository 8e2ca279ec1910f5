package dev.tactful.notifier.delivery;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.tactful.notifier.support.ClaimedEntity;

/**
 * An email from Tactful to the candidate about a delivery ({@code purpose} HELD or UNCERTAIN), at most one per
 * purpose. Persisted in the transaction that decided it; sent by {@link NoticeQueue}.
 */
@Entity
@Table(name = "notice")
public class Notice extends ClaimedEntity {

    public static final String HELD = "HELD";
    public static final String UNCERTAIN = "UNCERTAIN";

    @Column(name = "delivery_id", nullable = false)
    public UUID deliveryId;

    @Column(nullable = false)
    public String purpose;

    @Column(name = "message_id", nullable = false)
    public String messageId;

    @Column(name = "mail_from", nullable = false)
    public String mailFrom;

    @Column(name = "mail_to", nullable = false)
    public String mailTo;

    @Column(nullable = false)
    public String subject;

    @Column(name = "text_body", nullable = false)
    public String textBody;

    @Column(name = "html_body")
    public String htmlBody;

    /** PENDING until sent (SENT) or given up (FAILED, parked). */
    @Column(nullable = false)
    public String status;

    public OutgoingMail mail() {
        return new OutgoingMail(messageId, mailFrom, mailTo, null, subject, textBody, htmlBody, true, null);
    }
}
