package dev.tactful.notifier.it;

import static dev.tactful.notifier.Fixtures.AVERY;
import static dev.tactful.notifier.Fixtures.ROWAN;
import static dev.tactful.notifier.Fixtures.due;
import static dev.tactful.notifier.Fixtures.northwind;
import static dev.tactful.notifier.it.DeliveryFlowTest.WAIT;
import static dev.tactful.notifier.it.DeliveryFlowTest.messageId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Collections;
import java.util.List;

import jakarta.mail.Header;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.tactful.events.Candidate;
import dev.tactful.events.Channel;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.FollowUpDue;
import dev.tactful.events.FollowUpKind;
import dev.tactful.events.InterviewDetails;
import dev.tactful.events.Recipient;
import dev.tactful.infra.TactfulInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Hostile names, roles and addresses through the real SMTP server, read back over IMAP: none may add a header or
 * a recipient. A candidate controls every one of these values, and direct mail goes to people who never signed up.
 */
@QuarkusTest
@WithTestResource(value = TactfulInfraResource.class, initArgs = @ResourceArg(name = "database", value = "notifier"))
class HeaderInjectionTest {

    /** Nobody in any case may receive anything here. */
    static final String VICTIM = "victim@evil.example";

    /** A case: what the candidate typed, where it goes, and what must come of it. */
    record Case(String name, DeliveryMode mode, String candidateName, String candidateEmail, String role,
            String recipientName, String recipientEmail, String expect) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        String bcc = "\r\nBcc: " + VICTIM;
        return List.of(
                new Case("LF in the role (subject)", DeliveryMode.SEND_DIRECT, ROWAN.name(), ROWAN.email(),
                        "Engineer\nX-Evil: 1", AVERY.name(), AVERY.email(), "sent"),
                new Case("CRLF Bcc in the role", DeliveryMode.SEND_DIRECT, ROWAN.name(), ROWAN.email(),
                        "Engineer" + bcc, AVERY.name(), AVERY.email(), "sent"),
                // A NUL never gets this far: the API refuses it (BadInputTest), and PostgreSQL could not store it.
                new Case("a vertical tab and an escape in the role", DeliveryMode.SEND_DIRECT, ROWAN.name(), ROWAN.email(),
                        "Engi\u000Bneer\u001B[31m", AVERY.name(), AVERY.email(), "sent"),
                new Case("CRLF in the candidate's name (From)", DeliveryMode.SEND_DIRECT, "Rowan\r\nX-Evil: 1",
                        ROWAN.email(), "Engineer", AVERY.name(), AVERY.email(), "sent"),
                new Case("an address as the candidate's name", DeliveryMode.SEND_DIRECT, "ceo@northwind.example",
                        ROWAN.email(), "Engineer", AVERY.name(), AVERY.email(), "sent"),
                new Case("right-to-left override in the name", DeliveryMode.SEND_DIRECT, "Rowan \u202Eevil\u202C Tester",
                        ROWAN.email(), "Engineer", AVERY.name(), AVERY.email(), "sent"),
                new Case("CRLF in the interviewer's name (draft subject)", DeliveryMode.DRAFT_TO_CANDIDATE, ROWAN.name(),
                        ROWAN.email(), "Engineer", "Avery" + bcc, AVERY.email(), "sent"),
                new Case("CRLF Bcc after the recipient address", DeliveryMode.SEND_DIRECT, ROWAN.name(), ROWAN.email(),
                        "Engineer", AVERY.name(), AVERY.email() + bcc, "held"),
                new Case("a second recipient after a comma", DeliveryMode.SEND_DIRECT, ROWAN.name(), ROWAN.email(),
                        "Engineer", AVERY.name(), AVERY.email() + ", " + VICTIM, "held"),
                new Case("a look-alike Cyrillic letter in the domain", DeliveryMode.SEND_DIRECT, ROWAN.name(), ROWAN.email(),
                        "Engineer", AVERY.name(), "avery@n\u043Erthwind.example", "held"),
                new Case("CRLF Bcc after the candidate's own address", DeliveryMode.DRAFT_TO_CANDIDATE, ROWAN.name(),
                        ROWAN.email() + bcc, "Engineer", AVERY.name(), AVERY.email(), "failed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void noValueAddsAHeaderOrARecipient(Case c) throws Exception {
        InterviewDetails details = northwind(null);
        details = new InterviewDetails(details.companyName(), c.role(), details.interviewedAt(), details.format(),
                details.decisionExpectedBy(), details.topicsDiscussed(), details.pointsToReinforce(),
                details.concernsToAddress(), details.promise(), details.lastOutcome());
        Recipient to = new Recipient(AVERY.interviewerId(), c.recipientName(), AVERY.title(), c.recipientEmail(), AVERY.timeZone());
        FollowUpDue template = due(FollowUpKind.THANK_YOU, Channel.EMAIL, c.mode(), to, details);
        FollowUpDue due = new FollowUpDue(template.followUpId(), template.interviewId(), template.candidateId(),
                template.kind(), template.rule(), template.reason(), template.channel(), to, template.dueAt(),
                template.policy(), template.deliveryMode(), new Candidate(c.candidateName(), c.candidateEmail(),
                        ROWAN.timeZone()), details);
        Kafka.publish(due);

        switch (c.expect()) {
            case "sent" -> {
                String reader = c.mode() == DeliveryMode.SEND_DIRECT ? AVERY.email() : ROWAN.email();
                await().atMost(WAIT).until(() -> !Imap.withMessageId(reader, messageId(due)).isEmpty());
                MimeMessage mail = Imap.withMessageId(reader, messageId(due)).get(0);
                assertSafe(mail);
                assertThat(addresses(mail)).containsExactly(reader);
                if (c.mode() == DeliveryMode.SEND_DIRECT) {
                    String display = ((InternetAddress) mail.getFrom()[0]).getPersonal();
                    assertThat(display).as("From display name").doesNotContain("@", "\u202E", "\r", "\n").endsWith("via Tactful");
                }
            }
            case "held" -> {
                await().atMost(WAIT).until(() -> "HELD".equals(Db.delivery(due.followUpId()).get("status")));
                assertThat(Db.delivery(due.followUpId()).get("hold_reasons").toString()).contains("UNUSABLE_RECIPIENT_ADDRESS", "R4");
                // The candidate is told, in a notice that is itself clean.
                await().atMost(WAIT).until(() -> !Imap.withMessageId(ROWAN.email(),
                        "<followup-" + due.followUpId() + ".held@tactful.dev>").isEmpty());
                assertSafe(Imap.withMessageId(ROWAN.email(), "<followup-" + due.followUpId() + ".held@tactful.dev>").get(0));
                assertThat(Imap.withMessageId(AVERY.email(), messageId(due))).isEmpty();
            }
            case "failed" -> await().atMost(WAIT).until(() -> "FAILED".equals(Db.delivery(due.followUpId()).get("status")));
            default -> throw new IllegalArgumentException(c.expect());
        }
        assertThat(Imap.inbox(VICTIM)).as("mail reached the injected recipient").isEmpty();
    }

    private static void assertSafe(MimeMessage mail) throws Exception {
        assertThat(mail.getHeader("X-Evil")).as("injected header").isNull();
        assertThat(mail.getHeader("Bcc")).as("injected Bcc").isNull();
        assertThat(mail.getRecipients(MimeMessage.RecipientType.CC)).as("Cc recipients").isNullOrEmpty();
        assertThat(mail.getRecipients(MimeMessage.RecipientType.BCC)).as("Bcc recipients").isNullOrEmpty();
        for (Header h : Collections.list(mail.getAllHeaders())) {
            assertThat(h.getValue()).as("header %s", h.getName()).doesNotContain("\u0000", "\u000B", "\u001B", "\u202E");
        }
        assertThat(mail.getSubject()).doesNotContain("\r", "\n", "\u0000");
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        mail.writeTo(raw);
        assertThat(raw.toByteArray()).as("the raw message has no NUL byte").doesNotContain((byte) 0);
    }

    private static List<String> addresses(MimeMessage mail) throws Exception {
        return java.util.Arrays.stream(mail.getAllRecipients()).map(a -> ((InternetAddress) a).getAddress()).toList();
    }
}
