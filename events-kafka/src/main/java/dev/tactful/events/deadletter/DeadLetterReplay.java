package dev.tactful.events.deadletter;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Puts the records of {@code <topic>-dlq} back on {@code <topic>}, once the cause is fixed: same key (so the same
 * partition, after the events the record originally followed), same value, the original headers without the
 * dead-letter ones. Consumers drop an event id they already applied, so replaying a record twice is harmless.
 *
 * <p>Progress is kept as the offsets of a consumer group ({@code tactful-dlq-replay} by default) on the DLQ, committed
 * only after the broker acknowledged the republished records: a second run replays only what was dead-lettered since,
 * and an interrupted run repeats at most its last batch. It reads up to the end offsets it found on start, so records
 * that go to the DLQ again while it runs wait for the next run instead of looping.
 *
 * <pre>
 * DeadLetterReplay --bootstrap-server HOST:PORT --topic interview-events [--command-config client.properties]
 *                  [--group ID] [--from-beginning] [--dry-run]
 * </pre>
 */
public final class DeadLetterReplay {

    public static final String DEFAULT_GROUP = "tactful-dlq-replay";

    /** What to replay and how. {@code clientConfig} holds bootstrap servers and any security settings (SASL, TLS). */
    public record Options(Map<String, Object> clientConfig, String topic, String group, boolean fromBeginning, boolean dryRun) {
    }

    /** One DLQ record seen, and whether it was put back. */
    public record Replayed(int partition, long offset, String key, String reason, String ceType, String ceId, boolean published) {
        String line() {
            return String.format("partition %d offset %d  reason=%s type=%s id=%s  %s", partition, offset, reason,
                    ceType, ceId, published ? "replayed" : "not replayed (dry run)");
        }
    }

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration GIVE_UP = Duration.ofMinutes(2);

    private DeadLetterReplay() {
    }

    public static List<Replayed> replay(Options options, PrintStream out) {
        String dlq = options.topic() + "-dlq";
        List<Replayed> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer(options);
                KafkaProducer<String, byte[]> producer = options.dryRun() ? null : producer(options)) {
            List<TopicPartition> partitions = consumer.partitionsFor(dlq, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(dlq, p.partition())).toList();
            if (partitions.isEmpty()) {
                out.println("No topic " + dlq + ": nothing to replay");
                return seen;
            }
            consumer.assign(partitions);
            if (options.fromBeginning()) {
                consumer.seekToBeginning(partitions);
            }
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + GIVE_UP.toNanos();
            while (!reachedEnd(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + dlq + " to its end within " + GIVE_UP);
                }
                ConsumerRecords<String, byte[]> batch = consumer.poll(POLL);
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                List<Future<RecordMetadata>> acks = new ArrayList<>();
                for (ConsumerRecord<String, byte[]> r : batch) {
                    TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                    if (r.offset() >= end.get(tp)) {
                        continue; // dead-lettered after this run started: next run
                    }
                    Replayed replayed = new Replayed(r.partition(), r.offset(), r.key(),
                            DeadLetterHeaders.get(r.headers(), DeadLetterHeaders.REASON),
                            DeadLetterHeaders.get(r.headers(), "ce_type"), DeadLetterHeaders.get(r.headers(), "ce_id"),
                            producer != null);
                    if (producer != null) {
                        acks.add(producer.send(new ProducerRecord<>(options.topic(), null, r.key(), r.value(),
                                DeadLetterHeaders.withoutDeadLetterHeaders(r.headers()))));
                    }
                    seen.add(replayed);
                    out.println(replayed.line());
                    done.put(tp, new OffsetAndMetadata(r.offset() + 1));
                }
                if (producer != null && !done.isEmpty()) {
                    producer.flush();
                    for (Future<RecordMetadata> ack : acks) {
                        ack.get();
                    }
                    // Only now: the broker has every republished record of the batch.
                    consumer.commitSync(done);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Republishing to " + options.topic() + " failed; nothing of the last batch"
                    + " was committed, run again", e.getCause());
        }
        out.println((options.dryRun() ? "Would replay " : "Replayed ") + seen.size() + " record(s) from " + dlq + " to "
                + options.topic());
        return seen;
    }

    private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static KafkaConsumer<String, byte[]> consumer(Options options) {
        Map<String, Object> c = new HashMap<>(options.clientConfig());
        c.put(ConsumerConfig.GROUP_ID_CONFIG, options.group());
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
        // Reading must never create a DLQ that does not exist.
        c.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        return new KafkaConsumer<>(c, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static KafkaProducer<String, byte[]> producer(Options options) {
        Map<String, Object> p = new HashMap<>(options.clientConfig());
        // As every Tactful producer: acknowledged by all in-sync replicas, no duplicates from the producer's retries.
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // The DLQ may hold records up to the broker's limit plus the dead-letter headers.
        p.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2 * 1024 * 1024);
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    static final String USAGE = """
            Usage: DeadLetterReplay --bootstrap-server HOST:PORT --topic TOPIC [options]
            Puts the records of TOPIC-dlq back on TOPIC (same key, value and headers, without the dead-letter ones).
              --bootstrap-server HOST:PORT  Kafka brokers
              --topic TOPIC                 the source topic, e.g. interview-events or followups-due
              --command-config FILE         Kafka client properties (security.protocol, sasl.*, ssl.*)
              --group ID                    consumer group that remembers what was replayed (default tactful-dlq-replay)
              --from-beginning              replay the whole DLQ again, not only what the group has not replayed yet
              --dry-run                     list what would be replayed; publish and commit nothing
            """;

    public static void main(String[] args) throws IOException {
        Map<String, Object> config = new HashMap<>();
        String topic = null;
        String group = DEFAULT_GROUP;
        boolean fromBeginning = false;
        boolean dryRun = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--bootstrap-server" -> config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, value(args, ++i, a));
                case "--topic" -> topic = value(args, ++i, a);
                case "--group" -> group = value(args, ++i, a);
                case "--command-config" -> {
                    Properties props = new Properties();
                    try (InputStream in = Files.newInputStream(Path.of(value(args, ++i, a)))) {
                        props.load(in);
                    }
                    props.forEach((k, v) -> config.put((String) k, v));
                }
                case "--from-beginning" -> fromBeginning = true;
                case "--dry-run" -> dryRun = true;
                case "--help", "-h" -> {
                    System.out.print(USAGE);
                    return;
                }
                default -> usage("Unknown argument: " + a);
            }
        }
        if (topic == null || !config.containsKey(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG)) {
            usage("--bootstrap-server and --topic are required");
        }
        replay(new Options(config, topic, group, fromBeginning, dryRun), System.out);
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            usage(flag + " needs a value");
        }
        return args[i];
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.print(USAGE);
        System.exit(2);
    }
}
