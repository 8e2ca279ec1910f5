package dev.tactful.systemtest;

import static dev.tactful.systemtest.Interviews.COMPANY_ZONE;
import static dev.tactful.systemtest.Interviews.followUps;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tactful.infra.TactfulInfra;
import dev.tactful.systemtest.Interviews.Interviewer;

/**
 * Erasure across the suite: DELETE /api/v1/me on interview-service, announced on Kafka, carried out by the planner, the
 * notifier and inbox-service. Checked from the outside: the SMTP server, the followups-due topic and every table of every database.
 */
@org.junit.jupiter.api.parallel.Isolated // it may start inbox-service, one more JVM (see InboxReplyScenarioTest)
class ErasureTest extends ScenarioSupport {

    @Test
    @DisplayName("14. Erased with a follow-up due shortly after: it never reaches SMTP, and the id is in no table of any service")
    void erasedCandidateIsGoneEverywhere() throws Exception {
        Candidate candidate = new Candidate();
        Interviewer avery = new Interviewer("Avery Stone", "Engineering Manager", Interviews.address("avery"), false, true);
        Instant interviewedAt = anHourAgo();
        LocalDate decision = interviewedAt.atZone(COMPANY_ZONE).toLocalDate().plusDays(10);
        // A connected mailbox, so that inbox-service holds the candidate's login and sync state too. Before the
        // interview is logged: a simulated day passes every few real seconds, and the thank-you must still be planned.
        ServiceProcess inbox = suite.inbox();
        connectMailbox(candidate, inbox);
        String id = candidate.log(Interviews.interview(candidate.email, interviewedAt, List.of(avery), decision, "STANDARD",
                "SEND_DIRECT"));
        // The status check (days out) is still planned for a while; the thank-you may fire within real seconds, so
        // waiting for it to be seen PLANNED would be a race.
        JsonNode plan = candidate.awaitPlan(id, "status check planned", p -> followUps(p, "STATUS_CHECK").stream()
                .anyMatch(f -> hasStatus(f, "PLANNED")));

        // Before: the export holds the interview, its plan and the notifier's part.
        JsonNode export = suite.api.export(candidate.token);
        assertThat(export.path("candidateId").asText()).isEqualTo(candidate.id);
        assertThat(export.path("interviewService").path("interviews").get(0).path("id").asText()).isEqualTo(id);
        assertThat(export.path("plannerService").path("plans").get(0).path("interviewId").asText()).isEqualTo(id);
        assertThat(export.path("notifierService").path("deliveries").isArray()).isTrue();
        assertThat(export.path("inboxService").path("mailbox").path("username").asText()).isEqualTo(candidate.email);
        assertThat(export.toString()).doesNotContain("app-password");

        List<JsonNode> planned = followUps(plan).stream()
                .filter(f -> hasStatus(f, "PLANNED") && avery.email().equals(Interviews.recipientEmail(f))).toList();

        JsonNode erased = suite.api.erase(candidate.token);
        // What is due after this moment (business time, read once the 202 is in) must never fire: at the very least
        // the status check, ten days out; the thank-you too unless it fell due before the erasure.
        Instant erasedBy = suite.now();
        assertThat(erased.path("interviewsErased").asInt()).isEqualTo(1);
        assertThat(Instant.parse(erased.path("lastCopyGoneBy").asText()))
                .isAfterOrEqualTo(Instant.parse(erased.path("acceptedAt").asText()).plus(Duration.ofDays(7)));
        List<JsonNode> pending = planned.stream().filter(f -> Interviews.dueAt(f).isAfter(erasedBy)).toList();
        assertThat(pending).extracting(f -> f.path("kind").asText()).contains("STATUS_CHECK");
        Instant lastDue = pending.stream().map(Interviews::dueAt).max(Comparator.naturalOrder()).orElseThrow();

        // The candidate's id leaves every table of every service (the tombstones hold a hash of it).
        waiting("the candidate's id in no table of any service").until(() -> rowsMentioning(candidate.id).isEmpty());

        // Past every due time of what was pending: nothing was fired for it and nothing reached the interviewer.
        awaitPlannerClockPast(lastDue.plus(Duration.ofDays(1)));
        for (JsonNode f : pending) {
            assertThat(suite.kafka.dueEventIds(f.path("id").asText())).as("FollowUpDue of %s", f.path("kind").asText()).isEmpty();
        }
        for (JsonNode f : pending) {
            assertThat(mailsFor(suite.mail.inbox(avery.email()), f.path("id").asText())).as("mail for %s", f.path("kind").asText())
                    .isEmpty();
        }
        assertThat(rowsMentioning(candidate.id)).isEmpty();
        assertThat(suite.api.plan(candidate.token, id)).isEmpty();
    }

    /** {@code "database.table: row"} for every row of every service's database whose text contains the value. */
    private List<String> rowsMentioning(String value) throws SQLException {
        List<String> found = new ArrayList<>();
        for (String database : List.of("interview", "planner", "notifier", "inbox")) {
            try (Connection c = DriverManager.getConnection(suite.infra.jdbcUrl(database), TactfulInfra.POSTGRES_USER,
                    TactfulInfra.POSTGRES_PASSWORD)) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = c.getMetaData().getTables(null, "public", "%", new String[] { "TABLE" })) {
                    while (rs.next()) {
                        tables.add(rs.getString("TABLE_NAME"));
                    }
                }
                assertThat(tables).as(database).contains("erased_candidate");
                for (String table : tables) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "SELECT t::text FROM \"" + table + "\" t WHERE strpos(t::text, ?) > 0")) {
                        ps.setString(1, value);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                found.add(database + "." + table + ": " + rs.getString(1));
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
