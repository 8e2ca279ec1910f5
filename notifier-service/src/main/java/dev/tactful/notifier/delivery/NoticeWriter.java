package dev.tactful.notifier.delivery;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tactful.events.FollowUpDue;
import dev.tactful.notifier.render.EmailContent;
import dev.tactful.notifier.support.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/** Queues an email from Tactful to the candidate about a delivery, inside the caller's transaction. */
@ApplicationScoped
public class NoticeWriter {

    public static final String HELD = "HELD";
    public static final String UNCERTAIN = "UNCERTAIN";

    @Inject
    MailSettings mail;

    public Uni<Void> queue(SqlConnection conn, UUID deliveryId, FollowUpDue due, String purpose, EmailContent content, Instant now) {
        String to = due.candidate() == null ? "" : due.candidate().email();
        return conn.preparedQuery("insert into notice (id, delivery_id, purpose, message_id, mail_from, mail_to, subject,"
                + " text_body, html_body, status, attempts, next_attempt_at, created_at)"
                + " values ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'PENDING', 0, $10, $10) on conflict do nothing")
                .execute(Sql.args(UUID.randomUUID(), deliveryId, purpose,
                        Addresses.noticeMessageId(due.followUpId(), purpose, mail.messageIdDomain()),
                        mail.from(), to, content.subject(), content.text(), content.html(), now))
                .replaceWithVoid();
    }
}
