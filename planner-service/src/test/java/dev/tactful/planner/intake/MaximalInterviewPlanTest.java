package dev.tactful.planner.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tactful.events.Agency;
import dev.tactful.events.Candidate;
import dev.tactful.events.Channel;
import dev.tactful.events.Company;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.FollowUpPromise;
import dev.tactful.events.InterviewFormat;
import dev.tactful.events.InterviewLogged;
import dev.tactful.events.Interviewer;
import dev.tactful.events.Limits;
import dev.tactful.events.Policy;
import dev.tactful.infra.DevJwt;
import dev.tactful.infra.TactfulInfraResource;
import dev.tactful.planner.support.Fixtures;
import dev.tactful.planner.support.KafkaTestClient;
import dev.tactful.planner.support.TestData;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * The largest interview the contract allows ({@link Limits}), consumed from the real broker: it is stored and planned,
 * with a thank-you for each of the 20 interviewers carrying their full names, titles and addresses. Before V6 the
 * 255-character candidate id of such an interview did not fit {@code varchar(200)}, and the interview never got a plan.
 */
@QuarkusTest
@WithTestResource(value = TactfulInfraResource.class, initArgs = {
        @ResourceArg(name = "database", value = "planner"), @ResourceArg(name = "services", value = "kafka,postgres") })
class MaximalInterviewPlanTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String[] WORDS = { "steady", "billing", "streams", "kafka", "review", "launch", "design", "metrics" };

    @Inject
    Pool pool;

    @BeforeAll
    static void topics() {
        KafkaTestClient.ensureContractTopics();
    }

    @Test
    void theLargestInterviewTheContractAllowsIsStoredAndPlanned() {
        String candidateId = (Fixtures.candidateId() + "-" + "c".repeat(Limits.CANDIDATE_ID)).substring(0, Limits.CANDIDATE_ID);
        UUID interviewId = UUID.randomUUID();
        LocalDate latest = Limits.latestDate(LocalDate.parse("2026-11-20"));
        List<Interviewer> interviewers = new ArrayList<>();
        for (int i = 0; i < Limits.INTERVIEWERS; i++) {
            interviewers.add(new Interviewer(UUID.randomUUID().toString(), text("Person" + (char) ('A' + i), Limits.NAME),
                    text("Manager " + i, Limits.TITLE), address("iv" + i, Limits.EMAIL),
                    "https://www.linkedin.com/in/" + "p".repeat(Limits.URL - 28), Channel.EMAIL, false, i == 0, Fixtures.TOKYO));
        }
        InterviewLogged interview = new InterviewLogged(interviewId, candidateId, 1,
                new Candidate(text("Rowan", Limits.NAME), address("rowan", Limits.EMAIL), Fixtures.BERLIN),
                new Company(text("Northwind", Limits.COMPANY), Fixtures.BERLIN),
                text("Platform Engineer", Limits.ROLE),
                Instant.parse("2026-11-20T09:00:00Z"), Instant.parse("2026-11-20T10:00:00Z"),
                InterviewFormat.VIDEO, interviewers,
                new Agency(text("Talent Bridge", Limits.NAME), address("agency", Limits.EMAIL), false),
                latest, topics("topic"), topics("point"), topics("concern"),
                new FollowUpPromise(Channel.EMAIL, latest, text("Send the design notes", Limits.PROMISE_NOTE)),
                Policy.STANDARD, DeliveryMode.SEND_DIRECT, Instant.parse("2026-11-21T11:00:00Z"));
        KafkaTestClient.publish(UUID.randomUUID().toString(), interview, interviewId);

        JsonPath[] plan = new JsonPath[1];
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(200)).until(() -> {
            var response = given().auth().oauth2(DevJwt.token(candidateId)).get("/api/v1/plans/{id}", interviewId);
            plan[0] = response.statusCode() == 200 ? response.jsonPath() : null;
            return plan[0] != null && plan[0].getList("followUps.findAll { it.kind == 'THANK_YOU' }").size() == Limits.INTERVIEWERS;
        });
        List<Map<String, Object>> recipients = plan[0].getList("followUps.findAll { it.kind == 'THANK_YOU' }.recipient");
        assertThat(recipients).extracting(r -> r.get("email"))
                .containsExactlyInAnyOrderElementsOf(interviewers.stream().map(Interviewer::email).toList());
        assertThat(recipients).extracting(r -> r.get("name"))
                .containsExactlyInAnyOrderElementsOf(interviewers.stream().map(Interviewer::name).toList());
        assertThat(TestData.count(pool, "SELECT count(*) FROM follow_up WHERE candidate_id = $1", candidateId))
                .isGreaterThanOrEqualTo(Limits.INTERVIEWERS);
        assertThat(TestData.count(pool, "SELECT count(*) FROM follow_up WHERE interview_id = $1 AND length(recipient_title) = $2",
                interviewId, Limits.TITLE)).isGreaterThanOrEqualTo(Limits.INTERVIEWERS);
    }

    /**
     * Every length-limited column holds the contract's limit of what it stores. A column that is neither listed here
     * nor unbounded fails the test, so a new one cannot be added narrower than the values it receives.
     */
    @Test
    void everyBoundedColumnHoldsTheContractsLimit() {
        Map<String, Integer> needed = Map.of(
                "candidate_id", Limits.CANDIDATE_ID,
                "recipient_interviewer_id", Limits.INTERVIEWER_ID,
                "recipient_name", Math.max(Limits.NAME, Limits.COMPANY),
                "recipient_title", Limits.TITLE,
                "recipient_email", Limits.EMAIL,
                "recipient_zone", Limits.TIME_ZONE,
                // kind/interviewer id/channel, or kind/number/interviewer id
                "plan_key", 40 + Limits.INTERVIEWER_ID);
        // Enum names, rule ids and CloudEvents ids/types Tactful's own producers write.
        List<String> engineValues = List.of("policy", "last_outcome", "type", "kind", "channel", "status", "rule",
                "status_rule", "note_type", "event_id", "event_type");
        var rows = pool.preparedQuery("""
                SELECT table_name, column_name, character_maximum_length FROM information_schema.columns
                WHERE table_schema = current_schema() AND character_maximum_length IS NOT NULL
                  AND table_name NOT LIKE 'flyway%'""").execute().await().atMost(TIMEOUT);
        assertThat(rows.size()).isPositive();
        for (Row c : rows) {
            String name = c.getString("column_name");
            int width = c.getInteger("character_maximum_length");
            String where = c.getString("table_name") + "." + name;
            if (needed.containsKey(name)) {
                assertThat(width).as(where).isGreaterThanOrEqualTo(needed.get(name));
            } else {
                assertThat(engineValues).as("%s (varchar(%d)) is neither unbounded nor listed", where, width).contains(name);
            }
        }
    }

    static String text(String tag, int length) {
        StringBuilder b = new StringBuilder(tag);
        for (int i = 0; b.length() < length; i++) {
            b.append(' ').append(WORDS[i % WORDS.length]);
        }
        String s = b.substring(0, length);
        return s.endsWith(" ") ? s.substring(0, length - 1) + "z" : s;
    }

    /** A unique address of exactly {@code length} characters: a 64-character local part, labels of at most 63. */
    static String address(String tag, int length) {
        String local = (tag + "-" + UUID.randomUUID() + "x".repeat(64)).substring(0, 64);
        StringBuilder domain = new StringBuilder();
        int left = length - 64 - 1 - ".example".length();
        while (left > 0) {
            int n = Math.min(63, left);
            if (left - n == 1) {
                n--;
            }
            domain.append("d".repeat(n));
            left -= n;
            if (left > 0) {
                domain.append('.');
                left--;
            }
        }
        String address = local + "@" + domain + ".example";
        assertThat(address).hasSize(length);
        return address;
    }

    private static List<String> topics(String tag) {
        List<String> list = new ArrayList<>();
        IntStream.range(0, Limits.TOPICS).forEach(i -> list.add(text(tag + " " + i, Limits.TOPIC)));
        return list;
    }
}
