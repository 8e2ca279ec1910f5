package dev.tactful.support.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.tactful.support.claim.ClaimSql;
import dev.tactful.support.time.MachineTime;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Deletes what has served its purpose (published outbox rows, old processed-event ids, expired idempotency keys)
 * every {@code tactful.retention.interval}, in batches of {@code tactful.retention.batch-size} so that a large
 * backlog never holds long locks. Ages are machine time: a simulated business clock must not age anything.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);
    private static final Duration DB_TIMEOUT = Duration.ofSeconds(60);

    @Inject
    Instance<RetentionRule> rules;

    @Inject
    Pool pool;

    @Inject
    @MachineTime
    Clock machine;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "tactful.retention.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "tactful.retention.interval", defaultValue = "PT1H")
    Duration interval;

    @ConfigProperty(name = "tactful.retention.batch-size", defaultValue = "1000")
    int batchSize;

    private ScheduledExecutorService executor;

    void start(@Observes StartupEvent event) {
        if (!enabled || rules.isUnsatisfied()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "retention");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                sweep();
            } catch (RuntimeException e) {
                // Never let an exception end the schedule; the next sweep tries again.
                LOG.warnf("Retention sweep failed: %s", e.toString());
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** Runs every rule once; returns the rows deleted per rule. Blocking. */
    public Map<String, Long> sweep() {
        Map<String, Long> deleted = new LinkedHashMap<>();
        for (RetentionRule rule : List.copyOf(rules.stream().toList())) {
            Instant cutoff = machine.instant().minus(rule.keep());
            long total = 0;
            int n;
            do {
                n = pool.preparedQuery(rule.deleteBatch()).execute(Tuple.of(ClaimSql.utc(cutoff), batchSize))
                        .map(rs -> rs.rowCount()).await().atMost(DB_TIMEOUT);
                total += n;
            } while (n == batchSize);
            deleted.put(rule.name(), total);
            registry.counter("tactful.retention.deleted", "rule", rule.name()).increment(total);
            if (total > 0) {
                LOG.infof("Retention: deleted %d %s older than %s", total, rule.name(), rule.keep());
            }
        }
        return deleted;
    }
}
