package dev.tactful.systemtest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tactful.systemtest.Interviews.Interviewer;

import static dev.tactful.systemtest.Interviews.COMPANY_ZONE;
import static dev.tactful.systemtest.Interviews.followUps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scenario 6: services killed (SIGKILL, no graceful shutdown) and restarted mid-flow. Runs alone, since it
 * takes services away from every other scenario.
 */
@Isolated
class CrashRecoveryTest extends ScenarioSupport {

    @Test
    @DisplayName("7. Notifier and planner killed and restarted mid-flow: nothing lost, nothing delivered twice")
    void killedAndRestarted() {
        Candidate candidate = new Candidate();
        Interviewer avery = new Interviewer("Avery Stone", "Engineering Manager", Interviews.address("avery"), false, true);
        Interviewer sam = new Interviewer("Sam Ito", "Engineer", Interviews.address("sam"), false, false);
        // The notifier dies first; the interview is logged and its thank-yous fire into Kafka while it is down.
        // (Killed only once the thank-yous were planned, it would race them: at this clock rate they are due at
        // once, and a kill between the server's acceptance and the commit resends a draft by design.)
        suite.stop(suite.notifier, true);
        Instant interviewedAt = anHourAgo();
        LocalDate decision = interviewedAt.atZone(COMPANY_ZONE).toLocalDate().plusDays(2);
        String id = candidate.log(Interviews.interview(candidate.email, interviewedAt, List.of(avery, sam), decision,
                "STANDARD", "DRAFT_TO_CANDIDATE"));
        JsonNode plan = candidate.awaitPlan(id, "thank-yous fired while the notifier is down",
                p -> followUps(p, "THANK_YOU").size() == 2 && followUps(p, "THANK_YOU").stream().allMatch(f -> hasStatus(f, "FIRED")));
        List<String> thankYous = Interviews.ids(followUps(plan, "THANK_YOU"));

        // Now the planner dies too, with the status check still ahead, and both come back.
        suite.restart(suite.planner, true);
        suite.start(suite.notifier);

        JsonNode afterCheck = candidate.awaitPlan(id, "status check fired after the restarts",
                p -> followUps(p, "STATUS_CHECK").stream().anyMatch(f -> hasStatus(f, "FIRED")));
        String checkId = followUps(afterCheck, "STATUS_CHECK").get(0).path("id").asText();

        List<String> expected = new java.util.ArrayList<>(thankYous);
        expected.add(checkId);
        waiting("a mail for each fired follow-up").until(() -> {
            List<Mailboxes.Mail> inbox = candidate.inbox();
            return expected.stream().allMatch(f -> !mailsFor(inbox, f).isEmpty());
        });
        // Exactly once each, and it stays that way (a late redelivery would show up here).
        await("no duplicates").atMost(WAIT).pollInterval(Duration.ofMillis(300)).during(Duration.ofSeconds(3))
                .until(() -> expected.stream().allMatch(f -> mailsFor(candidate.inbox(), f).size() == 1));
        List<Mailboxes.Mail> inbox = candidate.inbox();
        Set<String> messageIds = new HashSet<>();
        assertThat(inbox).allSatisfy(m -> assertThat(messageIds.add(m.messageId())).as("unique %s", m.messageId()).isTrue());

        // On Kafka: one FollowUpDue identity per follow-up (its ce_id is the follow-up id, so a re-publish
        // after the planner's crash is recognisably the same event) and one NotificationDelivered each.
        waiting("delivered events on Kafka").until(() -> expected.stream()
                .allMatch(f -> suite.kafka.deliveredEventIds(f).size() == 1));
        for (String followUp : expected) {
            assertThat(suite.kafka.dueEventIds(followUp)).as("FollowUpDue ce_ids of %s", followUp).containsExactly(followUp);
            assertThat(suite.kafka.deliveredEventIds(followUp)).as("NotificationDelivered ce_ids of %s", followUp).hasSize(1);
        }

        JsonNode deliveries = suite.api.deliveries(candidate.token, id);
        for (String followUp : expected) {
            long records = 0;
            for (JsonNode d : deliveries) {
                if (followUp.equals(d.path("followUpId").asText())) {
                    records++;
                    assertThat(d.path("status").asText()).isEqualTo("SENT");
                }
            }
            assertThat(records).as("delivery records of %s", followUp).isEqualTo(1);
        }
    }
}
