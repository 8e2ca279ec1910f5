package dev.tactful.planner.timer;

import static dev.tactful.planner.support.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tactful.support.claim.ClaimLoop;
import dev.tactful.support.claim.ClaimSettings;
import dev.tactful.support.kafka.KafkaPublisher;
import dev.tactful.support.kafka.KafkaPublishers;
import dev.tactful.support.kafka.ProducerTuning;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import dev.tactful.events.Channel;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.FollowUpDue;
import dev.tactful.events.FollowUpKind;
import dev.tactful.events.InterviewLogged;
import dev.tactful.events.Policy;
import dev.tactful.events.Topics;
import dev.tactful.events.cloudevents.EventJson;
import dev.tactful.infra.TactfulInfra;
import dev.tactful.infra.TactfulInfraResource;
import dev.tactful.planner.support.Fixtures;
import dev.tactful.planner.support.KafkaTestClient;
import dev.tactful.planner.support.TestClock;
import dev.tactful.planner.support.TestData;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/** Durable timers against the real database and broker. */
@QuarkusTest
@WithTestResource(value = TactfulInfraResource.class, initArgs = {
        @ResourceArg(name = "database", value = "planner"), @ResourceArg(name = "services", value = "kafka,postgres") })
class FollowUpFiringTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Inject
    Pool pool;

    @BeforeAll
    static void topics() {
        KafkaTestClient.ensureContractTopics();
    }

    @Test
    void dueFollowUpsFireOnceWithEverythingTheNotifierNeeds() {
        InterviewLogged interview = Fixtures.interview(UUID.randomUUID(), Fixtures.candidateId(), 1, Policy.STANDARD);
        TestData.insertInterview(pool, interview);
        // Due while "the service was down": an hour ago by the service's clock. A second one is due tomorrow.
        Instant dueAt = TestClock.START.minus(Duration.ofHours(1));
        UUID due = TestData.insertFollowUp(pool, interview, "THANK_YOU/iv-2/EMAIL", FollowUpKind.THANK_YOU, "iv-2",
                "Sam Lee", "sam@northwind.example", "Asia/Tokyo", dueAt);
        UUID later = TestData.insertFollowUp(pool, interview, "STATUS_CHECK/1/iv-1", FollowUpKind.STATUS_CHECK, "iv-1",
                "Avery Stone", "avery@northwind.example", "Europe/Berlin", TestClock.START.plus(Duration.ofDays(1)));

        await().atMost(TIMEOUT).until(() -> "FIRED".equals(TestData.followUp(pool, due).getString("status")));
        Row fired = TestData.followUp(pool, due);
        assertThat(fired.getOffsetDateTime("fired_at").toInstant()).isEqualTo(TestClock.START);
        assertThat(TestData.followUp(pool, later).getString("status")).isEqualTo("PLANNED");

        // Exactly once: several more poll cycles (200 ms each) publish nothing more for it.
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10)).until(() -> {
            records.clear();
            records.addAll(KafkaTestClient.readAll(Topics.FOLLOWUPS_DUE, r -> r.key().equals(interview.interviewId().toString())));
            return records.size() == 1;
        });
        ConsumerRecord<String, byte[]> record = records.get(0);
        assertThat(header(record, "ce_id")).isEqualTo(due.toString());
        assertThat(header(record, "ce_type")).isEqualTo("tactful.followup.due.v1");
        assertThat(header(record, "ce_source")).isEqualTo("/tactful/planner-service");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_subject")).isEqualTo(interview.interviewId().toString());
        assertThat(header(record, "content-type")).isEqualTo("application/json");

        FollowUpDue event = EventJson.fromBytes(record.value(), FollowUpDue.class);
        assertThat(event.followUpId()).isEqualTo(due);
        assertThat(event.interviewId()).isEqualTo(interview.interviewId());
        assertThat(event.candidateId()).isEqualTo(interview.candidateId());
        assertThat(event.kind()).isEqualTo(FollowUpKind.THANK_YOU);
        assertThat(event.rule()).isEqualTo("R1");
        assertThat(event.reason()).isEqualTo("Test follow-up.");
        assertThat(event.channel()).isEqualTo(Channel.EMAIL);
        assertThat(event.dueAt()).isEqualTo(dueAt);
        assertThat(event.recipient().name()).isEqualTo("Sam Lee");
        assertThat(event.recipient().email()).isEqualTo("sam@northwind.example");
        assertThat(event.recipient().interviewerId()).isEqualTo("iv-2");
        assertThat(event.recipient().timeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(event.policy()).isEqualTo(Policy.STANDARD);
        assertThat(event.deliveryMode()).isEqualTo(DeliveryMode.DRAFT_TO_CANDIDATE);
        assertThat(event.candidate()).isEqualTo(interview.candidate());
        assertThat(event.interview().companyName()).isEqualTo("Northwind");
        assertThat(event.interview().role()).isEqualTo("Platform Engineer");
        assertThat(event.interview().interviewedAt()).isEqualTo(interview.interviewedAt());
        assertThat(event.interview().decisionExpectedBy()).isEqualTo(interview.decisionExpectedBy());
        assertThat(event.interview().topicsDiscussed()).containsExactly("moving billing to event streaming");
        assertThat(event.interview().pointsToReinforce()).containsExactly("on-call experience with Kafka");
    }

    @Test
    void twoPollersAgainstOneDatabaseFireEveryFollowUpExactlyOnce() throws Exception {
        InterviewLogged interview = Fixtures.interview(UUID.randomUUID(), Fixtures.candidateId(), 1, Policy.STANDARD);
        TestData.insertInterview(pool, interview);
        int count = 3000;
        // Due in two hours by the service's clock, so only the two test pollers (whose clocks are 3 hours ahead) see them.
        List<UUID> ids = TestData.insertManyDue(pool, interview, count, TestClock.START.plus(Duration.ofHours(2)));
        Clock ahead = Clock.fixed(TestClock.START.plus(Duration.ofHours(3)), ZoneOffset.UTC);

        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                String clientId = "test-firer-" + i;
                results.add(threads.submit(() -> {
                    try (KafkaPublisher publisher = publisher(clientId, Duration.ofSeconds(30))) {
                        ClaimLoop<FollowUpFirer.DueRow> loop = loop(publisher, ahead);
                        start.await();
                        int fired = 0;
                        int batch;
                        do {
                            batch = round(loop).done();
                            fired += batch;
                        } while (batch > 0);
                        return fired;
                    }
                }));
            }
            start.countDown();
            int firedA = results.get(0).get(2, TimeUnit.MINUTES);
            int firedB = results.get(1).get(2, TimeUnit.MINUTES);

            assertThat(firedA + firedB).isEqualTo(count);
            assertThat(firedA).as("both pollers took part").isPositive();
            assertThat(firedB).as("both pollers took part").isPositive();
        } finally {
            threads.shutdownNow();
        }

        Set<String> expected = ids.stream().map(UUID::toString).collect(Collectors.toSet());
        List<ConsumerRecord<String, byte[]>> published = KafkaTestClient.readAll(Topics.FOLLOWUPS_DUE,
                r -> r.key().equals(interview.interviewId().toString()));
        Map<String, Long> perFollowUp = published.stream()
                .collect(Collectors.groupingBy(r -> header(r, "ce_id"), Collectors.counting()));
        assertThat(perFollowUp.keySet()).isEqualTo(expected);
        assertThat(perFollowUp.values()).containsOnly(1L);
        assertThat(TestData.count(pool, "SELECT count(*) FROM follow_up WHERE interview_id = $1 AND status = 'FIRED'",
                interview.interviewId())).isEqualTo(count);
        // Each event carries its own follow-up id, equal to its ce_id.
        assertThat(published).extracting(r -> EventJson.fromBytes(r.value(), FollowUpDue.class).followUpId().toString())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aFollowUpNotYetDueStaysPlanned() {
        InterviewLogged interview = Fixtures.interview(UUID.randomUUID(), Fixtures.candidateId(), 1, Policy.STANDARD);
        TestData.insertInterview(pool, interview);
        UUID soon = TestData.insertFollowUp(pool, interview, "THANK_YOU/iv-1/EMAIL", FollowUpKind.THANK_YOU, "iv-1",
                "Avery Stone", "avery@northwind.example", "Europe/Berlin", TestClock.START.plusSeconds(60));
        UUID now = TestData.insertFollowUp(pool, interview, "THANK_YOU/iv-2/EMAIL", FollowUpKind.THANK_YOU, "iv-2",
                "Sam Lee", "sam@northwind.example", "Asia/Tokyo", TestClock.START);

        // due_at <= now fires (the boundary is inclusive); a minute later does not.
        await().atMost(TIMEOUT).until(() -> "FIRED".equals(TestData.followUp(pool, now).getString("status")));
        assertThat(TestData.followUp(pool, soon).getString("status")).isEqualTo("PLANNED");
    }

    @Test
    void whenTheBrokerIsDownTheBatchStaysPlannedAndFiresOnceItIsBack() {
        InterviewLogged interview = Fixtures.interview(UUID.randomUUID(), Fixtures.candidateId(), 1, Policy.STANDARD);
        TestData.insertInterview(pool, interview);
        List<UUID> ids = TestData.insertManyDue(pool, interview, 20, TestClock.START.plus(Duration.ofHours(2)));
        Clock ahead = Clock.fixed(TestClock.START.plus(Duration.ofHours(3)), ZoneOffset.UTC);
        TactfulInfra infra = TactfulInfra.get();
        infra.stopKafka();
        // Short timeouts so the outage is noticed in seconds rather than the production 30 s.
        try (KafkaPublisher publisher = publisher("outage-firer", Duration.ofSeconds(3))) {
            ClaimLoop.Round failed = loop(publisher, ahead).runOnce();
            assertThat(failed.failed()).as("a round while the broker is away fails as a whole").isTrue();
            assertThat(failed.failure()).contains("BrokerUnavailable");
        } finally {
            infra.startKafka();
        }
        assertThat(TestData.count(pool, "SELECT count(*) FROM follow_up WHERE interview_id = $1 AND attempts > 0",
                interview.interviewId())).as("a broker outage is nobody's try").isZero();
        assertThat(TestData.count(pool, "SELECT count(*) FROM follow_up WHERE interview_id = $1 AND status = 'PLANNED'",
                interview.interviewId())).isEqualTo(20);

        try (KafkaPublisher publisher = publisher("recovered-firer", Duration.ofSeconds(30))) {
            assertThat(round(loop(publisher, ahead)).done()).isEqualTo(20);
        }
        Map<String, Long> perFollowUp = KafkaTestClient.readAll(Topics.FOLLOWUPS_DUE, r -> r.key().equals(interview.interviewId().toString()))
                .stream().collect(Collectors.groupingBy(r -> header(r, "ce_id"), Collectors.counting()));
        // Nothing is lost; a record the broker took before the outage was noticed may repeat with the same ce_id.
        assertThat(perFollowUp.keySet()).isEqualTo(ids.stream().map(UUID::toString).collect(Collectors.toSet()));
    }

    @Test
    void aFollowUpWhoseEventCannotBeBuiltIsParkedAndTheOthersFire() {
        InterviewLogged interview = Fixtures.interview(UUID.randomUUID(), Fixtures.candidateId(), 1, Policy.STANDARD);
        TestData.insertInterview(pool, interview);
        List<UUID> ids = TestData.insertManyDue(pool, interview, 3, TestClock.START.plus(Duration.ofHours(2)));
        // A zone id the JDK does not know: the row can never become an event.
        TestData.count(pool, "WITH u AS (UPDATE follow_up SET recipient_zone = 'Mars/Olympus_Mons' WHERE id = $1 RETURNING 1)"
                + " SELECT count(*) FROM u", ids.get(0));
        Clock ahead = Clock.fixed(TestClock.START.plus(Duration.ofHours(3)), ZoneOffset.UTC);

        try (KafkaPublisher publisher = publisher("poison-firer", Duration.ofSeconds(30))) {
            ClaimLoop.Round r = round(loop(publisher, ahead));
            assertThat(r.done()).isEqualTo(2);
            assertThat(r.parked()).isEqualTo(1);
        }
        assertThat(TestData.count(pool, "SELECT count(*) FROM follow_up WHERE id = $1 AND parked_at IS NOT NULL"
                + " AND status = 'PLANNED' AND last_error LIKE '%Mars%'", ids.get(0))).isEqualTo(1);
        assertThat(TestData.count(pool, "SELECT count(*) FROM follow_up WHERE interview_id = $1 AND status = 'FIRED'",
                interview.interviewId())).isEqualTo(2);
    }

    private static KafkaPublisher publisher(String clientId, Duration deliveryTimeout) {
        return KafkaPublishers.create(Map.of("bootstrap.servers", KafkaTestClient.bootstrap()), clientId,
                new ProducerTuning(5, 262_144, Duration.ofSeconds(2), Duration.ofSeconds(1), deliveryTimeout));
    }

    private ClaimLoop<FollowUpFirer.DueRow> loop(KafkaPublisher publisher, Clock businessClock) {
        FollowUpFirer firer = new FollowUpFirer(publisher, businessClock,
                ClaimSettings.locked("test-timers", 50, Duration.ofMillis(200), 10, Duration.ofMillis(200), Duration.ofSeconds(1)),
                Topics.FOLLOWUPS_DUE, batch -> {
                });
        return new ClaimLoop<>(firer, pool, Clock.systemUTC(), new SimpleMeterRegistry());
    }

    private static ClaimLoop.Round round(ClaimLoop<FollowUpFirer.DueRow> loop) {
        ClaimLoop.Round r = loop.runOnce();
        if (r.failed()) {
            throw new AssertionError("round failed: " + r.failure());
        }
        return r;
    }
}
