package dev.tactful.load;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import dev.tactful.events.Topics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The harness at verify size, asserting correctness only (never speed): the packaged suite, started as
 * {@code ./run-local} starts it, takes interviews end to end while the notifier is killed with SIGKILL during
 * sending and the broker is restarted; bad requests never get a 5xx, and every 4xx they get is
 * {@code application/problem+json}; poison records are dead-lettered without stalling consumption; afterwards no
 * outbox row is left unpublished and no consumer group lags. Sizes: {@code tactful.load.verify.interviews} (200),
 * {@code .fuzz} (1000), {@code .poison} (50).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteUnderFireTest {

    private static final int INTERVIEWS = Integer.getInteger("tactful.load.verify.interviews", 200);
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private LoadRun run;

    @BeforeAll
    void startSuite() {
        Options options = Options.parse("--fuzz", Integer.getInteger("tactful.load.verify.fuzz", 1000).toString(),
                "--poison", Integer.getInteger("tactful.load.verify.poison", 50).toString(),
                "--clock-rate", "86400",
                "--work-dir", System.getProperty("tactful.root", "..") + "/load-tests/target/verify-run");
        run = new LoadRun(options, new Report());
    }

    @AfterAll
    void stopSuite() {
        if (run != null) {
            run.close();
        }
    }

    @Test
    @Order(1)
    @DisplayName("End to end with the notifier killed while sending and the broker restarted: 0 lost, 0 duplicated")
    void nothingLostNothingTwice() {
        Ingest ingest = new Ingest(run.suite, new InterviewGenerator(1, "verify"), true);
        Chaos chaos = new Chaos(run.suite, run.watch);
        Ingest.Result posted = chaos.run(ingest, INTERVIEWS, 25, new Chaos.Plan(false, false, true, true, Duration.ZERO));
        assertThat(posted.errors()).as("POSTs that failed even after retries").isEmpty();
        assertThat(posted.posted()).hasSize(INTERVIEWS);
        assertThat(chaos.log).as("chaos actions").hasSize(2);

        Set<String> known = new HashSet<>();
        Delivery.Outcome outcome = new Delivery(run.suite, run.watch).account(posted.posted(), TIMEOUT, known);
        System.out.printf("[verify] %d interviews, %d follow-ups fired; %s; draft resends %d, UNCERTAIN %d, "
                + "re-published events %d%n", outcome.interviews(), outcome.fired().size(), chaos.log,
                outcome.draftResends().size(), outcome.uncertain().size(), outcome.republished().size());
        // What was left behind, looked at (and printed) before any assertion can stop the test.
        Backlog.Result left = run.backlog("verify");
        System.out.printf("[verify] outbox (rows / published / parked / stuck) %s; consumer lag %s; watch re-read %d%n",
                left.outbox(), left.lag(), run.watch.reread.get());
        assertThat(outcome.unplanned()).as("interviews the planner never planned").isZero();
        assertThat(outcome.fired()).as("follow-ups that fell due").isNotEmpty();
        assertThat(outcome.lost()).as("follow-ups with no mail at the SMTP server").isEmpty();
        assertThat(outcome.duplicated()).as("direct sends accepted twice by Message-ID").isEmpty();
        assertThat(outcome.eventsNotOnce()).as("follow-ups without exactly one notification event").isEmpty();
        assertThat(outcome.unexpected()).as("mail for follow-ups no plan fired").isEmpty();
        assertThat(run.watch.reread.get()).as("records the watch read twice (a consumer-group rebalance)").isZero();
        assertThat(left.errors()).as("backlog checks that could not be made").isEmpty();
        assertThat(left.outbox()).as("databases with an outbox").containsOnlyKeys("interview", "notifier");
        assertThat(left.stuck()).as("outbox rows neither published nor parked, per database").allSatisfy((db, n) -> assertThat(n).isZero());
        assertThat(left.lag()).as("consumer lag per group").hasSize(2).allSatisfy((group, n) -> assertThat(n).isZero());
    }

    @Test
    @Order(2)
    @DisplayName("Generated bad requests across every endpoint: never a 5xx, every 4xx application/problem+json")
    void fuzzNeverGetsA5xxAndEvery4xxIsAProblem() {
        run.fuzz();
        assertThat(run.fuzz.requests()).isPositive();
        assertThat(run.fuzz.serverErrors()).as("5xx answers").isEmpty();
        assertThat(run.fuzz.notProblemJson()).as("4xx answers without application/problem+json").isEmpty();
    }

    @Test
    @Order(3)
    @DisplayName("Poison records on each consumed topic land in its DLQ and a valid event after them is processed")
    void poisonIsDeadLettered() {
        for (String topic : List.of(Topics.INTERVIEW_EVENTS, Topics.FOLLOWUPS_DUE)) {
            run.poison(topic);
        }
        for (Poison.Result r : run.poison) {
            assertThat(r.missing()).as("poison records of %s not in its DLQ", r.topic()).isEmpty();
            assertThat(r.validProcessed()).as("valid events on %s processed after the poison", r.topic())
                    .isEqualTo(r.validSent());
        }
    }
}
