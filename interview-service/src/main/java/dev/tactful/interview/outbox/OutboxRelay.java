package dev.tactful.interview.outbox;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.common.errors.RetriableException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import dev.tactful.interview.outbox.OutboxPublisher.Outgoing;

/**
 * Moves outbox rows to Kafka. Runs on its own thread: every poll interval, and right after a change commits
 * ({@link #kick()}) so events normally leave within milliseconds.
 *
 * <p>One batch is one database transaction: the oldest unpublished rows are locked with
 * {@code FOR UPDATE SKIP LOCKED} (so replicas never publish the same row at the same time), each is sent and
 * acknowledged, and the acknowledged ones are stamped {@code published_at} at commit. A crash between ack and
 * commit re-publishes those rows later with the same {@code ce_id}: delivery is at least once and consumers
 * drop duplicates by id.
 *
 * <p>Order per interview is strict: rows of one interview go out in {@code sequence} order, and after the
 * first failure of an interview its later rows wait for the next batch. An interview whose earliest
 * unpublished row is locked by another replica is skipped altogether, so two replicas cannot interleave it.
 * The blocking JDBC pool (the one Flyway uses) fits this dedicated thread better than the reactive client,
 * whose callbacks run on event loops where a Kafka {@code send} must not block.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private static final String LOCK_BATCH = """
            SELECT id, aggregate_id, type, source, event_time, payload, sequence FROM outbox
            WHERE published_at IS NULL ORDER BY sequence LIMIT ? FOR UPDATE SKIP LOCKED""";
    /** Earliest unpublished row per interview, including rows another replica holds locked right now. */
    private static final String EARLIEST = """
            SELECT aggregate_id, min(sequence) FROM outbox
            WHERE published_at IS NULL AND aggregate_id = ANY (?) GROUP BY aggregate_id""";
    private static final String MARK_PUBLISHED = """
            UPDATE outbox SET published_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ANY (?)""";
    private static final String MARK_FAILED = "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxPublisher publisher;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "tactful.outbox.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "tactful.outbox.poll-interval", defaultValue = "PT1S")
    Duration pollInterval;

    @ConfigProperty(name = "tactful.outbox.batch-size", defaultValue = "100")
    int batchSize;

    /** Longest pause between attempts while the broker stays away (doubling from the poll interval). */
    @ConfigProperty(name = "tactful.outbox.max-backoff", defaultValue = "PT30S")
    Duration maxBackoff;

    /*
     * Backoff is measured on the JVM's monotonic timer, not the injected Clock: the Clock may be a simulated one
     * running many times faster than real time, and retrying a broker is a matter of real seconds.
     */
    private long backoffNanos;
    private long retryAtNanos;

    private final AtomicBoolean kickPending = new AtomicBoolean();
    private ScheduledExecutorService executor;
    private Counter published;
    private Counter failures;

    void start(@Observes StartupEvent event) {
        published = metrics.counter("tactful.outbox.published");
        failures = metrics.counter("tactful.outbox.failures");
        if (!enabled) {
            LOG.warn("Outbox relay disabled (tactful.outbox.enabled=false): events are stored, not published");
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outbox-relay");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::drain, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Asks for a run now (after a commit); runs never overlap, and kicks arriving during a run coalesce. */
    public void kick() {
        if (executor != null && kickPending.compareAndSet(false, true)) {
            try {
                executor.execute(() -> {
                    kickPending.set(false);
                    drain();
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                kickPending.set(false);
            }
        }
    }

    /** Publishes batches until the backlog is empty or a batch makes no progress. */
    void drain() {
        if (backoffNanos > 0 && System.nanoTime() - retryAtNanos < 0) {
            return;
        }
        try {
            while (!Thread.currentThread().isInterrupted()) {
                BatchResult r = relayBatch();
                if (r.brokerTrouble()) {
                    backOff();
                    return;
                }
                backoffNanos = 0;
                if (r.published() == 0 || r.locked() < batchSize) {
                    return;
                }
            }
        } catch (Exception e) {
            // Never let an exception escape: it would cancel the scheduled task for good.
            LOG.warnf("Outbox relay run failed, retrying: %s", e.toString());
            backOff();
        }
    }

    /** Waits longer after each failed attempt in a row, so an absent broker is not hammered (nor the log filled). */
    private void backOff() {
        long max = maxBackoff.toNanos();
        backoffNanos = backoffNanos == 0 ? pollInterval.toNanos() : Math.min(max, backoffNanos * 2);
        retryAtNanos = System.nanoTime() + backoffNanos;
    }

    record BatchResult(int locked, int published, boolean brokerTrouble) {
    }

    private record Row(Outgoing outgoing, long sequence) {
    }

    BatchResult relayBatch() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<Row> rows = lockBatch(c);
                if (rows.isEmpty()) {
                    c.commit();
                    return new BatchResult(0, 0, false);
                }
                Set<UUID> skip = heldElsewhere(c, rows);
                List<UUID> done = new ArrayList<>();
                boolean brokerTrouble = false;
                for (Row row : rows) {
                    Outgoing o = row.outgoing();
                    if (brokerTrouble || skip.contains(o.aggregateId())) {
                        continue;
                    }
                    try {
                        publisher.publish(o);
                        done.add(o.id());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    } catch (Exception e) {
                        failures.increment();
                        // Later rows of this interview must wait so they never overtake this one.
                        skip.add(o.aggregateId());
                        markFailed(c, o.id(), e);
                        // A broker that is away fails every row alike: stop instead of waiting out each timeout.
                        brokerTrouble = e instanceof RetriableException || e instanceof java.util.concurrent.TimeoutException
                                || e instanceof org.apache.kafka.common.errors.TimeoutException;
                        LOG.warnf("Event %s of interview %s not published yet (%s); will retry", o.id(), o.aggregateId(), e.toString());
                    }
                }
                markPublished(c, done);
                c.commit();
                published.increment(done.size());
                if (!done.isEmpty()) {
                    LOG.debugf("Published %d outbox events", done.size());
                }
                return new BatchResult(rows.size(), done.size(), brokerTrouble);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private List<Row> lockBatch(Connection c) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(LOCK_BATCH)) {
            ps.setInt(1, batchSize);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(new Outgoing(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6)), rs.getLong(7)));
                }
            }
        }
        return rows;
    }

    /** Interviews whose earliest unpublished row is not in this batch: another replica is publishing it. */
    private Set<UUID> heldElsewhere(Connection c, List<Row> rows) throws SQLException {
        Map<UUID, Long> mine = new HashMap<>();
        for (Row r : rows) {
            mine.merge(r.outgoing().aggregateId(), r.sequence(), Math::min);
        }
        Set<UUID> held = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(EARLIEST)) {
            Array ids = c.createArrayOf("uuid", mine.keySet().toArray());
            ps.setArray(1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID aggregate = rs.getObject(1, UUID.class);
                    if (rs.getLong(2) < mine.get(aggregate)) {
                        held.add(aggregate);
                    }
                }
            }
        }
        return held;
    }

    private void markPublished(Connection c, List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(MARK_PUBLISHED)) {
            ps.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            ps.setArray(2, c.createArrayOf("uuid", ids.toArray()));
            ps.executeUpdate();
        }
    }

    private void markFailed(Connection c, UUID id, Exception e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(MARK_FAILED)) {
            ps.setString(1, e.toString().length() > 1000 ? e.toString().substring(0, 1000) : e.toString());
            ps.setObject(2, id);
            ps.executeUpdate();
        }
    }
}
