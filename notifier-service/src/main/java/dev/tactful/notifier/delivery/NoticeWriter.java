package dev.tactful.notifier.delivery;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tactful.events.FollowUpDue;
import dev.tactful.notifier.render.EmailContent;
import io.smallrye.mutiny.Uni;

/**
 * Queues an email from Tactful to the candidate about a delivery, in the caller's Panache transaction. A plain
 * persist, no {@code ON CONFLICT}: both callers decide a notice exactly once per delivery and purpose (intake just
 * created the delivery; recovery holds the SENDING row's lock while it turns it UNCERTAIN).
 */
@ApplicationScoped
public class NoticeWriter {

    @Inject
    MailSettings mail;

    @Inject
    NoticeRepository notices;

    public Uni<Void> queue(UUID deliveryId, FollowUpDue due, String purpose, EmailContent content, Instant now) {
        Notice n = new Notice();
        n.id = UUID.randomUUID();
        n.deliveryId = deliveryId;
        n.purpose = purpose;
        n.messageId = Addresses.noticeMessageId(due.followUpId(), purpose, mail.messageIdDomain());
        n.mailFrom = mail.from();
        n.mailTo = due.candidate() == null ? "" : due.candidate().email();
        n.subject = content.subject();
        n.textBody = content.text();
        n.htmlBody = content.html();
        n.status = "PENDING";
        n.attempts = 0;
        n.nextAttemptAt = now;
        n.createdAt = now;
        return notices.persist(n).replaceWithVoid();
    }
}
