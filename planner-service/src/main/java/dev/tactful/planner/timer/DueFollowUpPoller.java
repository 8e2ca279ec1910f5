package dev.tactful.planner.timer;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tactful.support.claim.ClaimLoop;
import dev.tactful.support.claim.ClaimLoops;
import dev.tactful.support.claim.ClaimSettings;
import dev.tactful.support.kafka.KafkaPublishers;
import dev.tactful.support.kafka.ProducerTuning;
import dev.tactful.support.time.BusinessTime;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;

/**
 * Starts the durable timers' claim loop at start-up. Because the timers live in the database, follow-ups that fell
 * due while the service was down are simply due at the first round after start. Any number of replicas may run
 * this against one database (see {@link FollowUpFirer}).
 */
@ApplicationScoped
public class DueFollowUpPoller {

    private static final Logger LOG = Logger.getLogger(DueFollowUpPoller.class);

    @Inject
    FiringConfig config;

    @Inject
    ClaimLoops loops;

    @Inject
    KafkaPublishers publishers;

    @Inject
    @BusinessTime
    Clock clock;

    @Inject
    MeterRegistry registry;

    private volatile ClaimLoop<FollowUpFirer.DueRow> loop;

    void onStart(@Observes StartupEvent ev) {
        if (!config.enabled()) {
            LOG.info("Follow-up poller disabled (tactful.firing.enabled=false)");
            return;
        }
        loop = loops.start(firer());
    }

    /** The firer as configured, for tests that drive rounds themselves. */
    public FollowUpFirer firer() {
        Counter fired = registry.counter("tactful.followups.fired");
        Timer lateness = Timer.builder("tactful.followups.lateness")
                .description("Commit of FIRED minus the follow-up's due time (business time)")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
        ProducerTuning tuning = new ProducerTuning(config.lingerMs(), config.producerBatchBytes(), Duration.ofSeconds(10),
                Duration.ofSeconds(10), config.ackTimeout());
        ClaimSettings settings = ClaimSettings.locked("followup-timers", config.batchSize(), config.pollInterval(),
                config.maxAttempts(), config.pollInterval(), Duration.ofSeconds(30));
        return new FollowUpFirer(publishers.create("planner-firer", tuning), clock, settings, config.topic(), batch -> {
            fired.increment(batch.size());
            batch.fired().forEach(f -> lateness.record(Duration.between(f.dueAt(), batch.committedAt())));
            LOG.debugf("Fired %d follow-ups", batch.size());
        });
    }
}
