package dev.tactful.systemtest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import dev.tactful.events.FollowUpDue;
import dev.tactful.events.NotificationDelivered;
import dev.tactful.events.Topics;
import dev.tactful.events.cloudevents.InvalidCloudEventException;
import dev.tactful.events.cloudevents.TactfulEvents;
import dev.tactful.events.cloudevents.TactfulEvents.Envelope;

/**
 * Reads the suite's public topics ({@code followups-due}, {@code notification-events}) from the beginning, in
 * its own consumer group, and keeps every CloudEvent it sees, so scenarios can check what went over Kafka.
 */
final class KafkaWatch implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<Envelope<Object>> events = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    KafkaWatch(String bootstrap) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "system-test-watch-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                // The topics appear when the services first write to them: notice that quickly.
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, "1000"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.FOLLOWUPS_DUE, Topics.NOTIFICATION_EVENTS));
        thread = new Thread(this::run, "system-test-kafka-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    try {
                        events.add(TactfulEvents.parse(record));
                    } catch (InvalidCloudEventException e) {
                        // Not a contract event; the DLQ tests of the services cover those.
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /** Distinct CloudEvent ids of the FollowUpDue events for the follow-up (a re-publish keeps its id). */
    Set<String> dueEventIds(String followUpId) {
        return events.stream().filter(e -> e.data() instanceof FollowUpDue d && d.followUpId().toString().equals(followUpId))
                .map(e -> e.attributes().id()).collect(Collectors.toSet());
    }

    /** Distinct CloudEvent ids of the NotificationDelivered events for the follow-up. */
    Set<String> deliveredEventIds(String followUpId) {
        return events.stream()
                .filter(e -> e.data() instanceof NotificationDelivered d && d.followUpId().toString().equals(followUpId))
                .map(e -> e.attributes().id()).collect(Collectors.toSet());
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
    }
}
