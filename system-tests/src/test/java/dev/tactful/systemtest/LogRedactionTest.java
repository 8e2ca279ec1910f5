package dev.tactful.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tactful.systemtest.Interviews.Interviewer;

/**
 * Personal data stays out of the logs: a scenario with names, addresses, a role, a company and topics nobody else
 * uses goes through the whole pipeline (direct thank-yous reach the interviewers, the reply is logged and cancels
 * the check), and then no line any of the three services printed contains any of them. The values are unique to
 * this run, so the concurrent scenarios cannot hide or cause a finding.
 */
@Execution(ExecutionMode.CONCURRENT)
@org.junit.jupiter.api.parallel.Isolated // it may start inbox-service, one more JVM (see InboxReplyScenarioTest)
class LogRedactionTest extends ScenarioSupport {

    @Test
    @DisplayName("8. No address, name, role, company or topic of a scenario in any service's output")
    void noPersonalDataInAnyLog() throws java.io.IOException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Candidate candidate = new Candidate();
        Interviewer first = new Interviewer("Ottilie Varga" + tag, "Head of Payments", Interviews.address("ottilie"), false, true);
        Interviewer second = new Interviewer("Bram Okonkwo" + tag, "Staff Engineer", Interviews.address("bram"), false, false);
        ObjectNode body = Interviews.interview(candidate.email, anHourAgo(), List.of(first, second), null, "STANDARD", "SEND_DIRECT");
        String candidateName = "Marisol Quenby" + tag;
        String company = "Vexhollow" + tag;
        String role = "Ledger Architect " + tag;
        String topic = "rebuilding the " + tag + " settlement ledger";
        ((ObjectNode) body.get("candidate")).put("name", candidateName);
        ((ObjectNode) body.get("company")).put("name", company);
        body.put("role", role);
        body.putArray("topicsDiscussed").add(topic);
        // inbox-service reads the candidate's mailbox and projects the interviewers' addresses: its log counts too.
        ServiceProcess inbox = suite.inbox();
        connectMailbox(candidate, inbox);
        String id = candidate.log(body);

        JsonNode plan = candidate.awaitPlan(id, "two thank-yous", p -> Interviews.followUps(p, "THANK_YOU").size() == 2);
        waiting("both direct thank-yous at the interviewers' inboxes").until(() ->
                !suite.mail.inbox(first.email()).isEmpty() && !suite.mail.inbox(second.email()).isEmpty());
        suite.api.logOutcome(candidate.token, id, "REPLY_RECEIVED", suite.now());
        candidate.awaitPlan(id, "the reply cancels what is pending", p -> Interviews.followUps(p).stream()
                .noneMatch(f -> hasStatus(f, "PLANNED")));
        assertThat(plan.path("followUps")).isNotEmpty();

        List<String> secrets = List.of(candidate.email, candidateName, first.email(), first.name(), second.email(),
                second.name(), company, role, topic);
        List<String> findings = new ArrayList<>();
        for (ServiceProcess service : List.of(suite.interview, suite.planner, suite.notifier, inbox)) {
            for (String line : service.output()) {
                String lower = line.toLowerCase(Locale.ROOT);
                secrets.stream().filter(s -> lower.contains(s.toLowerCase(Locale.ROOT)))
                        .forEach(s -> findings.add(service.name + " printed \"" + s + "\": " + line));
            }
        }
        assertThat(findings).as("log lines with this scenario's personal data").isEmpty();
        // The check can see: the services did log this interview, by id.
        assertThat(suite.interview.output()).anyMatch(line -> line.contains(id));
    }
}
