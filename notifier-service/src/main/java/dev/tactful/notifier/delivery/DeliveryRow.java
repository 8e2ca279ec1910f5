package dev.tactful.notifier.delivery;

import dev.tactful.support.claim.ClaimedRow;
import java.time.Instant;
import java.util.UUID;

import dev.tactful.events.Channel;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.FollowUpKind;
import dev.tactful.notifier.support.Sql;
import io.vertx.mutiny.sqlclient.Row;

/** One row of {@code delivery}, as read back. */
public record DeliveryRow(
        UUID id,
        UUID followUpId,
        UUID interviewId,
        String candidateId,
        FollowUpKind kind,
        Channel channel,
        DeliveryMode deliveryMode,
        String rule,
        String reason,
        String recipientName,
        String recipientEmail,
        Instant dueAt,
        DeliveryStatus status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        boolean toEmployer,
        String messageId,
        String mailFrom,
        String mailTo,
        String mailReplyTo,
        String mailSubject,
        String mailText,
        String mailHtml,
        String contentSubject,
        String contentText,
        String holdReasons,
        Instant createdAt,
        Instant updatedAt,
        Instant sentAt,
        String eventJson) implements ClaimedRow {

    public static DeliveryRow of(Row r) {
        return new DeliveryRow(
                r.getUUID("id"),
                r.getUUID("follow_up_id"),
                r.getUUID("interview_id"),
                r.getString("candidate_id"),
                FollowUpKind.valueOf(r.getString("kind")),
                Channel.valueOf(r.getString("channel")),
                DeliveryMode.valueOf(r.getString("delivery_mode")),
                r.getString("rule"),
                r.getString("reason"),
                r.getString("recipient_name"),
                r.getString("recipient_email"),
                Sql.instant(r, "due_at"),
                DeliveryStatus.valueOf(r.getString("status")),
                r.getInteger("attempts"),
                Sql.instant(r, "next_attempt_at"),
                r.getString("last_error"),
                r.getBoolean("to_employer"),
                r.getString("message_id"),
                r.getString("mail_from"),
                r.getString("mail_to"),
                r.getString("mail_reply_to"),
                r.getString("mail_subject"),
                r.getString("mail_text"),
                r.getString("mail_html"),
                r.getString("content_subject"),
                r.getString("content_text"),
                r.getString("hold_reasons"),
                Sql.instant(r, "created_at"),
                Sql.instant(r, "updated_at"),
                Sql.instant(r, "sent_at"),
                r.getString("event_json"));
    }

    public OutgoingMail mail() {
        return new OutgoingMail(messageId, mailFrom, mailTo, mailReplyTo, mailSubject, mailText, mailHtml, !toEmployer);
    }
}
