package dev.tactful.systemtest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tactful.systemtest.Interviews.Interviewer;

import static dev.tactful.systemtest.Interviews.COMPANY_ZONE;
import static dev.tactful.systemtest.Interviews.dueAt;
import static dev.tactful.systemtest.Interviews.followUps;
import static dev.tactful.systemtest.Interviews.recipientEmail;
import static dev.tactful.systemtest.Interviews.suppressions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scenarios 1-5 and the one-click opt-out (6), end to end across the three running services: each logs its interview (and
 * outcomes) through the interview API, reads the plan from the planner API and the mail that arrives over
 * IMAP. They share one simulated timeline, so they run concurrently; each has its own candidate and mailboxes.
 */
@Execution(ExecutionMode.CONCURRENT)
class FollowUpScenariosTest extends ScenarioSupport {

    private static final String DRAFT = "DRAFT_TO_CANDIDATE";
    private static final String DIRECT = "SEND_DIRECT";

    @Test
    @DisplayName("1. Two interviewers, one asked not to be contacted: one thank-you draft, for the other; R3 suppression shown")
    void optedOutInterviewerGetsNothing() {
        Candidate candidate = new Candidate();
        Interviewer avery = new Interviewer("Avery Stone", "Engineering Manager", Interviews.address("avery"), false, true);
        Interviewer jordan = new Interviewer("Jordan Lee", "Staff Engineer", Interviews.address("jordan"), true, false);
        String id = candidate.log(Interviews.interview(candidate.email, anHourAgo(), List.of(avery, jordan), null,
                "STANDARD", DRAFT));

        JsonNode plan = candidate.awaitPlan(id, "planned", p -> !followUps(p, "THANK_YOU").isEmpty());
        List<JsonNode> thankYous = followUps(plan, "THANK_YOU");
        assertThat(thankYous).extracting(Interviews::recipientEmail).containsExactly(avery.email());
        assertThat(followUps(plan)).noneMatch(f -> jordan.email().equals(recipientEmail(f)));
        assertThat(suppressions(plan)).anySatisfy(s -> {
            assertThat(recipientEmail(s).equals(jordan.email()) || Interviews.recipientName(s).equals(jordan.name()))
                    .as("suppression names Jordan: %s", s).isTrue();
            assertThat(s.path("rule").asText()).isEqualTo("R3");
            assertThat(s.path("reason").asText()).isNotBlank();
        });

        String thankYouId = thankYous.get(0).path("id").asText();
        waiting("the thank-you draft in the candidate's mailbox")
                .until(() -> !mailsFor(candidate.inbox(), thankYouId).isEmpty());
        List<Mailboxes.Mail> inbox = candidate.inbox();
        Mailboxes.Mail draft = mailsFor(inbox, thankYouId).get(0);
        assertThat(mailsFor(inbox, thankYouId)).hasSize(1);
        assertThat(draft.text()).contains("Avery");
        assertThat(inbox).noneMatch(m -> m.text().contains(jordan.email()));
        // Drafts go to the candidate only: neither interviewer was written to directly.
        assertThat(suite.mail.inbox(avery.email())).isEmpty();
        assertThat(suite.mail.inbox(jordan.email())).isEmpty();
    }

    @Test
    @DisplayName("2. Decision date given: status check a few business days after it, in business hours, not asking for the timeline")
    void statusCheckAfterTheDecisionDate() {
        Candidate candidate = new Candidate();
        Interviewer avery = new Interviewer("Avery Stone", "Engineering Manager", Interviews.address("avery"), false, true);
        Interviewer sam = new Interviewer("Sam Ito", "Engineer", Interviews.address("sam"), false, false);
        Instant interviewedAt = anHourAgo();
        // Ten days out, so that the week between two emails to one person (R7) never moves the check.
        LocalDate decision = interviewedAt.atZone(COMPANY_ZONE).toLocalDate().plusDays(10);
        String id = candidate.log(Interviews.interview(candidate.email, interviewedAt, List.of(avery, sam), decision,
                "STANDARD", DRAFT));

        JsonNode plan = candidate.awaitPlan(id, "status check planned", p -> !followUps(p, "STATUS_CHECK").isEmpty());
        List<JsonNode> checks = followUps(plan, "STATUS_CHECK");
        assertThat(checks).hasSize(1);
        JsonNode check = checks.get(0);
        assertThat(recipientEmail(check)).as("status checks go to the primary contact only").isEqualTo(avery.email());
        assertThat(check.path("rule").asText()).isEqualTo("R6");
        Instant due = dueAt(check);
        LocalDate dueDate = due.atZone(COMPANY_ZONE).toLocalDate();
        assertThat(dueDate).isAfter(decision);
        assertThat(Interviews.businessDaysBetween(decision, dueDate)).as("business days after %s: %s", decision, check).isEqualTo(3);
        assertThat(Interviews.inBusinessHours(due, COMPANY_ZONE)).as("%s in Tokyo business hours", due).isTrue();

        String checkId = check.path("id").asText();
        waiting("the status-check draft").until(() -> !mailsFor(candidate.inbox(), checkId).isEmpty());
        Mailboxes.Mail draft = mailsFor(candidate.inbox(), checkId).get(0);
        assertThat(questionsIn(draft.text())).as("questions in the status check")
                .noneMatch(q -> TIMELINE_QUESTION.matcher(q).find());
    }

    @Test
    @DisplayName("3. A reply before the check falls due: the check is cancelled and nothing more is sent")
    void replyCancelsTheCheck() {
        Candidate candidate = new Candidate();
        Interviewer avery = new Interviewer("Avery Stone", "Engineering Manager", Interviews.address("avery"), false, true);
        Instant interviewedAt = anHourAgo();
        LocalDate decision = interviewedAt.atZone(COMPANY_ZONE).toLocalDate().plusDays(4);
        String id = candidate.log(Interviews.interview(candidate.email, interviewedAt, List.of(avery), decision,
                "STANDARD", DRAFT));
        JsonNode plan = candidate.awaitPlan(id, "status check planned", p -> !followUps(p, "STATUS_CHECK").isEmpty());
        JsonNode check = followUps(plan, "STATUS_CHECK").get(0);
        String checkId = check.path("id").asText();
        Instant checkDue = dueAt(check);
        assertThat(suite.now()).as("the reply must come before the check is due").isBefore(checkDue);

        suite.api.logOutcome(candidate.token, id, "REPLY_RECEIVED", suite.now());

        JsonNode cancelled = candidate.awaitPlan(id, "status check cancelled", p -> followUps(p, "STATUS_CHECK").stream()
                .anyMatch(f -> f.path("id").asText().equals(checkId) && hasStatus(f, "CANCELLED")));
        assertThat(followUps(cancelled)).filteredOn(f -> hasStatus(f, "PLANNED"))
                .as("nothing left to send to the employer after the reply")
                .noneMatch(f -> avery.email().equals(recipientEmail(f)));

        // Let the check's due time pass on the planner's clock, then the mailbox holds nothing about it.
        awaitPlannerClockPast(checkDue.plus(Duration.ofDays(1)));
        JsonNode finalPlan = suite.api.plan(candidate.token, id).orElseThrow();
        List<String> fired = followUps(finalPlan).stream().filter(f -> hasStatus(f, "FIRED"))
                .map(f -> f.path("id").asText()).toList();
        await("mailbox settles").atMost(WAIT).pollInterval(Duration.ofMillis(300)).during(Duration.ofSeconds(3))
                .until(() -> candidate.inbox().stream().noneMatch(m -> m.concerns(checkId)));
        assertThat(candidate.inbox()).allSatisfy(m -> assertThat(fired).as("mail %s belongs to a fired follow-up", m.messageId())
                .anyMatch(m::concerns));
        assertThat(suite.mail.inbox(avery.email())).isEmpty();
    }

    @Test
    @DisplayName("4. A rejection: the gracious close arrives one business day later")
    void rejectionBringsAGraciousClose() {
        Candidate candidate = new Candidate();
        Interviewer avery = new Interviewer("Avery Stone", "Engineering Manager", Interviews.address("avery"), false, true);
        Instant interviewedAt = anHourAgo();
        // The status check waits for a decision two weeks out, so nothing else is due around the rejection.
        LocalDate decision = interviewedAt.atZone(COMPANY_ZONE).toLocalDate().plusDays(14);
        String id = candidate.log(Interviews.interview(candidate.email, interviewedAt, List.of(avery), decision,
                "STANDARD", DRAFT));
        JsonNode planned = candidate.awaitPlan(id, "planned", p -> !followUps(p, "THANK_YOU").isEmpty());
        // The rejection comes a week after the thank-you: R7 keeps a week between two emails to one person,
        // which would otherwise postpone the close; here only R9's one business day applies.
        awaitPlannerClockPast(dueAt(followUps(planned, "THANK_YOU").get(0)).plus(Duration.ofDays(7)).plus(Duration.ofHours(1)));

        Instant rejectedAt = suite.now();
        suite.api.logOutcome(candidate.token, id, "REJECTED", rejectedAt);

        JsonNode plan = candidate.awaitPlan(id, "gracious close planned", p -> !followUps(p, "GRACIOUS_CLOSE").isEmpty());
        JsonNode close = followUps(plan, "GRACIOUS_CLOSE").get(0);
        assertThat(close.path("rule").asText()).isEqualTo("R9");
        assertThat(recipientEmail(close)).isEqualTo(avery.email());
        Instant due = dueAt(close);
        LocalDate expected = Interviews.nextBusinessDay(rejectedAt.atZone(COMPANY_ZONE).toLocalDate());
        assertThat(due.atZone(COMPANY_ZONE).toLocalDate()).as("one business day after %s: %s", rejectedAt, close).isEqualTo(expected);
        assertThat(Interviews.inBusinessHours(due, COMPANY_ZONE)).as("%s in Tokyo business hours", due).isTrue();
        assertThat(followUps(plan, "STATUS_CHECK")).as("R8: the rejection cancels the pending check")
                .noneMatch(f -> hasStatus(f, "PLANNED"));

        String closeId = close.path("id").asText();
        waiting("the gracious-close draft").until(() -> !mailsFor(candidate.inbox(), closeId).isEmpty());
        assertThat(mailsFor(candidate.inbox(), closeId)).hasSize(1);
    }

    @Test
    @DisplayName("5. One-and-done, sent directly: exactly one message per interviewer, nothing after")
    void oneAndDone() {
        Candidate candidate = new Candidate();
        Interviewer avery = new Interviewer("Avery Stone", "Engineering Manager", Interviews.address("avery"), false, true);
        Interviewer sam = new Interviewer("Sam Ito", "Engineer", Interviews.address("sam"), false, false);
        Instant interviewedAt = anHourAgo();
        String id = candidate.log(Interviews.interview(candidate.email, interviewedAt, List.of(avery, sam), null,
                "ONE_AND_DONE", DIRECT));

        JsonNode plan = candidate.awaitPlan(id, "planned", p -> !followUps(p, "THANK_YOU").isEmpty());
        assertThat(followUps(plan)).filteredOn(f -> List.of(avery.email(), sam.email()).contains(recipientEmail(f)))
                .extracting(f -> f.path("kind").asText() + " " + recipientEmail(f))
                .containsExactlyInAnyOrder("THANK_YOU " + avery.email(), "THANK_YOU " + sam.email());

        waiting("one message in each interviewer's mailbox")
                .until(() -> suite.mail.inbox(avery.email()).size() == 1 && suite.mail.inbox(sam.email()).size() == 1);
        // Past the default check-in (10 days): still exactly one each.
        awaitPlannerClockPast(interviewedAt.plus(Duration.ofDays(12)));
        await("no second message").atMost(WAIT).pollInterval(Duration.ofMillis(300)).during(Duration.ofSeconds(3))
                .until(() -> suite.mail.inbox(avery.email()).size() == 1 && suite.mail.inbox(sam.email()).size() == 1);
        Mailboxes.Mail toAvery = suite.mail.inbox(avery.email()).get(0);
        assertThat(toAvery.replyTo()).as("direct mode: replies go to the candidate").contains(candidate.email);
        assertThat(toAvery.text()).contains("Avery");
    }

    @Test
    @DisplayName("6. Sent directly, the interviewer opts out with one click: the pending status check is cancelled under R3")
    void oneClickOptOutCancelsThePendingCheck() {
        Candidate candidate = new Candidate();
        Interviewer avery = new Interviewer("Avery Stone", "Engineering Manager", Interviews.address("avery"), false, true);
        Instant interviewedAt = anHourAgo();
        // The check waits for a decision ten days out, so the thank-you arrives long before it is due.
        LocalDate decision = interviewedAt.atZone(COMPANY_ZONE).toLocalDate().plusDays(10);
        String id = candidate.log(Interviews.interview(candidate.email, interviewedAt, List.of(avery), decision,
                "STANDARD", DIRECT));
        JsonNode plan = candidate.awaitPlan(id, "status check planned", p -> !followUps(p, "STATUS_CHECK").isEmpty());
        String checkId = followUps(plan, "STATUS_CHECK").get(0).path("id").asText();
        String thankYouId = followUps(plan, "THANK_YOU").get(0).path("id").asText();

        waiting("the direct thank-you in Avery's mailbox")
                .until(() -> suite.mail.inbox(avery.email()).stream().anyMatch(m -> m.isFor(thankYouId)));
        Mailboxes.Mail thankYou = suite.mail.inbox(avery.email()).stream().filter(m -> m.isFor(thankYouId)).findFirst().orElseThrow();
        assertThat(thankYou.listUnsubscribePost()).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(thankYou.listUnsubscribe()).startsWith("<" + suite.interview.baseUrl() + "/optout/").endsWith(">");
        String url = thankYou.listUnsubscribe().substring(1, thankYou.listUnsubscribe().length() - 1);
        assertThat(thankYou.text()).as("the footer carries the same link").contains(url);
        assertThat(suite.now()).as("the click must come before the check is due")
                .isBefore(dueAt(followUps(plan, "STATUS_CHECK").get(0)));

        // What Gmail or Outlook sends when Avery presses "Unsubscribe": no login, just the signed link.
        String[] answer = Api.oneClick(url);
        assertThat(answer[0]).isEqualTo("200");
        assertThat(answer[1]).contains("no more follow-ups");

        JsonNode cancelled = candidate.awaitPlan(id, "status check cancelled under R3", p -> followUps(p, "STATUS_CHECK")
                .stream().anyMatch(f -> f.path("id").asText().equals(checkId) && hasStatus(f, "CANCELLED")));
        JsonNode check = followUps(cancelled, "STATUS_CHECK").stream().filter(f -> f.path("id").asText().equals(checkId))
                .findFirst().orElseThrow();
        assertThat(check.path("statusRule").asText()).isEqualTo("R3");
        assertThat(check.path("statusReason").asText()).as("a reason a person can read").contains("Avery");
        assertThat(followUps(cancelled)).filteredOn(f -> hasStatus(f, "PLANNED"))
                .noneMatch(f -> avery.email().equals(recipientEmail(f)));
        assertThat(suppressions(cancelled)).anySatisfy(x -> assertThat(x.path("rule").asText()).isEqualTo("R3"));

        // A second click is harmless: the same answer, and the plan stays as it is.
        assertThat(Api.oneClick(url)[0]).isEqualTo("200");
        awaitPlannerClockPast(dueAt(check).plus(Duration.ofDays(1)));
        assertThat(suite.mail.inbox(avery.email())).as("nothing after the thank-you").hasSize(1);
    }

    /** A question asking for the decision timeline again (R6/R16). */
    private static final Pattern TIMELINE_QUESTION = Pattern.compile(
            "(?i)timeline|time ?frame|when (do|will|might|would) you (expect|decide|make|have)|decision date");

    private static List<String> questionsIn(String text) {
        return Pattern.compile("(?<=[.!?\\n])").splitAsStream(text).map(String::strip).filter(s -> s.endsWith("?")).toList();
    }
}
