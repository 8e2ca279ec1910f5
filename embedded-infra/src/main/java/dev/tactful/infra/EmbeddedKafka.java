package dev.tactful.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.AppInfoParser;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/**
 * A single-node Kafka broker in KRaft mode (broker and controller in one process) on fixed ports and a fixed
 * log directory. Fixed ports let tests stop and restart the broker while clients keep their bootstrap address;
 * the fixed directory (with its persisted cluster id) lets the broker come back with its topics and offsets.
 */
final class EmbeddedKafka {

    private static final Logger LOG = Logger.getLogger(EmbeddedKafka.class);

    private final int port;
    private final int controllerPort;
    private final Path logDir;
    private final String clusterId;
    private EmbeddedKafkaBroker broker;

    EmbeddedKafka(int port, int controllerPort, Path logDir) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.logDir = logDir;
        // A formatted log dir remembers its cluster id; starting with another one would be refused.
        this.clusterId = existingClusterId(logDir);
    }

    static String version() {
        return AppInfoParser.getVersion();
    }

    synchronized void start() {
        if (broker != null) {
            return;
        }
        long started = System.nanoTime();
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        broker = new EmbeddedKafkaBroker()
                .withKafkaHost("localhost")
                .withKafkaPort(port)
                .withControllerPort(controllerPort)
                .withClusterId(clusterId)
                // We own the directory: it must survive stop()/start() and LocalInfra restarts.
                .withDeleteLogDirsOnClose(false)
                .withAdditionalProperties(props -> {
                    props.put("log.dir", logDir.toAbsolutePath().toString());
                    props.put("auto.create.topics.enable", "true");
                    props.put("transaction.state.log.replication.factor", "1");
                    props.put("transaction.state.log.min.isr", "1");
                    // After a restart the controller refuses the broker's new registration until the previous
                    // incarnation's session expires (9 s by default); a short session makes restarts quick.
                    props.put("broker.session.timeout.ms", "1500");
                    props.put("broker.heartbeat.interval.ms", "300");
                })
                .start();
        LOG.infof("Embedded Kafka %s (KRaft) started at %s in %d ms (log dir %s)", version(), bootstrap(),
                (System.nanoTime() - started) / 1_000_000, logDir);
    }

    synchronized void stop() {
        if (broker == null) {
            return;
        }
        long started = System.nanoTime();
        broker.close();
        broker = null;
        LOG.infof("Embedded Kafka at %s stopped in %d ms", bootstrap(), (System.nanoTime() - started) / 1_000_000);
    }

    synchronized boolean isRunning() {
        return broker != null;
    }

    String bootstrap() {
        return "localhost:" + port;
    }

    int port() {
        return port;
    }

    private static String existingClusterId(Path logDir) {
        Path meta = logDir.resolve("meta.properties");
        if (Files.isRegularFile(meta)) {
            Properties props = new Properties();
            try (InputStream in = Files.newInputStream(meta)) {
                props.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String id = props.getProperty("cluster.id");
            if (id != null && !id.isBlank()) {
                return id;
            }
        }
        return Uuid.randomUuid().toString();
    }
}
