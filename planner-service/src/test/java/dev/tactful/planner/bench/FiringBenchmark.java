package dev.tactful.planner.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

import dev.tactful.events.InterviewLogged;
import dev.tactful.events.Policy;
import dev.tactful.events.cloudevents.EventJson;
import dev.tactful.infra.TactfulInfra;
import dev.tactful.planner.plan.FollowUpIds;
import dev.tactful.planner.support.Fixtures;
import dev.tactful.planner.timer.DueFollowUp;
import dev.tactful.planner.timer.FiredBatch;
import dev.tactful.planner.timer.FollowUpFirer;
import dev.tactful.support.claim.ClaimLoop;
import dev.tactful.support.claim.ClaimSettings;
import dev.tactful.support.kafka.KafkaPublisher;
import dev.tactful.support.kafka.KafkaPublishers;
import dev.tactful.support.kafka.ProducerTuning;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;

/**
 * Fires 100,000 follow-ups through the real poller code (the shared {@link ClaimLoop} + {@link FollowUpFirer}) into the embedded
 * Kafka broker with acks=all from the embedded PostgreSQL, and prints figures. Not a test: it asserts nothing.
 * See BENCHMARK.md. Settings: -Dbench.count, -Dbench.batch, -Dbench.interval (ms), -Dbench.rate (due per second in
 * the steady phase), -Dbench.linger (ms).
 */
public final class FiringBenchmark {

    private static final String DB = "planner_bench";
    private static final String TOPIC = "followups-due-bench";

    private static final int COUNT = Integer.getInteger("bench.count", 100_000);
    private static final int BATCH = Integer.getInteger("bench.batch", 1000);
    private static final Duration INTERVAL = Duration.ofMillis(Integer.getInteger("bench.interval", 500));
    private static final int RATE = Integer.getInteger("bench.rate", 6000);
    private static final int LINGER = Integer.getInteger("bench.linger", 5);
    private static final int PER_INTERVIEW = 5;

    public static void main(String[] args) throws Exception {
        System.out.printf("Firing benchmark: %,d follow-ups, batch %d, poll interval %d ms, linger %d ms, %d cores%n",
                COUNT, BATCH, INTERVAL.toMillis(), LINGER, Runtime.getRuntime().availableProcessors());
        TactfulInfra infra = TactfulInfra.get();
        infra.ensureDatabase(DB);
        String jdbc = infra.jdbcUrl(DB);
        Flyway.configure().dataSource(jdbc, TactfulInfra.POSTGRES_USER, TactfulInfra.POSTGRES_PASSWORD)
                .locations("classpath:db/migration").cleanDisabled(false).load().migrate();
        createTopic(infra.kafkaBootstrap());

        Vertx vertx = Vertx.vertx();
        PgConnectOptions connect = PgConnectOptions.fromUri(infra.reactiveUrl(DB))
                .setUser(TactfulInfra.POSTGRES_USER).setPassword(TactfulInfra.POSTGRES_PASSWORD)
                .setCachePreparedStatements(true);
        @SuppressWarnings("deprecation")
        Pool pool = PgPool.pool(vertx, connect, new PoolOptions().setMaxSize(4));
        KafkaPublisher producer = KafkaPublishers.create(Map.of("bootstrap.servers", infra.kafkaBootstrap()), "bench-firer",
                new ProducerTuning(LINGER, 524_288, Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(30)));

        try (Connection sql = DriverManager.getConnection(jdbc, TactfulInfra.POSTGRES_USER, TactfulInfra.POSTGRES_PASSWORD)) {
            // Warm-up: JIT, producer metadata and connections, so the figures show the steady machine.
            load(sql, 5_000, i -> Instant.now().minusSeconds(1));
            run(pool, producer, 5_000);

            System.out.println();
            System.out.println("Phase 1 - backlog: all follow-ups already due when the poller starts");
            Instant due = Instant.now().minusSeconds(1);
            load(sql, COUNT, i -> due);
            Result backlog = run(pool, producer, COUNT);
            backlog.print("claim to commit", backlog.claimToCommit);
            backlog.print("lateness (commit - dueAt)", backlog.lateness);

            System.out.println();
            System.out.printf("Phase 2 - steady: follow-ups fall due at %,d per second while the poller runs%n", RATE);
            Instant first = Instant.now().plusSeconds(3);
            load(sql, COUNT, i -> first.plusNanos(i * 1_000_000_000L / RATE));
            Result steady = run(pool, producer, COUNT);
            steady.print("lateness (commit - dueAt)", steady.lateness);
            steady.print("lateness (ack - dueAt)", steady.ackLateness);
        } finally {
            producer.close();
            pool.close().await().indefinitely();
            vertx.close().await().indefinitely();
        }
        System.exit(0);
    }

    interface DueAt {
        Instant of(int i);
    }

    /** Empties the tables and COPYs {@code count} PLANNED follow-ups (five per interview) with the given due times. */
    private static void load(Connection sql, int count, DueAt dueAt) throws Exception {
        long start = System.nanoTime();
        try (Statement st = sql.createStatement()) {
            st.execute("TRUNCATE follow_up, plan_note, interview_outcome, processed_event, interview");
        }
        StringBuilder interviews = new StringBuilder();
        StringBuilder followUps = new StringBuilder();
        String now = Instant.now().toString();
        UUID interviewId = null;
        String candidate = null;
        for (int i = 0; i < count; i++) {
            if (i % PER_INTERVIEW == 0) {
                interviewId = UUID.randomUUID();
                candidate = "bench-" + interviewId;
                InterviewLogged interview = Fixtures.interview(interviewId, candidate, 1, Policy.STANDARD);
                interviews.append(interviewId).append('\t').append(candidate).append("\t1\tSTANDARD\t")
                        .append(EventJson.toJson(interview)).append("\t2026-11-26\t").append(now).append('\n');
            }
            String key = "THANK_YOU/iv-" + (i % PER_INTERVIEW) + "/EMAIL";
            String due = dueAt.of(i).toString();
            followUps.append(FollowUpIds.of(interviewId, key)).append('\t').append(interviewId).append('\t').append(candidate)
                    .append('\t').append(key).append("\tTHANK_YOU\tEMAIL\tiv-").append(i % PER_INTERVIEW)
                    .append("\tAvery Stone\tEngineering Manager\tavery@northwind.example\tEurope/Berlin\tPLANNED\t")
                    .append(due).append('\t').append(due).append("\tR1\tThank each interviewer within a day.\t")
                    .append(now).append('\t').append(now).append('\n');
        }
        var copy = sql.unwrap(PGConnection.class).getCopyAPI();
        copy.copyIn("COPY interview (id, candidate_id, revision, policy, snapshot, decision_expected_by, updated_at) FROM STDIN",
                new StringReader(interviews.toString()));
        copy.copyIn("""
                COPY follow_up (id, interview_id, candidate_id, plan_key, kind, channel, recipient_interviewer_id,
                    recipient_name, recipient_title, recipient_email, recipient_zone, status, due_at, planned_due_at, rule,
                    reason, created_at, updated_at) FROM STDIN""", new StringReader(followUps.toString()));
        try (Statement st = sql.createStatement()) {
            st.execute("ANALYZE follow_up");
            st.execute("ANALYZE interview");
        }
        System.out.printf("  loaded %,d follow-ups in %d ms%n", count, (System.nanoTime() - start) / 1_000_000);
    }

    private static Result run(Pool pool, KafkaPublisher producer, int expected) throws InterruptedException {
        List<FiredBatch> batches = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger fired = new AtomicInteger();
        Object done = new Object();
        FollowUpFirer firer = new FollowUpFirer(producer, Clock.systemUTC(),
                ClaimSettings.locked("bench-timers", BATCH, INTERVAL, 10, INTERVAL, Duration.ofSeconds(30)), TOPIC, batch -> {
            batches.add(batch);
            if (fired.addAndGet(batch.size()) >= expected) {
                synchronized (done) {
                    done.notifyAll();
                }
            }
        });
        ClaimLoop<FollowUpFirer.DueRow> loop = new ClaimLoop<>(firer, pool, Clock.systemUTC(), new SimpleMeterRegistry());
        Instant start = Instant.now();
        loop.start();
        synchronized (done) {
            while (fired.get() < expected) {
                done.wait(1000);
            }
        }
        loop.stop(Duration.ofSeconds(30));
        return new Result(start, batches);
    }

    private static void createTopic(String bootstrap) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(props)) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private static final class Result {
        final long[] lateness;
        final long[] ackLateness;
        final long[] claimToCommit;

        Result(Instant start, List<FiredBatch> batches) {
            int n = batches.stream().mapToInt(FiredBatch::size).sum();
            lateness = new long[n];
            ackLateness = new long[n];
            claimToCommit = new long[n];
            int i = 0;
            Instant last = start;
            for (FiredBatch b : batches) {
                for (DueFollowUp f : b.fired()) {
                    lateness[i] = Duration.between(f.dueAt(), b.committedAt()).toMillis();
                    ackLateness[i] = Duration.between(f.dueAt(), f.ackedAt()).toMillis();
                    claimToCommit[i] = Duration.between(b.claimedAt(), b.committedAt()).toMillis();
                    i++;
                }
                if (b.committedAt().isAfter(last)) {
                    last = b.committedAt();
                }
            }
            double seconds = Duration.between(start, last).toNanos() / 1e9;
            System.out.printf("  fired %,d in %.2f s = %,.0f fired/s (%d batches)%n", n, seconds, n / seconds, batches.size());
        }

        void print(String what, long[] millis) {
            long[] sorted = millis.clone();
            Arrays.sort(sorted);
            System.out.printf("  %-28s p50 %5d ms   p99 %5d ms   max %5d ms%n", what,
                    sorted[(int) (sorted.length * 0.50)], sorted[(int) Math.min(sorted.length - 1, sorted.length * 0.99)],
                    sorted[sorted.length - 1]);
        }
    }
}
