package dev.tactful.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TactfulInfraResourceTest {

    private static Map<String, String> start(Map<String, String> args) {
        TactfulInfraResource resource = new TactfulInfraResource();
        resource.init(args);
        Map<String, String> config = resource.start();
        resource.stop();
        return config;
    }

    @Test
    void givesEveryServiceWithTheDatabase() throws Exception {
        Map<String, String> config = start(Map.of("database", "planner"));
        TactfulInfra infra = TactfulInfra.get();

        assertThat(config).containsOnlyKeys("kafka.bootstrap.servers", "quarkus.datasource.reactive.url",
                "quarkus.datasource.jdbc.url", "quarkus.datasource.username", "quarkus.datasource.password",
                "quarkus.mailer.host", "quarkus.mailer.port", "quarkus.mailer.mock", "tactful.test.smtp.port",
                "tactful.test.imap.port");
        assertThat(config.get("kafka.bootstrap.servers")).isEqualTo(infra.kafkaBootstrap());
        assertThat(config.get("quarkus.datasource.reactive.url"))
                .isEqualTo("postgresql://localhost:" + infra.postgresPort() + "/planner");
        assertThat(config.get("quarkus.mailer.port")).isEqualTo(Integer.toString(infra.smtpPort()));
        assertThat(config.get("tactful.test.imap.port")).isEqualTo(Integer.toString(infra.imapPort()));
        assertThat(config.get("quarkus.mailer.mock")).isEqualTo("false");

        try (Connection c = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT current_database()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("planner");
        }
    }

    @Test
    void stopLeavesTheSharedServersRunning() {
        start(Map.of("database", "interview"));
        assertThat(TactfulInfra.get().isKafkaRunning()).isTrue();
        assertThat(TactfulInfra.get().isMailRunning()).isTrue();
    }

    @Test
    void withoutDatabaseThereIsNoDatasourceConfig() {
        assertThat(start(Map.of())).doesNotContainKey("quarkus.datasource.jdbc.url")
                .containsKey("kafka.bootstrap.servers");
    }

    @Test
    void servicesArgLimitsTheConfig() {
        assertThat(start(Map.of("database", "notifier", "services", "kafka, postgres")))
                .containsKeys("kafka.bootstrap.servers", "quarkus.datasource.reactive.url")
                .doesNotContainKey("quarkus.mailer.port");
        assertThat(start(Map.of("services", "mail"))).containsOnlyKeys("quarkus.mailer.host", "quarkus.mailer.port",
                "quarkus.mailer.mock", "tactful.test.smtp.port", "tactful.test.imap.port");
    }

    @Test
    void unknownDatabaseIsCreatedOnDemand() {
        Map<String, String> config = start(Map.of("database", "extra_db", "services", "postgres"));
        assertThat(config.get("quarkus.datasource.jdbc.url")).endsWith("/extra_db");
        assertThat(TactfulInfra.get().ensureDatabase("extra_db")).as("already exists now").isFalse();
    }

    @Test
    void unknownServiceIsRejected() {
        TactfulInfraResource resource = new TactfulInfraResource();
        assertThatThrownBy(() -> resource.init(Map.of("services", "kafka,redis")))
                .hasMessageContaining("redis");
    }
}
