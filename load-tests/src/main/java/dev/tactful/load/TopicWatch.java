package dev.tactful.load;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import dev.tactful.events.NotificationDelivered;
import dev.tactful.events.NotificationFailed;
import dev.tactful.events.NotificationHeld;
import dev.tactful.events.Topics;
import dev.tactful.events.cloudevents.TactfulEvents;

/**
 * Reads every public topic and the dead-letter topics from the beginning, keeping only what the phases count: when
 * each interview first reached {@code interview-events}, the notification events per follow-up, one sample record
 * of each consumed topic, and the poison markers seen on the DLQs.
 *
 * <p>Its partitions are assigned, not subscribed in a consumer group: a group that commits nothing is rebalanced
 * when the broker restarts (the chaos phase does), and every partition it gets back starts again from the
 * beginning ({@code auto.offset.reset=earliest}), so every record read so far would be read a second time and
 * counted as if the relay had re-published it. Records are also remembered by partition and offset, so a record
 * read twice (whatever the reason) is counted in {@link #reread} and never as a second event: a repeat in
 * {@link #notificationEvents} is a new record on the topic.
 */
final class TopicWatch implements AutoCloseable {

    static final String POISON_HEADER = "x-load-poison";

    /** A record as it was on the topic, to send a valid copy of later. */
    record Sample(String key, List<Header> headers, byte[] value) {
    }

    final Map<String, Long> interviewFirstSeenMillis = new ConcurrentHashMap<>();
    /** followUpId -> "type ce_id" of each notification event record (one entry per record, so a repeat shows). */
    final Map<String, List<String>> notificationEvents = new ConcurrentHashMap<>();
    final Map<String, Set<String>> dueEventIds = new ConcurrentHashMap<>();
    final Set<String> poisonInDlq = ConcurrentHashMap.newKeySet();
    final Map<String, AtomicReference<Sample>> samples = Map.of(Topics.INTERVIEW_EVENTS, new AtomicReference<>(),
            Topics.FOLLOWUPS_DUE, new AtomicReference<>());
    final List<String> unreadable = new CopyOnWriteArrayList<>();
    /** Records read a second time at the same partition and offset (the watch's own repeat, ignored). */
    final AtomicInteger reread = new AtomicInteger();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    TopicWatch(String bootstrap) {
        // No group.id: nothing to rebalance, nothing committed; positions live in this consumer only.
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(4 * 1024 * 1024)),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TOPICS) {
            partitions.addAll(partitions(topic));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread = new Thread(this::run, "load-topic-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    see(record);
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /** Every topic the harness counts; all exist before the services start (InfraMain creates them). */
    static final List<String> TOPICS = List.of(Topics.INTERVIEW_EVENTS, Topics.FOLLOWUPS_DUE, Topics.NOTIFICATION_EVENTS,
            Topics.dlq(Topics.INTERVIEW_EVENTS), Topics.dlq(Topics.FOLLOWUPS_DUE));

    private List<TopicPartition> partitions(String topic) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Topic " + topic + " has no partitions");
            }
        }
    }

    private void see(ConsumerRecord<String, byte[]> record) {
        if (!seen.add(record.topic() + "-" + record.partition() + "@" + record.offset())) {
            reread.incrementAndGet();
            return;
        }
        Header poison = record.headers().lastHeader(POISON_HEADER);
        if (record.topic().endsWith("-dlq")) {
            if (poison != null) {
                poisonInDlq.add(new String(poison.value(), StandardCharsets.UTF_8));
            }
            return;
        }
        if (poison != null) {
            return;
        }
        try {
            switch (record.topic()) {
                case Topics.INTERVIEW_EVENTS -> {
                    interviewFirstSeenMillis.putIfAbsent(record.key(), record.timestamp());
                    sample(record);
                }
                case Topics.FOLLOWUPS_DUE -> {
                    var envelope = TactfulEvents.parse(record);
                    if (envelope.data() instanceof dev.tactful.events.FollowUpDue due) {
                        dueEventIds.computeIfAbsent(due.followUpId().toString(), k -> ConcurrentHashMap.newKeySet())
                                .add(envelope.attributes().id());
                        sample(record);
                    }
                }
                case Topics.NOTIFICATION_EVENTS -> {
                    var envelope = TactfulEvents.parse(record);
                    Object data = envelope.data();
                    String followUp = data instanceof NotificationDelivered d ? d.followUpId().toString()
                            : data instanceof NotificationHeld h ? h.followUpId().toString()
                            : data instanceof NotificationFailed f ? f.followUpId().toString() : null;
                    if (followUp != null) {
                        notificationEvents.computeIfAbsent(followUp, k -> new CopyOnWriteArrayList<>())
                                .add(data.getClass().getSimpleName() + " " + envelope.attributes().id());
                    }
                }
                default -> {
                }
            }
        } catch (RuntimeException e) {
            unreadable.add(record.topic() + "@" + record.partition() + ":" + record.offset() + " " + e);
        }
    }

    private void sample(ConsumerRecord<String, byte[]> record) {
        samples.get(record.topic()).compareAndSet(null,
                new Sample(record.key(), List.of(record.headers().toArray()), record.value()));
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
    }
}
