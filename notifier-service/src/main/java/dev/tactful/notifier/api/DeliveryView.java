package dev.tactful.notifier.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.tactful.events.Channel;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.FollowUpKind;
import dev.tactful.events.HoldReason;
import dev.tactful.notifier.delivery.DeliveryStatus;

/** A delivery as the candidate sees it: state, tries, timestamps and the rendered content. */
public record DeliveryView(
        UUID id,
        UUID followUpId,
        UUID interviewId,
        FollowUpKind kind,
        Channel channel,
        DeliveryMode deliveryMode,
        DeliveryStatus status,
        int attempts,
        String rule,
        String reason,
        Person recipient,
        Instant dueAt,
        Instant nextAttemptAt,
        Instant createdAt,
        Instant updatedAt,
        Instant sentAt,
        String lastError,
        List<HoldReason> holdReasons,
        Content content,
        Email email) {

    public record Person(String name, String email) {
    }

    /** The message as its reader sees it. */
    public record Content(String subject, String text) {
    }

    /** The email Tactful sends (or sent) for it: to the recipient in direct mode, else to the candidate. */
    public record Email(String messageId, String from, String to, String replyTo, String subject, String text) {
    }
}
