package dev.tactful.infra;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Quarkus test resource pointing an application at the JVM-wide embedded servers of {@link TactfulInfra}.
 * <p>
 * Init args: {@code database} (e.g. {@code interview}; created if missing; without it no datasource config is
 * returned) and {@code services} (comma-separated subset of {@code kafka,postgres,mail}; default all).
 * {@link #stop()} leaves the servers running for the next test class; a JVM shutdown hook stops them.
 */
public class TactfulInfraResource implements QuarkusTestResourceLifecycleManager {

    static final Set<String> ALL_SERVICES = Set.of("kafka", "postgres", "mail");

    private String database;
    private Set<String> services = ALL_SERVICES;

    @Override
    public void init(Map<String, String> initArgs) {
        String db = initArgs.get("database");
        database = db == null || db.isBlank() ? null : db.trim();
        String wanted = initArgs.get("services");
        if (wanted != null && !wanted.isBlank()) {
            services = Arrays.stream(wanted.split(","))
                    .map(s -> s.trim().toLowerCase(Locale.ROOT))
                    .filter(s -> !s.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
            Set<String> unknown = services.stream().filter(s -> !ALL_SERVICES.contains(s)).collect(Collectors.toSet());
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("Unknown services " + unknown + ", expected some of " + ALL_SERVICES);
            }
        }
    }

    @Override
    public Map<String, String> start() {
        TactfulInfra infra = TactfulInfra.get();
        Map<String, String> config = new LinkedHashMap<>();
        if (services.contains("kafka")) {
            // A previous test class may have stopped the broker and failed before restarting it.
            infra.startKafka();
            config.put("kafka.bootstrap.servers", infra.kafkaBootstrap());
        }
        if (services.contains("postgres") && database != null) {
            // As for Kafka: a test class that stopped the server may have failed before starting it again.
            infra.startPostgres();
            infra.ensureDatabase(database);
            config.put("quarkus.datasource.reactive.url", infra.reactiveUrl(database));
            config.put("quarkus.datasource.jdbc.url", infra.jdbcUrl(database));
            config.put("quarkus.datasource.username", TactfulInfra.POSTGRES_USER);
            config.put("quarkus.datasource.password", TactfulInfra.POSTGRES_PASSWORD);
        }
        if (services.contains("mail")) {
            infra.startMail();
            config.put("quarkus.mailer.host", TactfulInfra.MAIL_HOST);
            config.put("quarkus.mailer.port", Integer.toString(infra.smtpPort()));
            config.put("quarkus.mailer.mock", "false");
            config.put("tactful.test.smtp.port", Integer.toString(infra.smtpPort()));
            config.put("tactful.test.imap.port", Integer.toString(infra.imapPort()));
        }
        return config;
    }

    @Override
    public void stop() {
        // Deliberately empty: the servers are shared by every test class of this JVM.
    }
}
