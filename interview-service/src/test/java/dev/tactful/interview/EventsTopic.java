package dev.tactful.interview;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import dev.tactful.events.Topics;
import dev.tactful.infra.TactfulInfra;

/**
 * Reads {@code interview-events} from the real broker. "Everything for an interview" is read only after its
 * outbox rows are all marked published (they are marked after the broker's ack), and then up to the end offsets,
 * so a count of records is exact without waiting for a quiet period.
 */
final class EventsTopic {

    private EventsTopic() {
    }

    static List<ConsumerRecord<String, byte[]>> allFor(UUID interviewId) {
        return readToEnd().stream().filter(r -> interviewId.toString().equals(r.key())).toList();
    }

    /** Waits until the relay has published every outbox row of the interview, then returns its records. */
    static List<ConsumerRecord<String, byte[]>> publishedFor(UUID interviewId, int expectedRows) {
        await().atMost(Duration.ofSeconds(30)).until(() -> unpublishedRows(interviewId) == 0 && outboxRows(interviewId) == expectedRows);
        return allFor(interviewId);
    }

    static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    static List<ConsumerRecord<String, byte[]>> readToEnd() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TactfulInfra.get().kafkaBootstrap());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p)) {
            List<PartitionInfo> infos = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                infos.clear();
                infos.addAll(consumer.partitionsFor(Topics.INTERVIEW_EVENTS, Duration.ofSeconds(5)));
                return !infos.isEmpty();
            });
            List<TopicPartition> partitions = infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
                return partitions.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp));
            });
            return out;
        }
    }

    static int unpublishedRows(UUID interviewId) throws SQLException {
        return count("SELECT count(*) FROM outbox WHERE aggregate_id = ? AND published_at IS NULL", interviewId);
    }

    static int outboxRows(UUID interviewId) throws SQLException {
        return count("SELECT count(*) FROM outbox WHERE aggregate_id = ?", interviewId);
    }

    static int rows(String table, String column, UUID id) throws SQLException {
        return count("SELECT count(*) FROM " + table + " WHERE " + column + " = ?", id);
    }

    static int count(String sql, Object arg) throws SQLException {
        try (Connection c = DriverManager.getConnection(TactfulInfra.get().jdbcUrl("interview"),
                TactfulInfra.POSTGRES_USER, TactfulInfra.POSTGRES_PASSWORD);
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static String types(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> header(r, "ce_type")).collect(Collectors.joining(","));
    }
}
