package dev.tactful.support.consume;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.tactful.events.Topics;
import dev.tactful.events.deadletter.DeadLetterHeaders;
import dev.tactful.support.kafka.KafkaPublisher;
import dev.tactful.support.kafka.KafkaPublishers;
import dev.tactful.support.kafka.ProducerTuning;
import dev.tactful.support.time.MachineTime;

/**
 * Writes a record that can never be processed to {@code <topic>-dlq}: same key and value, every original header, plus
 * the {@link DeadLetterHeaders} (reason code, detail, where it came from, who gave up, when). Uses a plain producer
 * built like every other Tactful producer (acks=all, idempotent, the connector's {@code kafka.*} security settings),
 * so the caller knows per record that the broker has it before the source record is acknowledged.
 */
@ApplicationScoped
public class DeadLetters {

    @Inject
    KafkaPublishers publishers;

    @Inject
    @MachineTime
    Clock clock;

    @ConfigProperty(name = "quarkus.application.name", defaultValue = "tactful")
    String application;

    /** Created on the first dead letter; {@link KafkaPublishers} closes it at shutdown. */
    private volatile KafkaPublisher publisher;

    /** The outcome of one write: {@code null} when the broker has it, else the error the broker gave for this record. */
    public Throwable write(ConsumerRecord<String, byte[]> record, DeadLetterReason reason, Throwable error) {
        return publisher().publish(List.of(deadLetter(record, reason, Failures.describe(error)))).get(0);
    }

    ProducerRecord<String, byte[]> deadLetter(ConsumerRecord<String, byte[]> record, DeadLetterReason reason, String detail) {
        Headers headers = DeadLetterHeaders.withoutDeadLetterHeaders(record.headers());
        put(headers, DeadLetterHeaders.REASON, reason.code());
        put(headers, DeadLetterHeaders.DETAIL, detail);
        put(headers, DeadLetterHeaders.TOPIC, record.topic());
        put(headers, DeadLetterHeaders.PARTITION, Integer.toString(record.partition()));
        put(headers, DeadLetterHeaders.OFFSET, Long.toString(record.offset()));
        put(headers, DeadLetterHeaders.CONSUMER, application);
        put(headers, DeadLetterHeaders.AT, clock.instant().toString());
        // Partitioned by key like the source topic, so a replay keeps the order of one interview's records.
        return new ProducerRecord<>(Topics.dlq(record.topic()), null, record.key(), record.value(), headers);
    }

    private static void put(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private KafkaPublisher publisher() {
        KafkaPublisher p = publisher;
        if (p == null) {
            synchronized (this) {
                if (publisher == null) {
                    publisher = publishers.create(application + "-dlq", new ProducerTuning(0, 16_384,
                            Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(15)));
                }
                p = publisher;
            }
        }
        return p;
    }
}
