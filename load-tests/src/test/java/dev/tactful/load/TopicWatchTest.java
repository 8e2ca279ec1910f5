package dev.tactful.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tactful.events.Channel;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.EventType;
import dev.tactful.events.FollowUpKind;
import dev.tactful.events.NotificationDelivered;
import dev.tactful.events.cloudevents.CloudEventAttributes;
import dev.tactful.events.cloudevents.CloudEventHeaders;
import dev.tactful.events.cloudevents.EventJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The watch must count what is on the topic, not what it happened to read twice. The chaos phase restarts the
 * broker; a watch in a consumer group that commits nothing was rebalanced then and read every partition again from
 * the beginning, so every notification event announced before it looked re-published with the same ce_id (72 of 72
 * in one run). Needs only the infrastructure process, not the services.
 */
class TopicWatchTest {

    @TempDir
    Path work;

    @Test
    void aBrokerRestartDoesNotMakeTheWatchReadEventsTwice() throws Exception {
        try (InfraProcess infra = new InfraProcess(prepared(work), Duration.ofMinutes(3));
                TopicWatch watch = new TopicWatch(infra.kafkaBootstrap);
                KafkaProducer<String, byte[]> producer = producer(infra.kafkaBootstrap)) {
            List<UUID> before = send(producer, 30);
            Await.until(Duration.ofSeconds(60), Duration.ofMillis(100),
                    () -> before.stream().allMatch(id -> watch.notificationEvents.containsKey(id.toString())));

            infra.restartKafka();
            List<UUID> after = send(producer, 30);
            Await.until(Duration.ofSeconds(90), Duration.ofMillis(100),
                    () -> after.stream().allMatch(id -> watch.notificationEvents.containsKey(id.toString())));
            // Long enough for a rejoin after the restart (and the re-read it used to cause) to have happened:
            // nothing may be read twice during it.
            assertThat(Await.holds(Duration.ofSeconds(15), Duration.ofMillis(500), () -> watch.reread.get() == 0
                    && watch.notificationEvents.values().stream().allMatch(records -> records.size() == 1)))
                    .as("no record read twice for 15 s after the restart").isTrue();

            assertThat(watch.notificationEvents).hasSize(60);
            assertThat(watch.notificationEvents.values()).as("notification records per follow-up")
                    .allSatisfy(records -> assertThat(records).hasSize(1));
            assertThat(watch.reread.get()).as("records read again at an offset already read").isZero();
        }
    }

    private static Path prepared(Path dir) throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("logs"));
        return dir;
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    /** {@code n} NotificationDelivered events, one per new follow-up, as the notifier's relay writes them. */
    private static List<UUID> send(KafkaProducer<String, byte[]> producer, int n) throws Exception {
        List<UUID> followUps = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID followUp = UUID.randomUUID();
            UUID interview = UUID.randomUUID();
            NotificationDelivered event = new NotificationDelivered(UUID.randomUUID(), followUp, interview, "candidate-1",
                    FollowUpKind.values()[0], Channel.values()[0], DeliveryMode.values()[0], "someone@example.com",
                    "<followup-" + followUp + "@tactful.dev>", 1, Instant.now());
            EventType type = EventType.of(NotificationDelivered.class);
            var headers = CloudEventHeaders.write(new RecordHeaders(), CloudEventAttributes.json(UUID.randomUUID().toString(),
                    "/tactful/notifier-service", type.type(), Instant.now(), interview.toString()));
            producer.send(new ProducerRecord<>(type.topic(), null, interview.toString(),
                    EventJson.toJson(event).getBytes(StandardCharsets.UTF_8), headers)).get(60, TimeUnit.SECONDS);
            followUps.add(followUp);
        }
        return followUps;
    }
}
