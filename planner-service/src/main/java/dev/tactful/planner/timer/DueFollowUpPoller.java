package dev.tactful.planner.timer;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.Producer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Starts the durable timers' {@link PollLoop} on a dedicated thread at start and stops it on shutdown. Because the
 * timers live in the database, follow-ups that fell due while the service was down are simply due at the first
 * poll after start. Any number of replicas may run this against one database (see {@link FollowUpFirer}).
 */
@ApplicationScoped
public class DueFollowUpPoller {

    private static final Logger LOG = Logger.getLogger(DueFollowUpPoller.class);

    @Inject
    FiringConfig config;

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private volatile PollLoop loop;
    private volatile Thread thread;
    private volatile Producer<String, byte[]> producer;

    void onStart(@Observes StartupEvent ev) {
        if (!config.enabled()) {
            LOG.info("Follow-up poller disabled (tactful.firing.enabled=false)");
            return;
        }
        Counter fired = registry.counter("tactful.followups.fired");
        Timer lateness = Timer.builder("tactful.followups.lateness")
                .description("Commit of FIRED minus the follow-up's due time")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
        producer = FiringProducers.create(bootstrapServers, "planner-firer", config);
        FollowUpFirer firer = new FollowUpFirer(pool, producer, clock, config.batchSize(), config.ackTimeout(), config.topic());
        loop = new PollLoop(firer, config.pollInterval(), batch -> {
            fired.increment(batch.size());
            batch.fired().forEach(f -> lateness.record(Duration.between(f.dueAt(), batch.committedAt())));
            LOG.debugf("Fired %d follow-ups", batch.size());
        });
        thread = new Thread(loop, "planner-followup-poller");
        thread.setDaemon(true);
        thread.start();
        LOG.infof("Follow-up poller started: batch %d, interval %s", config.batchSize(), config.pollInterval());
    }

    void onStop(@Observes ShutdownEvent ev) {
        if (loop != null) {
            loop.stop();
        }
        Thread t = thread;
        if (t != null) {
            try {
                // A batch in flight finishes (or times out and rolls back) before the producer closes.
                t.join(config.ackTimeout().plusSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
