package dev.tactful.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import dev.tactful.events.cloudevents.CloudEventAttributes;
import dev.tactful.events.cloudevents.CloudEventHeaders;

/**
 * The ceilings the suite is judged against, on the same machine in the same run: one Kafka producer as careful
 * as the services' ({@code acks=all}, idempotent) sending records the size of a FollowUpDue with CloudEvents
 * headers, and plain JDBC inserting one interview's rows (interview, outbox, idempotency key) per transaction
 * into a copy of interview-service's own schema (its Flyway scripts, read from the source tree).
 */
final class Baseline {

    static final String TOPIC = "load-baseline";

    record Result(int records, int recordBytes, double recordsPerSecond, int transactions, int connections,
            double transactionsPerSecond) {
    }

    private Baseline() {
    }

    static Result run(LocalSuite suite, int records, int transactions, int connections) throws Exception {
        byte[] value = followUpDueSizedPayload();
        double kafka = kafka(suite.infra.kafkaBootstrap, records, value);
        double pg = postgres(suite, transactions, connections, new String(value, StandardCharsets.UTF_8));
        return new Result(records, value.length, kafka, transactions, connections, pg);
    }

    /** The golden FollowUpDue of the events module is the realistic size; a fixed-size filler stands in if absent. */
    private static byte[] followUpDueSizedPayload() throws IOException {
        Path golden = Path.of(System.getProperty("tactful.root", ".")).resolve("events/src/test/resources/golden/tactful.followup.due.v1.json");
        return Files.isRegularFile(golden) ? Files.readAllBytes(golden) : ("{\"x\":\"" + "y".repeat(1400) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static double kafka(String bootstrap, int records, byte[] value) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true"), new StringSerializer(), new ByteArraySerializer())) {
            // Warm-up: metadata, connections, the JIT.
            for (int i = 0; i < Math.min(2000, records); i++) {
                producer.send(record(value));
            }
            producer.flush();
            long begin = System.nanoTime();
            AtomicInteger failed = new AtomicInteger();
            for (int i = 0; i < records; i++) {
                producer.send(record(value), (m, e) -> {
                    if (e != null) {
                        failed.incrementAndGet();
                    }
                });
            }
            producer.flush();
            double seconds = (System.nanoTime() - begin) / 1e9;
            if (failed.get() > 0) {
                throw new IllegalStateException(failed.get() + " baseline records failed");
            }
            return records / seconds;
        }
    }

    private static ProducerRecord<String, byte[]> record(byte[] value) {
        UUID interview = UUID.randomUUID();
        ProducerRecord<String, byte[]> r = new ProducerRecord<>(TOPIC, interview.toString(), value);
        CloudEventHeaders.write(r.headers(), CloudEventAttributes.json(UUID.randomUUID().toString(), "/tactful/planner",
                "tactful.followup.due.v1", Instant.now(), interview.toString()));
        return r;
    }

    private static double postgres(LocalSuite suite, int transactions, int connections, String state) throws Exception {
        String admin = suite.infra.jdbcUrl("postgres");
        try (Connection c = DriverManager.getConnection(admin, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS load_baseline");
            s.execute("CREATE DATABASE load_baseline");
        }
        String url = suite.infra.jdbcUrl("load_baseline");
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement();
                Stream<Path> scripts = Files.list(suite.settings.root().resolve("interview-service/src/main/resources/db/migration"))) {
            for (Path script : scripts.sorted().toList()) {
                s.execute(Files.readString(script));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        AtomicInteger next = new AtomicInteger();
        long begin = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < connections; w++) {
            workers.add(pool.submit(() -> {
                try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
                    c.setAutoCommit(false);
                    while (next.getAndIncrement() < transactions) {
                        insertOneInterview(c, state);
                        c.commit();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : workers) {
            f.get();
        }
        pool.shutdown();
        return transactions / ((System.nanoTime() - begin) / 1e9);
    }

    private static void insertOneInterview(Connection c, String state) throws SQLException {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement interview = c.prepareStatement("INSERT INTO interview (id, candidate_id, company_name, status,"
                + " interviewed_at, revision, state, logged_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)");
                PreparedStatement outbox = c.prepareStatement("INSERT INTO outbox (id, aggregate_id, type, source, event_time,"
                        + " payload, created_at) VALUES (?, ?, 'tactful.interview.logged.v1', '/tactful/interview', ?, ?, ?)");
                PreparedStatement key = c.prepareStatement("INSERT INTO idempotency_key (id, candidate_id, idem_key, request_hash,"
                        + " status, body, location, created_at) VALUES (?, ?, ?, ?, 201, ?, ?, ?)")) {
            interview.setObject(1, id);
            interview.setString(2, "baseline-candidate");
            interview.setString(3, "Northwind");
            interview.setString(4, "AWAITING_RESPONSE");
            interview.setTimestamp(5, now);
            interview.setString(6, state);
            interview.setTimestamp(7, now);
            interview.setTimestamp(8, now);
            interview.executeUpdate();
            outbox.setObject(1, UUID.randomUUID());
            outbox.setObject(2, id);
            outbox.setTimestamp(3, now);
            outbox.setString(4, state);
            outbox.setTimestamp(5, now);
            outbox.executeUpdate();
            key.setObject(1, UUID.randomUUID());
            key.setString(2, "baseline-candidate");
            key.setString(3, id.toString());
            key.setString(4, Integer.toHexString(state.hashCode()));
            key.setString(5, state);
            key.setString(6, "/api/v1/interviews/" + id);
            key.setTimestamp(7, now);
            key.executeUpdate();
        }
    }
}
