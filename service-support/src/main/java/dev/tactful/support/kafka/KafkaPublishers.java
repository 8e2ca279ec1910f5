package dev.tactful.support.kafka;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.common.annotation.Identifier;

/**
 * Builds every producer from the Kafka connector's {@code default-kafka-broker} configuration: bootstrap servers
 * and whatever else is set under {@code kafka.*} (security protocol, SASL, TLS) reach every producer, not only
 * the connector's channels. Closes them at shutdown.
 */
@ApplicationScoped
public class KafkaPublishers {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private final List<KafkaPublisher> created = new CopyOnWriteArrayList<>();

    public KafkaPublisher create(String clientId, ProducerTuning tuning) {
        KafkaPublisher p = new KafkaPublisher(kafkaConfig, clientId, tuning);
        created.add(p);
        return p;
    }

    /** For code outside CDI (benchmarks): the same rules on an explicit configuration. */
    public static KafkaPublisher create(Map<String, Object> kafkaConfig, String clientId, ProducerTuning tuning) {
        return new KafkaPublisher(kafkaConfig, clientId, tuning);
    }

    @PreDestroy
    void closeAll() {
        created.forEach(KafkaPublisher::close);
    }
}
