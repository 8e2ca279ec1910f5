package dev.tactful.systemtest;

import static dev.tactful.systemtest.Interviews.COMPANY_ZONE;
import static dev.tactful.systemtest.Interviews.dueAt;
import static dev.tactful.systemtest.Interviews.followUps;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tactful.infra.TactfulInfra;
import dev.tactful.systemtest.Interviews.Interviewer;

/**
 * Scenario 11: Tactful hears the answer by itself. The candidate connects their (GreenMail) mailbox through
 * inbox-service's REST API; the thank-you goes out directly; the interviewer answers it over real SMTP into the
 * candidate's mailbox; inbox-service reads it over IMAP, interview-service logs REPLY_RECEIVED, and the planner
 * cancels the status check under R8. Nobody calls the outcome API.
 *
 * <p>{@code @Isolated}, like WebAppTest: it starts one more JVM (inbox-service), which would slow the concurrent
 * scenarios, and its reply has to arrive before the status check falls due on the shared fast clock.
 */
@Isolated
class InboxReplyScenarioTest extends ScenarioSupport {


    @Test
    @DisplayName("13. Sent directly, the interviewer replies by email: inbox-service hears it and the check is cancelled under R8")
    void aReplyInTheCandidatesMailboxCancelsTheCheck() throws Exception {
        ServiceProcess inbox = suite.inbox();
        Candidate candidate = new Candidate();
        Interviewer avery = new Interviewer("Avery Stone", "Engineering Manager", Interviews.address("avery"), false, true);

        // The mailbox is connected (and read once) before anything arrives in it.
        connectMailbox(candidate, inbox);

        Instant interviewedAt = anHourAgo();
        LocalDate decision = interviewedAt.atZone(COMPANY_ZONE).toLocalDate().plusDays(10);
        String id = candidate.log(Interviews.interview(candidate.email, interviewedAt, List.of(avery), decision,
                "STANDARD", "SEND_DIRECT"));
        JsonNode plan = candidate.awaitPlan(id, "status check planned", p -> !followUps(p, "STATUS_CHECK").isEmpty());
        JsonNode check = followUps(plan, "STATUS_CHECK").get(0);
        String thankYouId = followUps(plan, "THANK_YOU").get(0).path("id").asText();

        waiting("the direct thank-you in Avery's mailbox")
                .until(() -> suite.mail.inbox(avery.email()).stream().anyMatch(m -> m.isFor(thankYouId)));
        Mailboxes.Mail thankYou = suite.mail.inbox(avery.email()).stream().filter(m -> m.isFor(thankYouId))
                .findFirst().orElseThrow();
        assertThat(thankYou.replyTo()).as("answers go to the candidate").contains(candidate.email);

        // Avery answers it from their own mail program: in the thread, to the candidate's address.
        Instant repliedAt = suite.now();
        assertThat(repliedAt).as("the reply must come before the check is due").isBefore(dueAt(check));
        reply(avery.email(), candidate.email, thankYou, repliedAt);

        JsonNode after = candidate.awaitPlan(id, "status check cancelled under R8", p -> followUps(p, "STATUS_CHECK")
                .stream().anyMatch(f -> f.path("id").asText().equals(check.path("id").asText()) && hasStatus(f, "CANCELLED")));
        JsonNode cancelled = followUps(after, "STATUS_CHECK").get(0);
        assertThat(cancelled.path("statusRule").asText()).isEqualTo("R8");
        assertThat(cancelled.path("statusReason").asText()).as("a reason a person can read").contains("answered");
        assertThat(followUps(after, "THANK_YOU").get(0).path("status").asText()).isEqualTo("FIRED");

        JsonNode status = mailbox(candidate, inbox);
        assertThat(status.path("counts").path("REPLY").asInt()).as("mailbox status %s", status).isEqualTo(1);
        assertThat(status.path("lastError").isNull() || status.path("lastError").isMissingNode()).isTrue();

        // Once the check's time has passed, Avery has still had nothing but the thank-you.
        awaitPlannerClockPast(dueAt(check).plus(Duration.ofDays(1)));
        assertThat(suite.mail.inbox(avery.email())).as("nothing after the thank-you").hasSize(1);
    }

    private void reply(String from, String to, Mailboxes.Mail original, Instant at) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", TactfulInfra.MAIL_HOST);
        props.put("mail.smtp.port", Integer.toString(suite.infra.smtpPort()));
        props.put("mail.smtp.connectiontimeout", "3000");
        props.put("mail.smtp.timeout", "5000");
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress(from, false));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, false));
        message.setSubject("Re: " + original.subject());
        // Dated on the suite's timeline, as every service tells time there.
        message.setSentDate(Date.from(at));
        message.setHeader("In-Reply-To", original.messageId());
        message.setHeader("References", original.messageId());
        message.setText("Thank you, Rowan, it was good to meet you. We will be in touch about next steps soon.\n\nAvery",
                "UTF-8");
        Transport.send(message);
    }
}
