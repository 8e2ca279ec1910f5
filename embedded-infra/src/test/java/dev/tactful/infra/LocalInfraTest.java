package dev.tactful.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalInfraTest {

    @TempDir
    Path dataDir;

    private LocalInfra.Options options(boolean reset) {
        return LocalInfra.Options.parse("--kafka-port", "" + Ports.free(), "--kafka-controller-port=" + Ports.free(),
                "--postgres-port", "" + Ports.free(), "--smtp-port", "" + Ports.free(), "--imap-port",
                "" + Ports.free(), "--data-dir", dataDir.toString());
    }

    @Test
    void dataSurvivesARestartAndResetWipesIt() throws Exception {
        LocalInfra.Options options = options(false);
        try (LocalInfra infra = LocalInfra.start(options)) {
            assertThat(infra.readyFile()).exists();
            assertThat(Files.readString(infra.readyFile())).contains(infra.kafkaBootstrap());
            try (Admin admin = admin(infra)) {
                Map<String, TopicDescription> topics = admin.describeTopics(List.of("interview-events",
                        "followups-due", "notification-events", "interview-events-dlq", "followups-due-dlq",
                        "notification-events-dlq")).allTopicNames().get(30, TimeUnit.SECONDS);
                assertThat(topics.get("followups-due").partitions()).hasSize(3);
                assertThat(topics.get("notification-events-dlq").partitions()).hasSize(1);
                // Personal data in the events: each topic states its retention, 7 days, instead of a broker default.
                var resources = topics.keySet().stream()
                        .map(t -> new org.apache.kafka.common.config.ConfigResource(
                                org.apache.kafka.common.config.ConfigResource.Type.TOPIC, t))
                        .toList();
                var configs = admin.describeConfigs(resources).all().get(30, TimeUnit.SECONDS);
                assertThat(configs).hasSize(6).allSatisfy((resource, config) -> {
                    assertThat(config.get("retention.ms").value()).as(resource.name()).isEqualTo("604800000");
                    assertThat(config.get("retention.ms").source()).as(resource.name())
                            .isEqualTo(org.apache.kafka.clients.admin.ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG);
                });
            }
            sql(infra, "interview", "CREATE TABLE kept (note text)", "INSERT INTO kept VALUES ('still here')");
            produce(infra, "interview-events", "iv-1", "first");
        }
        assertThat(dataDir.resolve(LocalInfra.READY_FILE)).doesNotExist();

        try (LocalInfra infra = LocalInfra.start(options)) {
            assertThat(query(infra, "interview", "SELECT note FROM kept")).isEqualTo("still here");
            assertThat(consumeAll(infra, "interview-events", 1)).containsExactly("iv-1=first");
        }

        LocalInfra.Options reset = LocalInfra.Options.parse("--kafka-port", "" + options.kafkaPort(),
                "--kafka-controller-port", "" + options.kafkaControllerPort(), "--postgres-port",
                "" + options.postgresPort(), "--smtp-port", "" + options.smtpPort(), "--imap-port",
                "" + options.imapPort(), "--data-dir", dataDir.toString(), "--reset");
        try (LocalInfra infra = LocalInfra.start(reset)) {
            assertThatThrownBy(() -> query(infra, "interview", "SELECT note FROM kept"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("kept");
            assertThat(query(infra, "planner", "SELECT current_database()")).isEqualTo("planner");
        }
    }

    @Test
    void optionsHaveDocumentedDefaultsAndRejectNonsense() {
        LocalInfra.Options d = LocalInfra.Options.parse();
        assertThat(List.of(d.kafkaPort(), d.postgresPort(), d.smtpPort(), d.imapPort()))
                .containsExactly(19092, 15432, 3025, 3143);
        assertThat(d.dataDir()).isEqualTo(Path.of(".tactful-data"));
        assertThat(d.reset()).isFalse();
        assertThat(LocalInfra.Options.parse("--list-mail", "a@x.org, b@y.org").listMail())
                .containsExactly("a@x.org", "b@y.org");
        assertThatThrownBy(() -> LocalInfra.Options.parse("--kafka-port", "99999"))
                .hasMessageContaining("--kafka-port");
        assertThatThrownBy(() -> LocalInfra.Options.parse("--bogus", "1")).hasMessageContaining("--bogus");
    }

    private static Admin admin(LocalInfra infra) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrap()));
    }

    private static void sql(LocalInfra infra, String db, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(infra.jdbcUrl(db), "postgres", "postgres");
                Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    private static String query(LocalInfra infra, String db, String select) throws SQLException {
        try (Connection c = DriverManager.getConnection(infra.jdbcUrl(db), "postgres", "postgres");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(select)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private static void produce(LocalInfra infra, String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrap(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> consumeAll(LocalInfra infra, String topic, int expected) {
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrap(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (int p = 0; p < LocalInfra.MAIN_TOPIC_PARTITIONS; p++) {
                partitions.add(new TopicPartition(topic, p));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(r.key() + "=" + r.value());
                }
                return seen.size() >= expected;
            });
        }
        return seen;
    }
}
