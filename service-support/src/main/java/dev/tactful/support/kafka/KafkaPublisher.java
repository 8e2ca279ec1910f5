package dev.tactful.support.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Publishes batches of records and reports, per record, whether the broker acknowledged it (all in-sync replicas,
 * idempotent producer). Every Tactful producer is one of these, built by {@link KafkaPublishers} from the Kafka
 * connector's configuration, so {@code kafka.*} settings (SASL, TLS, client id) apply to all of them.
 *
 * <p>Why not a messaging {@code Emitter}: a relay must know "the broker has it" per row before it marks the row,
 * with bounded waits while the broker is away. A failed send can leave an emitter's channel terminated, and its
 * buffer sits between the ack and the row. After a failure that is the broker's (not the record's), the producer is
 * closed and the next batch starts a fresh one, so a broker that lost its state or a fenced producer cannot wedge
 * a relay.
 */
public final class KafkaPublisher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KafkaPublisher.class);

    /** The broker, not a record, is the problem: nothing of the batch may be marked, try again later. */
    public static final class BrokerUnavailableException extends RuntimeException {
        BrokerUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Map<String, Object> config;
    private final Duration ackTimeout;
    private Producer<String, byte[]> producer;

    KafkaPublisher(Map<String, Object> connectorConfig, String clientId, ProducerTuning tuning) {
        Map<String, Object> c = new HashMap<>(connectorConfig);
        c.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        c.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        // Contract: every write is acknowledged by all in-sync replicas, and retries never duplicate or reorder.
        c.put(ProducerConfig.ACKS_CONFIG, "all");
        c.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        c.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        c.put(ProducerConfig.LINGER_MS_CONFIG, tuning.lingerMs());
        c.put(ProducerConfig.BATCH_SIZE_CONFIG, tuning.batchBytes());
        c.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) tuning.maxBlock().toMillis());
        c.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) tuning.requestTimeout().toMillis());
        c.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) tuning.deliveryTimeout().toMillis());
        c.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        this.config = c;
        this.ackTimeout = tuning.deliveryTimeout().plus(tuning.maxBlock());
    }

    /** The producer configuration as used (for tests: the connector's kafka.* settings must be in it). */
    public Map<String, Object> config() {
        return Map.copyOf(config);
    }

    /**
     * Sends every record, then waits for every acknowledgement.
     *
     * @return per record, in order: {@code null} when acknowledged, otherwise the error the broker gave for that
     *         record alone (e.g. too large): trying that record again will not help
     * @throws BrokerUnavailableException when the broker is away or timed out: no record may count as published
     */
    public synchronized List<Throwable> publish(List<ProducerRecord<String, byte[]>> records) {
        List<CompletableFuture<Void>> acks = new ArrayList<>(records.size());
        Producer<String, byte[]> p = producer();
        for (ProducerRecord<String, byte[]> record : records) {
            CompletableFuture<Void> ack = new CompletableFuture<>();
            try {
                p.send(record, (metadata, error) -> {
                    if (error != null) {
                        ack.completeExceptionally(error);
                    } else {
                        ack.complete(null);
                    }
                });
            } catch (RuntimeException e) {
                ack.completeExceptionally(e);
            }
            acks.add(ack);
            if (ack.isCompletedExceptionally() && brokerTrouble(cause(ack))) {
                // Failed before reaching the network (no metadata: the broker is down). Stop here instead of
                // blocking max.block.ms once per remaining record.
                break;
            }
        }
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reset();
            throw new BrokerUnavailableException("interrupted while waiting for acknowledgements", e);
        } catch (TimeoutException e) {
            reset();
            throw new BrokerUnavailableException("no acknowledgement within " + ackTimeout, e);
        } catch (ExecutionException e) {
            // Looked at per record below.
        }
        List<Throwable> results = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            if (i >= acks.size()) {
                reset();
                throw new BrokerUnavailableException("the producer could not send", cause(acks.get(acks.size() - 1)));
            }
            Throwable error = cause(acks.get(i));
            if (error != null && brokerTrouble(error)) {
                reset();
                throw new BrokerUnavailableException(error.toString(), error);
            }
            results.add(error);
        }
        return results;
    }

    private static Throwable cause(CompletableFuture<Void> ack) {
        if (!ack.isCompletedExceptionally()) {
            return null;
        }
        try {
            ack.join();
            return null;
        } catch (java.util.concurrent.CompletionException e) {
            return e.getCause() == null ? e : e.getCause();
        } catch (java.util.concurrent.CancellationException e) {
            return e;
        }
    }

    /** Errors of the broker, the connection or the producer rather than of one record. */
    static boolean brokerTrouble(Throwable error) {
        if (error instanceof RetriableException || error instanceof AuthenticationException
                || error instanceof AuthorizationException) {
            return true;
        }
        // Too large, invalid, unserialisable: this record's own problem, so only this row fails.
        return !(error instanceof SerializationException || error instanceof ApiException);
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(config);
        }
        return producer;
    }

    private void reset() {
        if (producer != null) {
            try {
                producer.close(Duration.ZERO);
            } catch (RuntimeException e) {
                LOG.debug("Closing a failed producer", e);
            }
            producer = null;
        }
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
