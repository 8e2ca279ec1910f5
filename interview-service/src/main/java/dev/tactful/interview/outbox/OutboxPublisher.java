package dev.tactful.interview.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Identifier;

import dev.tactful.events.EventType;
import dev.tactful.events.Topics;
import dev.tactful.events.cloudevents.EventJson;
import dev.tactful.events.cloudevents.TactfulEvents;

/**
 * Sends outbox rows to {@code interview-events} with a plain {@link KafkaProducer} and waits for the broker's
 * acknowledgement of each.
 *
 * <p>Why not a SmallRye {@code Emitter}: the relay needs a synchronous "the broker has it" per row before it
 * marks the row published, bounded timeouts while the broker is away, and a channel that survives failures.
 * An emitter channel can be left terminated by a failed message, and its buffering/back-pressure would sit
 * between the ack and the row. A dedicated producer gives all of that directly: {@code acks=all},
 * idempotence, {@code max.block.ms}/{@code delivery.timeout.ms} bounding every wait, and a fresh producer after
 * any failure (so a broker that lost its state, or a fenced producer, cannot wedge the relay).
 * Bootstrap servers and any other {@code kafka.*} settings come from Quarkus' {@code default-kafka-broker}.
 */
@ApplicationScoped
public class OutboxPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "tactful.outbox.kafka.max-block", defaultValue = "PT3S")
    Duration maxBlock;

    @ConfigProperty(name = "tactful.outbox.kafka.request-timeout", defaultValue = "PT5S")
    Duration requestTimeout;

    @ConfigProperty(name = "tactful.outbox.kafka.delivery-timeout", defaultValue = "PT10S")
    Duration deliveryTimeout;

    private KafkaProducer<String, byte[]> producer;

    /** One outbox row as it goes to Kafka. */
    public record Outgoing(UUID id, UUID aggregateId, String type, String source, java.time.Instant time, String payload) {
    }

    /**
     * Publishes one event and returns once the broker acknowledged it (all in-sync replicas).
     *
     * @throws Exception whatever kept it from being acknowledged within the configured timeouts
     */
    public synchronized RecordMetadata publish(Outgoing row) throws Exception {
        EventType type = EventType.ofType(row.type())
                .orElseThrow(() -> new IllegalStateException("Outbox row " + row.id() + " has unknown type " + row.type()));
        // Parsing the stored payload both checks it and gives TactfulEvents the record it derives the type from.
        Object payload = EventJson.fromJson(row.payload(), type.payload());
        Headers headers = TactfulEvents.headers(row.id().toString(), row.source(), payload, row.time(), row.aggregateId());
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.INTERVIEW_EVENTS, null,
                row.aggregateId().toString(), row.payload().getBytes(StandardCharsets.UTF_8), headers);
        try {
            // send() itself may block up to max.block.ms for metadata; get() is bounded by delivery.timeout.ms.
            return producer().send(record).get(deliveryTimeout.toMillis() + maxBlock.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            reset();
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException | RuntimeException | InterruptedException e) {
            reset();
            throw e;
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Map<String, Object> config = new HashMap<>(kafkaConfig);
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) maxBlock.toMillis());
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) requestTimeout.toMillis());
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) deliveryTimeout.toMillis());
            config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "interview-service-outbox");
            producer = new KafkaProducer<>(config);
        }
        return producer;
    }

    /** Drops the producer after a failure; the next publish starts a fresh one. */
    private void reset() {
        if (producer != null) {
            try {
                producer.close(Duration.ZERO);
            } catch (RuntimeException e) {
                LOG.debug("Closing the failed outbox producer", e);
            }
            producer = null;
        }
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
            producer = null;
        }
    }
}
