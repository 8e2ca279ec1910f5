package dev.tactful.notifier.it;

import static dev.tactful.notifier.Fixtures.AVERY;
import static dev.tactful.notifier.Fixtures.due;
import static dev.tactful.notifier.Fixtures.northwind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;

import dev.tactful.events.Channel;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.EventType;
import dev.tactful.events.FollowUpDue;
import dev.tactful.events.FollowUpKind;
import dev.tactful.events.NotificationDelivered;
import dev.tactful.infra.TactfulInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Consume → render → gate → email, against real Kafka, PostgreSQL and GreenMail. */
@QuarkusTest
@WithTestResource(value = TactfulInfraResource.class, initArgs = @ResourceArg(name = "database", value = "notifier"))
class DeliveryFlowTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void draftModeSendsTheCandidateAReminderWithTheDraft() throws Exception {
        FollowUpDue due = due(FollowUpKind.THANK_YOU, Channel.EMAIL, DeliveryMode.DRAFT_TO_CANDIDATE, AVERY,
                northwind(LocalDate.of(2026, 11, 26)));
        Kafka.publish(due);

        MimeMessage mail = awaitOne(messageId(due));
        assertThat(from(mail)).isEqualTo(new InternetAddress("no-reply@tactful.dev", "Tactful"));
        assertThat(addresses(mail.getRecipients(MimeMessage.RecipientType.TO))).containsExactly("rowan@example.org");
        assertThat(mail.getSubject()).isEqualTo("Ready to send: your thank-you note to Avery Stone");
        assertThat(mail.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        String text = assertAlternative(mail);
        assertThat(text).contains("Who: Avery Stone, Engineering Manager at Northwind <avery@northwind.example>")
                .contains("Why (rule R1): " + due.reason())
                .contains("----- draft -----")
                .contains("Dear Avery,");

        await().atMost(WAIT).until(() -> !Kafka.notifications(e -> e.eventType() == EventType.NOTIFICATION_DELIVERED
                && ((NotificationDelivered) e.data()).followUpId().equals(due.followUpId())).isEmpty());
    }

    @Test
    void directModeSendsToTheInterviewerOnBehalfOfTheCandidate() throws Exception {
        FollowUpDue due = due(FollowUpKind.THANK_YOU, Channel.EMAIL, DeliveryMode.SEND_DIRECT, AVERY,
                northwind(LocalDate.of(2026, 11, 26)));
        Kafka.publish(due);

        MimeMessage mail = awaitOne(messageId(due));
        InternetAddress from = from(mail);
        assertThat(from.getAddress()).isEqualTo("no-reply@tactful.dev");
        assertThat(from.getPersonal()).isEqualTo("Rowan Tester via Tactful");
        assertThat(addresses(mail.getRecipients(MimeMessage.RecipientType.TO))).containsExactly("avery@northwind.example");
        assertThat(addresses(mail.getReplyTo())).containsExactly("rowan@example.org");
        assertThat(mail.getHeader("Auto-Submitted", null)).isNull();
        String text = assertAlternative(mail);
        assertThat(text).startsWith("Dear Avery,").contains("Rowan Tester").doesNotContain("----- draft -----");
        assertThat(text).as("the footer says who it is from and where replies go")
                .contains("Sent with Tactful on behalf of Rowan Tester", "Your reply goes straight to Rowan Tester");
    }

    static String messageId(FollowUpDue due) {
        return "<followup-" + due.followUpId() + "@tactful.dev>";
    }

    static MimeMessage awaitOne(String messageId) {
        await().atMost(WAIT).until(() -> !Mailbox.withMessageId(messageId).isEmpty());
        List<MimeMessage> found = Mailbox.withMessageId(messageId);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    static InternetAddress from(MimeMessage mail) throws MessagingException {
        return (InternetAddress) mail.getFrom()[0];
    }

    static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : java.util.Arrays.stream(addresses).map(a -> ((InternetAddress) a).getAddress()).toList();
    }

    /** Asserts multipart/alternative with text/plain then text/html; returns the plain text. */
    static String assertAlternative(MimeMessage mail) throws MessagingException, IOException {
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        MimeMultipart multipart = (MimeMultipart) mail.getContent();
        assertThat(multipart.getCount()).isEqualTo(2);
        assertThat(multipart.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(multipart.getBodyPart(1).getContentType()).startsWith("text/html");
        String html = multipart.getBodyPart(1).getContent().toString();
        assertThat(html).contains("<p>");
        return multipart.getBodyPart(0).getContent().toString().replace("\r\n", "\n");
    }
}
