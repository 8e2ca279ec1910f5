package dev.tactful.notifier.it;

import static dev.tactful.notifier.Fixtures.AVERY;
import static dev.tactful.notifier.Fixtures.ROWAN;
import static dev.tactful.notifier.Fixtures.due;
import static dev.tactful.notifier.Fixtures.northwind;
import static dev.tactful.notifier.it.DeliveryFlowTest.WAIT;
import static dev.tactful.notifier.it.DeliveryFlowTest.messageId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;

import dev.tactful.events.Channel;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.FollowUpDue;
import dev.tactful.events.FollowUpKind;
import dev.tactful.events.Recipient;
import dev.tactful.infra.TactfulInfraResource;
import dev.tactful.support.optout.OptOut;
import dev.tactful.support.optout.OptOutSecret;
import dev.tactful.support.optout.OptOutTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The one-click opt-out (RFC 8058) through the real SMTP server, read back over IMAP as the recipient's mail client
 * sees it: a direct email to an interviewer carries both headers and the link in its footer, with a token that names
 * exactly that interview and interviewer; nothing the candidate receives carries either.
 */
@QuarkusTest
@WithTestResource(value = TactfulInfraResource.class, initArgs = @ResourceArg(name = "database", value = "notifier"))
class OptOutHeadersTest {

    /** The test profile's base URL and shipped secret (application.properties). */
    static final String BASE = "https://interviews.tactful.test/optout/";
    static final OptOutTokens TOKENS = new OptOutTokens(OptOutSecret.SHIPPED_DEV_SECRET.getBytes(StandardCharsets.UTF_8));
    static final Pattern LINK = Pattern.compile(Pattern.quote(BASE) + "([A-Za-z0-9_-]+)");

    @Test
    void aDirectEmailToAnInterviewerCarriesTheOneClickHeadersAndTheFooterLink() throws Exception {
        FollowUpDue due = due(FollowUpKind.THANK_YOU, Channel.EMAIL, DeliveryMode.SEND_DIRECT, AVERY,
                northwind(LocalDate.of(2026, 11, 26)));
        Kafka.publish(due);

        MimeMessage mail = awaitIn(AVERY.email(), due);
        String[] unsubscribe = mail.getHeader("List-Unsubscribe");
        assertThat(unsubscribe).hasSize(1);
        assertThat(unsubscribe[0]).startsWith("<" + BASE).endsWith(">");
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");

        String url = unsubscribe[0].substring(1, unsubscribe[0].length() - 1);
        Matcher m = LINK.matcher(url);
        assertThat(m.matches()).as(url).isTrue();
        assertThat(TOKENS.verify(m.group(1))).as("the token names this interview and interviewer")
                .contains(new OptOut(due.interviewId(), AVERY.interviewerId()));

        String text = DeliveryFlowTest.assertAlternative(mail);
        assertThat(text).as("the footer offers the same link, in our words")
                .contains("Sent with Tactful on behalf of Rowan Tester")
                .contains("stop sending them to you: " + url);
        String html = ((MimeMultipart) mail.getContent()).getBodyPart(1).getContent().toString();
        assertThat(html).contains(url);
        assertThat(Db.delivery(due.followUpId()).get("mail_opt_out_url")).as("stored for a retried send").isEqualTo(url);
    }

    @Test
    void twoInterviewersOfOneInterviewGetDifferentLinks() throws Exception {
        FollowUpDue toAvery = due(FollowUpKind.THANK_YOU, Channel.EMAIL, DeliveryMode.SEND_DIRECT, AVERY,
                northwind(LocalDate.of(2026, 11, 26)));
        Recipient sam = dev.tactful.notifier.Fixtures.SAM;
        FollowUpDue toSam = due(java.util.UUID.randomUUID(), toAvery.interviewId(), toAvery.candidateId(),
                FollowUpKind.THANK_YOU, Channel.EMAIL, DeliveryMode.SEND_DIRECT, sam, toAvery.interview());
        Kafka.publish(toAvery);
        Kafka.publish(toSam);

        String averys = awaitIn(AVERY.email(), toAvery).getHeader("List-Unsubscribe")[0];
        String sams = awaitIn(sam.email(), toSam).getHeader("List-Unsubscribe")[0];
        assertThat(averys).isNotEqualTo(sams);
        Matcher m = LINK.matcher(sams.substring(1, sams.length() - 1));
        assertThat(m.matches()).isTrue();
        assertThat(TOKENS.verify(m.group(1))).contains(new OptOut(toAvery.interviewId(), sam.interviewerId()));
    }

    @Test
    void aDraftToTheCandidateHasNeitherHeadersNorLink() throws Exception {
        FollowUpDue due = due(FollowUpKind.THANK_YOU, Channel.EMAIL, DeliveryMode.DRAFT_TO_CANDIDATE, AVERY,
                northwind(LocalDate.of(2026, 11, 26)));
        Kafka.publish(due);

        assertNoOptOut(awaitIn(ROWAN.email(), due));
        assertThat(Db.delivery(due.followUpId()).get("mail_opt_out_url")).isNull();
    }

    @Test
    void directModeMailThatStillGoesToTheCandidateHasNeitherHeadersNorLink() throws Exception {
        // A phone call only the candidate can make: the script goes to them even in direct mode.
        FollowUpDue call = due(FollowUpKind.THANK_YOU, Channel.PHONE, DeliveryMode.SEND_DIRECT, AVERY,
                northwind(LocalDate.of(2026, 11, 26)));
        // A reminder for the candidate themselves (R15).
        FollowUpDue nudge = due(FollowUpKind.KEEP_SEARCHING, Channel.EMAIL, DeliveryMode.SEND_DIRECT, AVERY,
                northwind(LocalDate.of(2026, 11, 26)));
        Kafka.publish(call);
        Kafka.publish(nudge);

        assertNoOptOut(awaitIn(ROWAN.email(), call));
        assertNoOptOut(awaitIn(ROWAN.email(), nudge));
        assertThat(Imap.withMessageId(AVERY.email(), messageId(call))).isEmpty();
    }

    @Test
    void theOptOutNoticeGoesToTheCandidateInEitherModeWithoutALink() throws Exception {
        // R3: an interviewer opted out; the notice about it is for the candidate, whatever the delivery mode.
        for (DeliveryMode mode : DeliveryMode.values()) {
            FollowUpDue notice = due(FollowUpKind.OPTED_OUT_NOTICE, Channel.EMAIL, mode, AVERY,
                    northwind(LocalDate.of(2026, 11, 26)));
            Kafka.publish(notice);

            MimeMessage mail = awaitIn(ROWAN.email(), notice);
            assertNoOptOut(mail);
            assertThat(mail.getSubject()).contains("Northwind");
            assertThat(DeliveryFlowTest.assertAlternative(mail)).contains("Sam Lee", "were cancelled");
            assertThat(Imap.withMessageId(AVERY.email(), messageId(notice))).isEmpty();
        }
    }

    @Test
    void aDirectEmailToSomeoneWhoIsNotAnInterviewerHasNoLink() throws Exception {
        // An agency recruiter (no interviewer id): there is no interviewer preference to record for them.
        Recipient agency = new Recipient(null, "Jo Recruiter", null, "jo@agency.example", AVERY.timeZone());
        FollowUpDue due = due(FollowUpKind.THANK_YOU, Channel.EMAIL, DeliveryMode.SEND_DIRECT, agency,
                northwind(LocalDate.of(2026, 11, 26)));
        Kafka.publish(due);

        MimeMessage mail = awaitIn(agency.email(), due);
        assertNoOptOut(mail);
        assertThat(DeliveryFlowTest.assertAlternative(mail)).contains("Sent with Tactful on behalf of Rowan Tester");
    }

    private static MimeMessage awaitIn(String address, FollowUpDue due) {
        await().atMost(WAIT).until(() -> !Imap.withMessageId(address, messageId(due)).isEmpty());
        List<MimeMessage> found = Imap.withMessageId(address, messageId(due));
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static void assertNoOptOut(MimeMessage mail) throws Exception {
        assertThat(mail.getHeader("List-Unsubscribe")).isNull();
        assertThat(mail.getHeader("List-Unsubscribe-Post")).isNull();
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        mail.writeTo(raw);
        assertThat(raw.toString(StandardCharsets.UTF_8)).doesNotContain("/optout/");
    }
}
