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

    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3)).build();

    /** Connects the candidate's GreenMail mailbox through inbox-service's API and waits for its first sync. */
    void connectMailbox(Candidate candidate, ServiceProcess inbox) throws java.io.IOException {
        ObjectNode login = Api.JSON.createObjectNode().put("host", dev.tactful.infra.TactfulInfra.MAIL_HOST)
                .put("port", suite.infra.imapPort()).put("username", candidate.email).put("password", "app-password")
                .put("tls", false);
        String[] connected = call(candidate, "PUT", inbox.baseUrl() + "/api/v1/mailbox", login.toString());
        org.assertj.core.api.Assertions.assertThat(connected[0]).as("connect answered %s", connected[1]).isIn("200", "201", "204");
        waiting("the first sync of the candidate's mailbox").until(() ->
                !mailbox(candidate, inbox).path("lastSyncAt").isNull() && !mailbox(candidate, inbox).path("lastSyncAt").isMissingNode());
    }

    static JsonNode mailbox(Candidate candidate, ServiceProcess inbox) throws java.io.IOException {
        String[] answer = call(candidate, "GET", inbox.baseUrl() + "/api/v1/mailbox", null);
        org.assertj.core.api.Assertions.assertThat(answer[0]).as("mailbox status answered %s", answer[1]).isEqualTo("200");
        return Api.JSON.readTree(answer[1]);
    }

    static String[] call(Candidate candidate, String method, String url, String body) {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + candidate.token).header("Accept", "application/json");
        if (body == null) {
            request.method(method, java.net.http.HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, java.net.http.HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            java.net.http.HttpResponse<String> response = HTTP.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            return new String[] { Integer.toString(response.statusCode()), response.body() };
        } catch (java.io.IOException e) {
            throw new AssertionError(method + " " + url + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }
}
