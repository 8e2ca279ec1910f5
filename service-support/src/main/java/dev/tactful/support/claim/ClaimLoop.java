package dev.tactful.support.claim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Works one {@link ClaimQueue} on a thread of its own: round after round while there is work, then a pause of the
 * poll interval (cut short by {@link #wake()}). Everything it measures is machine time: the business clock may run
 * thousands of times faster, and a lease or a backoff is a matter of real seconds.
 *
 * <p>Per row: a failure is retried after an exponential backoff and parked after {@code maxAttempts} tries (or at
 * once when permanent), with the last error kept on the row. A parked row no longer holds back the others; it is
 * counted in the metric {@code tactful.claim.parked} and makes the wellness check ({@code /q/health/well}) DOWN
 * until someone looks at it. Per round: a failure that is no row's fault (the database or broker is away) backs
 * the whole loop off, doubling from the poll interval up to {@code maxBackoff}.
 *
 * <p>After work that cannot be undone (a mail accepted, a webhook answered), recording the result is retried a few
 * times; the work itself is never repeated because of a failed update.
 */
public final class ClaimLoop<T extends ClaimedRow> implements Runnable {

    private static final Logger LOG = Logger.getLogger(ClaimLoop.class);
    private static final Duration DB_TIMEOUT = Duration.ofSeconds(30);
    private static final int SETTLE_TRIES = 5;
    private static final Duration PARKED_REFRESH = Duration.ofSeconds(60);

    /** What one round did. */
    public record Round(int claimed, int done, int retried, int parked, String failure) {

        static final Round EMPTY = new Round(0, 0, 0, 0, null);

        public boolean failed() {
            return failure != null;
        }
    }

    private final ClaimQueue<T> queue;
    private final ClaimSettings settings;
    private final Pool pool;
    private final Clock machine;
    private final AtomicBoolean woken = new AtomicBoolean();
    private final AtomicLong parkedRows = new AtomicLong();
    private final Counter doneCount;
    private final Counter retriedCount;
    private final Counter parkedCount;
    private final Counter unresolvedCount;
    private final Counter failedRounds;

    private volatile boolean running;
    private volatile Thread thread;
    private volatile String lastFailure;
    private volatile long roundBackoffNanos;
    private long parkedRefreshedAt = Long.MIN_VALUE;

    /** Services get their loops from {@link ClaimLoops}; benchmarks and tests outside CDI build one here. */
    public ClaimLoop(ClaimQueue<T> queue, Pool pool, Clock machine, MeterRegistry registry) {
        this.queue = queue;
        this.settings = queue.settings();
        this.pool = pool;
        this.machine = machine;
        Tags tags = Tags.of("queue", settings.name());
        this.doneCount = registry.counter("tactful.claim.rows", tags.and("outcome", "done"));
        this.retriedCount = registry.counter("tactful.claim.rows", tags.and("outcome", "retried"));
        this.parkedCount = registry.counter("tactful.claim.rows", tags.and("outcome", "parked"));
        this.unresolvedCount = registry.counter("tactful.claim.rows", tags.and("outcome", "unresolved"));
        this.failedRounds = registry.counter("tactful.claim.failed.rounds", tags);
        registry.gauge("tactful.claim.parked", tags, parkedRows);
    }

    public String name() {
        return settings.name();
    }

    /** Rows of this queue parked now (refreshed at start, after parking and every minute). */
    public long parked() {
        return parkedRows.get();
    }

    /** The last round failure, or null when the last round went through. */
    public String lastFailure() {
        return lastFailure;
    }

    public boolean running() {
        return running;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        Thread t = new Thread(this, "claim-" + settings.name());
        t.setDaemon(true);
        thread = t;
        t.start();
        LOG.infof("Claim loop %s started (%s mode, batch %d, poll %s)", settings.name(),
                settings.leaseMode() ? "lease " + settings.lease() : "locked", settings.batchSize(), settings.pollInterval());
    }

    /** Stops after the round in flight; waits for it at most {@code patience}. */
    public void stop(Duration patience) {
        running = false;
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
            try {
                t.join(patience.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Asks for a round now (new work was committed); wakes coalesce. */
    public void wake() {
        woken.set(true);
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    @Override
    public void run() {
        refreshParked(true);
        while (running) {
            Round round;
            try {
                round = runOnce();
            } catch (RuntimeException e) {
                // Never let an exception end the thread: the queue would silently stop being worked.
                round = new Round(0, 0, 0, 0, Attempt.describe(e));
            }
            if (round.failed()) {
                failedRounds.increment();
                long max = settings.maxBackoff().toNanos();
                roundBackoffNanos = roundBackoffNanos == 0 ? settings.pollInterval().toNanos() : Math.min(max, roundBackoffNanos * 2);
                if (!round.failure().equals(lastFailure)) {
                    LOG.warnf("Claim loop %s: round failed (%s); backing off %d ms", settings.name(), round.failure(),
                            roundBackoffNanos / 1_000_000);
                }
                lastFailure = round.failure();
                pause(roundBackoffNanos, false);
                continue;
            }
            if (lastFailure != null) {
                LOG.infof("Claim loop %s: working again", settings.name());
            }
            lastFailure = null;
            roundBackoffNanos = 0;
            refreshParked(round.parked() > 0);
            if (round.claimed() == 0) {
                pause(settings.pollInterval().toNanos(), true);
            }
        }
    }

    private void pause(long nanos, boolean wakeable) {
        long deadline = System.nanoTime() + nanos;
        while (running) {
            if (wakeable && woken.getAndSet(false)) {
                return;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            LockSupport.parkNanos(this, left);
        }
    }

    /** One round: claim, act, mark. Blocking; for the loop's thread, tests and benchmarks. */
    public Round runOnce() {
        woken.set(false);
        Instant now = machine.instant();
        try {
            return settings.leaseMode() ? leasedRound(now) : lockedRound(now);
        } catch (RuntimeException e) {
            return new Round(0, 0, 0, 0, Attempt.describe(e));
        }
    }

    private Round lockedRound(Instant now) {
        List<Attempt<T>> results = pool.withTransaction(tx -> queue.claim(tx, now, null, settings.batchSize())
                .chain(rows -> rows.isEmpty() ? Uni.createFrom().item(List.<Attempt<T>>of())
                        : queue.act(rows).call(attempts -> settle(tx, attempts, machine.instant()))))
                .await().atMost(DB_TIMEOUT.plus(DB_TIMEOUT));
        if (!results.isEmpty()) {
            queue.settled(results);
        }
        return count(results);
    }

    private Round leasedRound(Instant now) {
        List<T> rows = pool.withTransaction(tx -> queue.claim(tx, now, now.plus(settings.lease()), settings.batchSize()))
                .await().atMost(DB_TIMEOUT);
        if (rows.isEmpty()) {
            return Round.EMPTY;
        }
        List<Attempt<T>> results;
        try {
            results = queue.act(rows)
                    .onFailure().recoverWithItem(e -> {
                        List<Attempt<T>> all = new ArrayList<>(rows.size());
                        rows.forEach(r -> all.add(Attempt.failed(r, e, false)));
                        return all;
                    })
                    .await().atMost(roundLimit());
        } catch (io.smallrye.mutiny.TimeoutException e) {
            // The work outlived its leases: whoever resolves expired leases (e.g. recovery) decides about these rows.
            return new Round(rows.size(), 0, 0, 0, "work took longer than " + roundLimit());
        }
        RuntimeException last = null;
        for (int i = 0; i < SETTLE_TRIES; i++) {
            try {
                Instant at = machine.instant();
                pool.withTransaction(tx -> settle(tx, results, at)).await().atMost(DB_TIMEOUT);
                queue.settled(results);
                return count(results);
            } catch (RuntimeException e) {
                last = e;
                LOG.warnf("Claim loop %s: recording %d results failed (%s); trying again, the work is not repeated",
                        settings.name(), results.size(), Attempt.describe(e));
                LockSupport.parkNanos(Duration.ofMillis(200L << i).toNanos());
            }
        }
        throw last;
    }

    /**
     * How long a lease-mode round may work: one lease per wave of {@code concurrency} rows, since a queue that works
     * its rows one after another renews each row's lease just before acting on it.
     */
    private Duration roundLimit() {
        int waves = (settings.batchSize() + settings.concurrency() - 1) / settings.concurrency();
        return settings.lease().multipliedBy(waves);
    }

    private Uni<Void> settle(SqlConnection tx, List<Attempt<T>> results, Instant now) {
        List<T> done = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        boolean countOnFailure = !settings.leaseMode();
        for (Attempt<T> a : results) {
            if (a instanceof Attempt.Done<T> d) {
                done.add(d.row());
            } else if (a instanceof Attempt.Unresolved<T> u && settings.leaseMode()) {
                LOG.warnf("Claim loop %s: row %s left to lease recovery, the outcome is unclear (%s)", settings.name(),
                        u.row().id(), u.reason());
            } else if (a instanceof Attempt.Unresolved<T> u) {
                chain = chain.chain(() -> queue.retry(tx, u.row(), u.reason(),
                        now.plus(Backoff.after(u.row().attempts() + 1, settings.initialBackoff(), settings.maxBackoff())), true));
            } else if (a instanceof Attempt.Failed<T> f) {
                int tries = f.row().attempts() + (countOnFailure ? 1 : 0);
                if (f.permanent() || tries >= settings.maxAttempts()) {
                    LOG.errorf("Claim loop %s: row %s parked after %d tries: %s", settings.name(), f.row().id(), tries, f.error());
                    chain = chain.chain(() -> queue.park(tx, f.row(), f.error(), now, countOnFailure));
                } else {
                    Instant next = now.plus(Backoff.after(tries, settings.initialBackoff(), settings.maxBackoff()));
                    LOG.warnf("Claim loop %s: row %s try %d failed (%s); next try at %s", settings.name(), f.row().id(), tries,
                            f.error(), next);
                    chain = chain.chain(() -> queue.retry(tx, f.row(), f.error(), next, countOnFailure));
                }
            }
        }
        return done.isEmpty() ? chain : chain.chain(() -> queue.done(tx, done, now));
    }

    private Round count(List<Attempt<T>> results) {
        int done = 0;
        int retried = 0;
        int parked = 0;
        for (Attempt<T> a : results) {
            if (a instanceof Attempt.Done<T>) {
                done++;
            } else if (a instanceof Attempt.Unresolved<T>) {
                unresolvedCount.increment();
            } else if (a instanceof Attempt.Failed<T> f) {
                int tries = f.row().attempts() + (settings.leaseMode() ? 0 : 1);
                if (f.permanent() || tries >= settings.maxAttempts()) {
                    parked++;
                } else {
                    retried++;
                }
            }
        }
        doneCount.increment(done);
        retriedCount.increment(retried);
        parkedCount.increment(parked);
        return new Round(results.size(), done, retried, parked, null);
    }

    private void refreshParked(boolean force) {
        long nowNanos = System.nanoTime();
        if (!force && parkedRefreshedAt != Long.MIN_VALUE && nowNanos - parkedRefreshedAt < PARKED_REFRESH.toNanos()) {
            return;
        }
        parkedRefreshedAt = nowNanos;
        try {
            Long n = pool.query("SELECT count(*) FROM " + queue.table() + " WHERE parked_at IS NOT NULL").execute()
                    .map(rows -> rows.iterator().next().getLong(0)).await().atMost(DB_TIMEOUT);
            parkedRows.set(n);
        } catch (RuntimeException e) {
            LOG.debugf("Claim loop %s: could not count parked rows: %s", settings.name(), e.getMessage());
        }
    }
}
