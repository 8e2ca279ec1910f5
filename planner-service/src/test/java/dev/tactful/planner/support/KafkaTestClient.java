package dev.tactful.planner.support;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import dev.tactful.events.Topics;
import dev.tactful.events.cloudevents.EventJson;
import dev.tactful.events.cloudevents.TactfulEvents;
import dev.tactful.infra.TactfulInfra;
import dev.tactful.infra.TopicRecords;

/** Produces to and reads from the real embedded broker the way other services and the notifier do. */
public final class KafkaTestClient {

    public static final String INTERVIEW_SOURCE = "/tactful/interview-service";

    private KafkaTestClient() {
    }

    public static String bootstrap() {
        return TactfulInfra.get().kafkaBootstrap();
    }

    /** Topics exist before anyone assigns partitions; auto-creation would race the readers. */
    public static void ensureTopics(String... topics) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        try (Admin admin = Admin.create(props)) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException(e);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    public static void ensureContractTopics() {
        ensureTopics(Topics.INTERVIEW_EVENTS, Topics.dlq(Topics.INTERVIEW_EVENTS), Topics.FOLLOWUPS_DUE);
    }

    /** Publishes an interview event exactly as the interview-service's relay does. */
    public static void publish(String ceId, Object payload, UUID interviewId) {
        Headers headers = TactfulEvents.headers(ceId, INTERVIEW_SOURCE, payload, Instant.now(), interviewId);
        send(new ProducerRecord<>(Topics.INTERVIEW_EVENTS, null, interviewId.toString(), EventJson.toBytes(payload), headers));
    }

    public static final String INBOX_SOURCE = "/tactful/inbox-service";

    /** Publishes an inbox event exactly as inbox-service's relay does. */
    public static void publishInbox(String ceId, Object payload, UUID interviewId) {
        Headers headers = TactfulEvents.headers(ceId, INBOX_SOURCE, payload, Instant.now(), interviewId);
        send(new ProducerRecord<>(Topics.INBOX_EVENTS, null, interviewId.toString(), EventJson.toBytes(payload), headers));
    }

    public static void publishRawInbox(String key, byte[] value, Map<String, String> headers) {
        RecordHeaders h = new RecordHeaders();
        headers.forEach((k, v) -> h.add(k, v.getBytes(StandardCharsets.UTF_8)));
        send(new ProducerRecord<>(Topics.INBOX_EVENTS, null, key, value, h));
    }

    /** Publishes an erasure as interview-service's relay does: keyed, and subjected, by the candidate id. */
    public static void publishErasure(dev.tactful.events.CandidateErased erased) {
        Headers headers = dev.tactful.events.cloudevents.CloudEventHeaders.write(new RecordHeaders(),
                dev.tactful.events.cloudevents.CloudEventAttributes.json(erased.erasureId().toString(), INTERVIEW_SOURCE,
                        "tactful.candidate.erased.v1", erased.erasedAt(), erased.candidateId()));
        send(new ProducerRecord<>(Topics.INTERVIEW_EVENTS, null, erased.candidateId(), EventJson.toBytes(erased), headers));
    }

    public static void publishRaw(String key, byte[] value, Map<String, String> headers) {
        RecordHeaders h = new RecordHeaders();
        headers.forEach((k, v) -> h.add(k, v.getBytes(StandardCharsets.UTF_8)));
        send(new ProducerRecord<>(Topics.INTERVIEW_EVENTS, null, key, value, h));
    }

    private static void send(ProducerRecord<String, byte[]> record) {
        TopicRecords.send(record);
    }

    /** Reads a whole topic from the beginning, keeping what it saw, until {@code done} holds for the records kept. */
    public static List<ConsumerRecord<String, byte[]>> readUntil(String topic, Predicate<ConsumerRecord<String, byte[]>> filter,
            Predicate<List<ConsumerRecord<String, byte[]>>> done, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> kept = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (filter.test(r)) {
                        kept.add(r);
                    }
                }
                return done.test(kept);
            });
        }
        return kept;
    }

    /** Reads everything currently in the topic (up to the end offsets at call time) that passes the filter. */
    public static List<ConsumerRecord<String, byte[]>> readAll(String topic, Predicate<ConsumerRecord<String, byte[]>> filter) {
        return TopicRecords.readToEnd(topic).stream().filter(filter).toList();
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        return TopicRecords.header(record, name);
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(props);
    }
}
