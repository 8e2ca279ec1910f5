package dev.tactful.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

/** Every producer gets the connector's kafka.* settings, and the contract's settings cannot be weakened by them. */
class KafkaPublisherConfigTest {

    private static final ProducerTuning TUNING = new ProducerTuning(5, 65_536, Duration.ofSeconds(2), Duration.ofSeconds(3),
            Duration.ofSeconds(10));

    @Test
    void connectorSettingsSuchAsSaslAndTlsReachTheProducer() {
        Map<String, Object> connector = Map.of("bootstrap.servers", "broker:9093", "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512", "ssl.truststore.location", "/etc/kafka/trust.p12");
        Map<String, Object> config = KafkaPublishers.create(connector, "planner-firer", TUNING).config();

        assertThat(config).containsEntry("bootstrap.servers", "broker:9093").containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512").containsEntry("ssl.truststore.location", "/etc/kafka/trust.p12")
                .containsEntry("client.id", "planner-firer").containsEntry("linger.ms", 5).containsEntry("delivery.timeout.ms", 10_000);
    }

    @Test
    void acksAndIdempotenceAreAlwaysTheContractsEvenIfConfiguredOtherwise() {
        Map<String, Object> connector = Map.of("bootstrap.servers", "b:1", "acks", "1", "enable.idempotence", "false",
                "client.id", "ops-chosen-id");
        Map<String, Object> config = KafkaPublishers.create(connector, "relay", TUNING).config();

        assertThat(config).containsEntry("acks", "all").containsEntry("enable.idempotence", true)
                // An operator's client id (quotas, ACLs) is kept.
                .containsEntry("client.id", "ops-chosen-id");
    }

    @Test
    void brokerTroubleIsTellingApartFromARecordsOwnProblem() {
        assertThat(KafkaPublisher.brokerTrouble(new NotLeaderOrFollowerException("moving"))).isTrue();
        assertThat(KafkaPublisher.brokerTrouble(new org.apache.kafka.common.errors.TimeoutException("no metadata"))).isTrue();
        assertThat(KafkaPublisher.brokerTrouble(new TopicAuthorizationException("denied"))).isTrue();
        assertThat(KafkaPublisher.brokerTrouble(new IllegalStateException("producer closed"))).isTrue();
        assertThat(KafkaPublisher.brokerTrouble(new RecordTooLargeException("1 MB"))).isFalse();
        assertThat(KafkaPublisher.brokerTrouble(new SerializationException("bad"))).isFalse();
    }

    @Test
    void aDeliveryTimeoutShorterThanTheRequestTimeoutIsRefused() {
        assertThatThrownBy(() -> new ProducerTuning(0, 1, Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
