package dev.tactful.load;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tactful.events.Topics;

/**
 * Poison records on each consumed topic, spread over every partition: random bytes, JSON of the wrong shape
 * under valid CloudEvents headers, missing or wrong {@code ce_*} headers, a record of about 1 MB. Each carries a
 * marker header, so the watch can tell that it reached {@code <topic>-dlq}. Then, on every partition, a valid
 * event (a copy of a real one under a new id) that must still be processed: consumption did not stall.
 */
final class Poison {

    record Result(String topic, int sent, int inDlq, List<String> missing, int validSent, int validProcessed) {
    }

    private final LocalSuite suite;
    private final TopicWatch watch;
    private final Random random = new Random(7);

    Poison(LocalSuite suite, TopicWatch watch) {
        this.suite = suite;
        this.watch = watch;
    }

    Result run(String topic, int count, Duration timeout) {
        TopicWatch.Sample sample = watch.samples.get(topic).get();
        if (sample == null) {
            throw new IllegalStateException("No record seen on " + topic + " yet to copy a valid event from");
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> markers = new ArrayList<>();
        List<String> validIds = new ArrayList<>();
        Map<String, String> candidates = new HashMap<>();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (int i = 0; i < count; i++) {
                String marker = topic + "-" + run + "-" + i;
                markers.add(marker);
                ProducerRecord<String, byte[]> record = poison(topic, i, sample);
                record.headers().add(TopicWatch.POISON_HEADER, marker.getBytes(StandardCharsets.UTF_8));
                producer.send(record);
            }
            for (int partition = 0; partition < 3; partition++) {
                ValidCopy copy = validCopy(topic, sample, partition);
                validIds.add(copy.id);
                candidates.put(copy.id, copy.candidateId);
                producer.send(copy.record);
            }
            producer.flush();
        }
        Await.until(timeout, Duration.ofMillis(500), () -> markers.stream().allMatch(watch.poisonInDlq::contains));
        List<String> processed = new ArrayList<>();
        Await.until(timeout, Duration.ofSeconds(1), () -> {
            processed.clear();
            for (String id : validIds) {
                if (processed(topic, id, candidates.get(id))) {
                    processed.add(id);
                }
            }
            return processed.size() == validIds.size();
        });
        List<String> missing = markers.stream().filter(m -> !watch.poisonInDlq.contains(m)).toList();
        return new Result(topic, count, count - missing.size(), missing, validIds.size(), processed.size());
    }

    private ProducerRecord<String, byte[]> poison(String topic, int i, TopicWatch.Sample sample) {
        String key = UUID.randomUUID().toString();
        int partition = i % 3;
        List<Header> headers = new ArrayList<>(sample.headers());
        byte[] value;
        switch (i % 6) {
            case 0 -> {
                value = new byte[1 + random.nextInt(2000)];
                random.nextBytes(value);
            }
            case 1 -> value = "{\"followUpId\": 42, \"shape\": [\"wrong\"]}".getBytes(StandardCharsets.UTF_8);
            case 2 -> {
                headers.clear();
                value = sample.value();
            }
            case 3 -> {
                headers.removeIf(h -> h.key().equals("ce_type"));
                headers.add(new RecordHeader("ce_type", "tactful.no.such.type.v9".getBytes(StandardCharsets.UTF_8)));
                value = sample.value();
            }
            case 4 -> {
                headers.removeIf(h -> h.key().equals("ce_specversion"));
                headers.add(new RecordHeader("ce_specversion", "0.3".getBytes(StandardCharsets.UTF_8)));
                value = new byte[0];
            }
            default -> {
                // About 1 MB, under the broker's default limit so it is the consumer, not the broker, that decides.
                value = ("{\"padding\":\"" + "x".repeat(1_000_000) + "\"}").getBytes(StandardCharsets.UTF_8);
            }
        }
        return new ProducerRecord<>(topic, partition, key, value, headers);
    }

    private record ValidCopy(String id, String candidateId, ProducerRecord<String, byte[]> record) {
    }

    /** The sample under a new id: a new interview (interview-events) or a new follow-up (followups-due). */
    private ValidCopy validCopy(String topic, TopicWatch.Sample sample, int partition) {
        ObjectNode data = (ObjectNode) Http.json(new String(sample.value(), StandardCharsets.UTF_8));
        String interviewId = data.path("interviewId").asText();
        String id = UUID.randomUUID().toString();
        String ceId = UUID.randomUUID().toString();
        if (Topics.INTERVIEW_EVENTS.equals(topic)) {
            data.put("interviewId", id);
            interviewId = id;
        } else {
            data.put("followUpId", id);
            ceId = id;
        }
        List<Header> headers = new ArrayList<>();
        for (Header h : sample.headers()) {
            if (h.key().equals("ce_id")) {
                headers.add(new RecordHeader("ce_id", ceId.getBytes(StandardCharsets.UTF_8)));
            } else if (h.key().equals("ce_subject")) {
                headers.add(new RecordHeader("ce_subject", interviewId.getBytes(StandardCharsets.UTF_8)));
            } else {
                headers.add(h);
            }
        }
        return new ValidCopy(id, data.path("candidateId").asText(), new ProducerRecord<>(topic, partition, interviewId,
                data.toString().getBytes(StandardCharsets.UTF_8), headers));
    }

    private boolean processed(String topic, String id, String candidateId) {
        if (Topics.INTERVIEW_EVENTS.equals(topic)) {
            return Http.send(Http.request(suite.planner.baseUrl() + "/api/v1/plans/" + id, candidateId).GET().build())
                    .thenApply(r -> r.statusCode() == 200).exceptionally(e -> false).join();
        }
        return watch.notificationEvents.containsKey(id);
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.infra.kafkaBootstrap,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(2 * 1024 * 1024),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }
}
