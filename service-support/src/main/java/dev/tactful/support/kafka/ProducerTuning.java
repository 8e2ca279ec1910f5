package dev.tactful.support.kafka;

import java.time.Duration;

/**
 * Bounds and batching of one producer. The waits are short so that a relay notices an absent broker within
 * seconds and backs off, instead of holding its rows locked for minutes.
 */
public record ProducerTuning(int lingerMs, int batchBytes, Duration maxBlock, Duration requestTimeout, Duration deliveryTimeout) {

    public ProducerTuning {
        if (deliveryTimeout.compareTo(requestTimeout.plusMillis(lingerMs)) < 0) {
            throw new IllegalArgumentException("delivery timeout must be at least request timeout plus linger (a Kafka rule)");
        }
    }
}
