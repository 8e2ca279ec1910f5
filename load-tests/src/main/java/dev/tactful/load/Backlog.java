package dev.tactful.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import dev.tactful.events.Topics;

/**
 * After a run has been accounted: is anything left behind? Every outbox row of each service's database must be
 * published or parked (read over JDBC, as the relay's own tables), and the services' consumer groups must have
 * committed up to the end of the topics they consume (Kafka Admin: committed offsets against end offsets).
 */
final class Backlog {

    /** The databases of the services; each has at most one {@code outbox} table (the planner has none). */
    static final List<String> DATABASES = List.of("interview", "planner", "notifier");
    /**
     * Consumer group -> topic, as in the services' application.properties
     * ({@code mp.messaging.incoming.*.group.id}). interview-service's group on inbox-events is left out: the load
     * harness runs no inbox-service, so that topic stays empty.
     */
    static final Map<String, String> GROUPS = Map.of("planner-service", Topics.INTERVIEW_EVENTS,
            "notifier-service", Topics.FOLLOWUPS_DUE);

    /**
     * One look.
     *
     * @param outbox  database -> "rows / published / parked / stuck" counts, absent when it has no outbox table
     * @param stuck   database -> rows neither published nor parked
     * @param parked  database -> parked rows (allowed, but worth a look)
     * @param lag     "group on topic" -> end offsets minus committed offsets, summed over the partitions
     * @param errors  what could not be read
     */
    record Result(Map<String, String> outbox, Map<String, Long> stuck, Map<String, Long> parked, Map<String, Long> lag,
            List<String> errors) {

        boolean clean() {
            return errors.isEmpty() && stuck.values().stream().allMatch(n -> n == 0)
                    && lag.values().stream().allMatch(n -> n == 0);
        }

        long stuckTotal() {
            return stuck.values().stream().mapToLong(Long::longValue).sum();
        }

        long lagTotal() {
            return lag.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final LocalSuite suite;

    Backlog(LocalSuite suite) {
        this.suite = suite;
    }

    /**
     * Looks until nothing is left behind or {@code patience} runs out (a relay round or an offset commit may be a
     * moment away: the services commit consumed offsets every few seconds); returns the last look.
     */
    Result settle(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        Result r = check();
        while (!r.clean() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return r;
            }
            r = check();
        }
        return r;
    }

    Result check() {
        Map<String, String> outbox = new LinkedHashMap<>();
        Map<String, Long> stuck = new LinkedHashMap<>();
        Map<String, Long> parked = new LinkedHashMap<>();
        Map<String, Long> lag = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (String db : DATABASES) {
            try (Connection c = DriverManager.getConnection(suite.infra.jdbcUrl(db), "postgres", "postgres");
                    Statement s = c.createStatement()) {
                try (ResultSet t = s.executeQuery("SELECT count(*) FROM information_schema.tables"
                        + " WHERE table_schema = 'public' AND table_name = 'outbox'")) {
                    t.next();
                    if (t.getLong(1) == 0) {
                        continue;
                    }
                }
                try (ResultSet r = s.executeQuery("SELECT count(*), count(published_at),"
                        + " count(*) FILTER (WHERE parked_at IS NOT NULL AND published_at IS NULL),"
                        + " count(*) FILTER (WHERE published_at IS NULL AND parked_at IS NULL) FROM outbox")) {
                    r.next();
                    outbox.put(db, r.getLong(1) + " / " + r.getLong(2) + " / " + r.getLong(3) + " / " + r.getLong(4));
                    parked.put(db, r.getLong(3));
                    stuck.put(db, r.getLong(4));
                }
            } catch (SQLException e) {
                errors.add(db + " outbox: " + e.getMessage());
            }
        }
        // Every call is bounded by its get(15 s); the client's own timeouts stay at their defaults (a default API
        // timeout below request.timeout.ms makes the client refuse to start).
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, suite.infra.kafkaBootstrap))) {
            for (Map.Entry<String, String> g : new java.util.TreeMap<>(GROUPS).entrySet()) {
                String topic = g.getValue();
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(g.getKey())
                        .partitionsToOffsetAndMetadata().get(15, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
                admin.describeTopics(List.of(topic)).allTopicNames().get(15, TimeUnit.SECONDS).get(topic).partitions()
                        .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                        .get(15, TimeUnit.SECONDS);
                long behind = 0;
                for (var end : ends.entrySet()) {
                    OffsetAndMetadata at = committed.get(end.getKey());
                    // A partition the group never committed on is behind by all of it.
                    behind += Math.max(0, end.getValue().offset() - (at == null ? 0 : at.offset()));
                }
                lag.put(g.getKey() + " on " + topic, behind);
            }
        } catch (Exception e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            errors.add("consumer lag: " + e + (root == e ? "" : " (" + root + ")"));
        }
        return new Result(outbox, stuck, parked, lag, errors);
    }
}
