package dev.tactful.systemtest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tactful.events.Limits;

import static dev.tactful.systemtest.Interviews.COMPANY_ZONE;
import static dev.tactful.systemtest.Interviews.followUps;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One interview with every field at the contract's limit at once ({@link Limits}): 20 interviewers with the longest
 * names, titles, addresses and profile links, the longest candidate, company, role, agency and promise, 20 topics of
 * 500 characters in each list, and the decision date and promise on the last day allowed. Sent directly, so the
 * thank-yous go over SMTP to the interviewers' 254-character addresses. It gets a plan with a thank-you for everyone,
 * each is delivered once, and every subject line stays within {@link Limits#SUBJECT}.
 */
class MaximalInterviewTest extends ScenarioSupport {

    @Test
    void everyFieldAtItsLimitGetsAPlanAndItsMessagesAreDelivered() {
        String candidateId = ("candidate-" + UUID.randomUUID() + "-" + "c".repeat(Limits.CANDIDATE_ID)).substring(0, Limits.CANDIDATE_ID);
        String candidateEmail = Maximal.address("candidate", Limits.EMAIL);
        String token = Suite.token(candidateId, candidateEmail);
        Instant interviewedAt = anHourAgo();
        LocalDate day = interviewedAt.atZone(COMPANY_ZONE).toLocalDate();

        ObjectNode body = Api.JSON.createObjectNode();
        body.putObject("candidate").put("name", Maximal.text("Rowan", Limits.NAME)).put("email", candidateEmail)
                .put("timeZone", Interviews.CANDIDATE_ZONE.getId());
        String company = Maximal.text("Northwind", Limits.COMPANY);
        body.putObject("company").put("name", company).put("timeZone", COMPANY_ZONE.getId());
        body.put("role", Maximal.text("Platform Engineer", Limits.ROLE));
        body.put("interviewedAt", interviewedAt.atZone(COMPANY_ZONE).toOffsetDateTime().toString());
        body.put("durationMinutes", 60);
        body.put("format", "VIDEO");
        List<String> names = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        ArrayNode interviewers = body.putArray("interviewers");
        for (int i = 0; i < Limits.INTERVIEWERS; i++) {
            String name = Maximal.text("Person" + (char) ('A' + i), Limits.NAME);
            String address = Maximal.address("iv" + i, Limits.EMAIL);
            names.add(name);
            addresses.add(address);
            interviewers.addObject().put("name", name).put("title", Maximal.text("Manager", Limits.TITLE))
                    .put("email", address).put("linkedinUrl", Maximal.url(Limits.URL)).put("preferredChannel", "EMAIL")
                    .put("askedNotToFollowUp", false).put("primaryContact", i == 0);
        }
        body.putObject("agency").put("name", Maximal.text("Talent Bridge", Limits.NAME))
                .put("email", Maximal.address("agency", Limits.EMAIL)).put("requiresRouting", false);
        body.put("decisionExpectedBy", Limits.latestDate(day).toString());
        List<String> topics = new ArrayList<>();
        for (String list : List.of("topicsDiscussed", "pointsToReinforce", "concernsToAddress")) {
            ArrayNode items = body.putArray(list);
            for (int i = 0; i < Limits.TOPICS; i++) {
                String topic = Maximal.text(list + " " + i, Limits.TOPIC);
                topics.add(topic);
                items.add(topic);
            }
        }
        body.putObject("promise").put("channel", "EMAIL").put("by", Limits.latestDate(day).toString())
                .put("note", Maximal.text("Send the design notes", Limits.PROMISE_NOTE));
        body.put("policy", "STANDARD");
        body.put("deliveryMode", "SEND_DIRECT");

        Api.Answer answer = suite.api.tryLogInterview(token, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        JsonNode stored = answer.json();
        assertThat(stored.path("company").path("name").asText()).isEqualTo(company);
        String id = stored.path("id").asText();

        JsonNode[] plan = new JsonNode[1];
        waiting("a thank-you for each of the 20 interviewers").until(() -> {
            plan[0] = suite.api.plan(token, id).orElse(null);
            return plan[0] != null && followUps(plan[0], "THANK_YOU").size() == Limits.INTERVIEWERS;
        });
        List<JsonNode> thankYous = followUps(plan[0], "THANK_YOU");
        assertThat(thankYous).extracting(f -> f.path("recipient").path("email").asText())
                .containsExactlyInAnyOrderElementsOf(addresses);
        assertThat(thankYous).extracting(f -> f.path("recipient").path("name").asText())
                .containsExactlyInAnyOrderElementsOf(names);

        for (JsonNode thankYou : thankYous) {
            String followUpId = thankYou.path("id").asText();
            String to = thankYou.path("recipient").path("email").asText();
            waiting("the thank-you at " + to.substring(0, 12) + "...").until(() -> !mailsFor(suite.mail.inbox(to), followUpId).isEmpty());
            List<Mailboxes.Mail> mails = mailsFor(suite.mail.inbox(to), followUpId);
            assertThat(mails).hasSize(1);
            Mailboxes.Mail mail = mails.get(0);
            assertThat(mail.to()).contains(to);
            assertThat(mail.subject()).isNotBlank();
            assertThat(mail.subject().length()).as("subject %s", mail.subject()).isLessThanOrEqualTo(Limits.SUBJECT);
            // R2 let it through, so it names one of the 500-character details word for word.
            assertThat(topics).as("a full topic in the text").anyMatch(t -> mail.text().contains(t));
        }
        JsonNode deliveries = suite.api.deliveries(token, id);
        List<String> sent = StreamSupport.stream(deliveries.spliterator(), false)
                .filter(d -> "SENT".equals(d.path("status").asText())).map(d -> d.path("followUpId").asText()).toList();
        assertThat(sent).containsAll(thankYous.stream().map(f -> f.path("id").asText()).toList());
        assertThat(StreamSupport.stream(deliveries.spliterator(), false)).noneMatch(d -> "FAILED".equals(d.path("status").asText()));
    }
}
