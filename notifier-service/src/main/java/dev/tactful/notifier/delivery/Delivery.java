package dev.tactful.notifier.delivery;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import dev.tactful.events.Channel;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.FollowUpKind;
import dev.tactful.notifier.support.ClaimedEntity;

/**
 * One follow-up's delivery, keyed by the follow-up id (schema in V1-V3). Read and inserted through
 * {@link DeliveryRepository}; the state changes of a send are the claim queue's statements there, never dirty
 * checking, so each keeps its {@code status = 'SENDING'} guard. A claimed delivery is a detached instance the
 * claim loop carries through the send.
 */
@Entity
@Table(name = "delivery")
public class Delivery extends ClaimedEntity {

    @Column(name = "follow_up_id", nullable = false, unique = true)
    public UUID followUpId;

    @Column(name = "interview_id", nullable = false)
    public UUID interviewId;

    @Column(name = "candidate_id", nullable = false)
    public String candidateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FollowUpKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_mode", nullable = false)
    public DeliveryMode deliveryMode;

    public String rule;

    public String reason;

    @Column(name = "recipient_name")
    public String recipientName;

    @Column(name = "recipient_email")
    public String recipientEmail;

    @Column(name = "due_at")
    public Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;

    @Column(name = "sending_since")
    public Instant sendingSince;

    /** Who the email goes to: the employer (direct mode) or the candidate (drafts, reminders). */
    @Column(name = "to_employer", nullable = false)
    public boolean toEmployer;

    @Column(name = "message_id", nullable = false, unique = true)
    public String messageId;

    @Column(name = "mail_from", nullable = false)
    public String mailFrom;

    @Column(name = "mail_to", nullable = false)
    public String mailTo;

    @Column(name = "mail_reply_to")
    public String mailReplyTo;

    @Column(name = "mail_subject")
    public String mailSubject;

    @Column(name = "mail_text")
    public String mailText;

    @Column(name = "mail_html")
    public String mailHtml;

    /** The one-click opt-out link of a direct email (List-Unsubscribe, RFC 8058); null for mail to the candidate. */
    @Column(name = "mail_opt_out_url")
    public String mailOptOutUrl;

    /** The message as its reader sees it (what the API shows as rendered content). */
    @Column(name = "content_subject")
    public String contentSubject;

    @Column(name = "content_text")
    public String contentText;

    /** The gate's reasons as JSON, for a HELD delivery. */
    @Column(name = "hold_reasons")
    public String holdReasons;

    @Column(name = "source_event_id")
    public String sourceEventId;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The FollowUpDue as received, so recovery can render a notice long after the event left Kafka. */
    @Column(name = "event_json", nullable = false)
    public String eventJson;

    public OutgoingMail mail() {
        return new OutgoingMail(messageId, mailFrom, mailTo, mailReplyTo, mailSubject, mailText, mailHtml, !toEmployer,
                toEmployer ? mailOptOutUrl : null);
    }
}
