package dev.tactful.systemtest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.awaitility.core.ConditionFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.awaitility.Awaitility.await;

/** What every scenario does: log through the interview API, read the plan, read mailboxes, move with the clock. */
abstract class ScenarioSupport {

    /** Real-time bound of any single wait; the simulated clock makes days pass in seconds. */
    static final Duration WAIT = Duration.ofSeconds(Long.getLong("tactful.systemtest.wait-seconds", 90));

    final Suite suite = Suite.get();

    /** One candidate per scenario run: own token, own mailbox, own data. */
    final class Candidate {
        final String id = "candidate-" + UUID.randomUUID();
        final String email = Interviews.address("candidate");
        final String token = Suite.token(id, email);

        String log(ObjectNode interview) {
            return suite.api.logInterview(token, interview).path("id").asText();
        }

        JsonNode awaitPlan(String interviewId, String description, Predicate<JsonNode> condition) {
            JsonNode[] last = new JsonNode[1];
            waiting("plan of " + interviewId + ": " + description).until(() -> {
                last[0] = suite.api.plan(token, interviewId).orElse(null);
                return last[0] != null && condition.test(last[0]);
            });
            return last[0];
        }

        List<Mailboxes.Mail> inbox() {
            return suite.mail.inbox(email);
        }
    }

    static ConditionFactory waiting(String what) {
        return await(what).atMost(WAIT).pollInterval(Duration.ofMillis(300));
    }

    /** Waits until the planner's simulated clock has passed the instant. */
    void awaitPlannerClockPast(Instant instant) {
        waiting("planner clock past " + instant).until(() -> suite.now().isAfter(instant));
    }

    /** An instant just before now on every clock that validates it: "the interview ended an hour ago". */
    Instant anHourAgo() {
        return suite.now().minus(Duration.ofHours(1));
    }

    static boolean hasStatus(JsonNode followUp, String status) {
        return status.equals(followUp.path("status").asText());
    }

    static List<Mailboxes.Mail> mailsFor(List<Mailboxes.Mail> inbox, String followUpId) {
        return inbox.stream().filter(m -> m.isFor(followUpId)).toList();
    }
}
