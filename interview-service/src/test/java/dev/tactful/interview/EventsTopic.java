package dev.tactful.interview;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import dev.tactful.events.Topics;
import dev.tactful.infra.TactfulInfra;
import dev.tactful.infra.TopicRecords;

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
        return TopicRecords.header(r, name);
    }

    static List<ConsumerRecord<String, byte[]>> readToEnd() {
        return TopicRecords.readToEnd(Topics.INTERVIEW_EVENTS);
    }

    static int unpublishedRows(UUID interviewId) throws SQLException {
        return count("SELECT count(*) FROM outbox WHERE aggregate_id = ?::text AND published_at IS NULL", interviewId);
    }

    static int outboxRows(UUID interviewId) throws SQLException {
        return count("SELECT count(*) FROM outbox WHERE aggregate_id = ?::text", interviewId);
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
