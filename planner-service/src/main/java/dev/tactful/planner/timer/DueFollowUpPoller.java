package dev.tactful.planner.timer;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

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
 * The durable timers' heartbeat: a dedicated thread fires due batches, loops again at once while batches come
 * back full, and otherwise pauses for the poll interval. Because timers live in the database, follow-ups that
 * fell due while the service was down are simply due at the first poll after start. Any number of replicas may
 * run this loop against one database (see {@link FollowUpFirer}).
 */
@ApplicationScoped
public class DueFollowUpPoller {

    private static final Logger LOG = Logger.getLogger(DueFollowUpPoller.class);
    private static final Duration ERROR_BACKOFF = Duration.ofSeconds(2);

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

    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Thread thread;
    private volatile Producer<String, byte[]> producer;
    private Counter firedCounter;
    private Timer lateness;

    void onStart(@Observes StartupEvent ev) {
        if (!config.enabled()) {
            LOG.info("Follow-up poller disabled (tactful.firing.enabled=false)");
            return;
        }
        firedCounter = registry.counter("tactful.followups.fired");
        lateness = Timer.builder("tactful.followups.lateness")
                .description("Commit of FIRED minus the follow-up's due time")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
        producer = FiringProducers.create(bootstrapServers, "planner-firer", config);
        FollowUpFirer firer = new FollowUpFirer(pool, producer, clock, config.batchSize(), config.ackTimeout(), config.topic());
        thread = new Thread(() -> loop(firer), "planner-followup-poller");
        thread.setDaemon(true);
        thread.start();
        LOG.infof("Follow-up poller started: batch %d, interval %s", config.batchSize(), config.pollInterval());
    }

    void onStop(@Observes ShutdownEvent ev) {
        stopped.countDown();
        Thread t = thread;
        if (t != null) {
            try {
                t.join(Duration.ofSeconds(35).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private void loop(FollowUpFirer firer) {
        while (stopped.getCount() > 0) {
            Duration pause;
            try {
                FiredBatch batch = firer.fireDueBatch();
                record(batch);
                pause = batch.size() >= firer.batchSize() ? Duration.ZERO : config.pollInterval();
            } catch (RuntimeException e) {
                LOG.warnf("Firing batch failed; it stays PLANNED and is retried: %s", e.toString());
                pause = ERROR_BACKOFF;
            }
            if (!pause.isZero() && awaitStop(pause)) {
                return;
            }
        }
    }

    private void record(FiredBatch batch) {
        if (batch.size() == 0) {
            return;
        }
        firedCounter.increment(batch.size());
        for (DueFollowUp f : batch.fired()) {
            lateness.record(Duration.between(f.dueAt(), batch.committedAt()));
        }
        LOG.debugf("Fired %d follow-ups", batch.size());
    }

    private boolean awaitStop(Duration pause) {
        try {
            return stopped.await(pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
