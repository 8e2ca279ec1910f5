package dev.tactful.inbox.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tactful.inbox.crypto.PasswordCipher;
import dev.tactful.inbox.imap.HostCheck;
import dev.tactful.inbox.imap.ImapAccess;
import dev.tactful.inbox.imap.ImapFailure;
import dev.tactful.inbox.imap.MailboxSettings;
import dev.tactful.inbox.imap.ReadBatch;
import dev.tactful.support.claim.Backoff;
import dev.tactful.support.claim.ClaimSql;
import dev.tactful.support.outbox.OutboxWritten;
import dev.tactful.support.time.BusinessTime;
import dev.tactful.support.time.MachineTime;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Syncs every connected mailbox on its own schedule. A ticker claims the mailboxes that are due (a lease in
 * {@code next_sync_at}, {@code FOR UPDATE SKIP LOCKED}, so replicas share them), but only as many as there are idle
 * workers, and hands each to a worker of a bounded pool. Each mailbox is read and recorded on its own: a server
 * that is slow or down holds one worker until its timeouts, never the others, and a failure only backs that
 * mailbox off (doubling from {@code error-backoff}), with its error kept for its status.
 */
@ApplicationScoped
public class MailboxSync {

    private static final Logger LOG = Logger.getLogger(MailboxSync.class);
    private static final Duration DB_TIMEOUT = Duration.ofSeconds(30);

    @Inject
    SyncSettings settings;

    @Inject
    Pool pool;

    @Inject
    PasswordCipher cipher;

    @Inject
    SyncRecorder recorder;

    @Inject
    Event<OutboxWritten> outboxWritten;

    @Inject
    @MachineTime
    Clock machine;

    @Inject
    @BusinessTime
    Clock business;

    @Inject
    MeterRegistry registry;

    @Inject
    IdleWatches watches;

    private final AtomicInteger busy = new AtomicInteger();
    /** Mailboxes this replica is syncing now, and those that got new mail meanwhile (read again at once after). */
    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();
    private final Set<UUID> rerun = ConcurrentHashMap.newKeySet();
    private ImapAccess imap;
    private ScheduledExecutorService ticker;
    private ExecutorService workers;

    void start(@Observes StartupEvent event) {
        imap = new ImapAccess(settings.connectTimeout(), settings.readTimeout(), settings.allowPlaintext());
        workers = Executors.newFixedThreadPool(settings.workers(), named("inbox-sync"));
        ticker = Executors.newSingleThreadScheduledExecutor(named("inbox-ticker"));
        ticker.scheduleWithFixedDelay(this::tick, 0, settings.tick().toMillis(), TimeUnit.MILLISECONDS);
        LOG.infof("Mailbox sync started: %d workers, every %s per mailbox", settings.workers(), settings.pollInterval());
    }

    void stop(@Observes ShutdownEvent event) {
        if (ticker != null) {
            ticker.shutdownNow();
            workers.shutdown();
            try {
                // A sync in flight either commits or not: nothing half-done can remain, so waiting is a courtesy.
                workers.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public ImapAccess imap() {
        return imap;
    }

    private void tick() {
        try {
            int idle = settings.workers() - busy.get();
            if (idle <= 0) {
                return;
            }
            Instant now = machine.instant();
            List<MailboxRow> due = pool.withTransaction(tx -> tx.preparedQuery("""
                    UPDATE mailbox m SET next_sync_at = $2 FROM (
                        SELECT id FROM mailbox WHERE next_sync_at <= $1 AND %s
                         ORDER BY next_sync_at LIMIT $3 FOR UPDATE SKIP LOCKED
                    ) due WHERE m.id = due.id RETURNING m.*""".formatted(
                    dev.tactful.support.erasure.CandidateErasure.unlessErased("mailbox.candidate_id")))
                    .execute(Tuple.of(ClaimSql.utc(now), ClaimSql.utc(now.plus(settings.lease())), idle))
                    .map(rows -> {
                        List<MailboxRow> list = new java.util.ArrayList<>();
                        rows.forEach(r -> list.add(MailboxRow.of(r)));
                        return list;
                    })).await().atMost(DB_TIMEOUT);
            for (MailboxRow box : due) {
                busy.incrementAndGet();
                inFlight.add(box.id());
                workers.execute(() -> {
                    try {
                        sync(box);
                    } finally {
                        inFlight.remove(box.id());
                        busy.decrementAndGet();
                    }
                });
            }
        } catch (RuntimeException e) {
            // The database is away: the next tick tries again; no mailbox is lost, their rows simply stay due.
            LOG.warnf("Mailbox sync: could not claim due mailboxes (%s)", e.getClass().getSimpleName());
        }
    }

    /** One sync of one mailbox, on a worker thread. */
    void sync(MailboxRow box) {
        if (!settings.allowPrivateAddresses() && HostCheck.of(box.host()) != HostCheck.Verdict.PUBLIC) {
            failed(box, "The server " + box.host() + " does not resolve to a public address.", "HOST");
            return;
        }
        ReadBatch batch;
        try {
            String password = cipher.decrypt(box.passwordCipher(), box.candidateId());
            batch = imap.read(new MailboxSettings(box.host(), box.port(), box.username(), password, box.tls(), box.folder()),
                    box.uidValidity(), box.lastUid(), settings.batchSize(), business.instant(), settings.firstSyncLookback());
        } catch (ImapFailure e) {
            failed(box, e.getMessage(), e.kind().name());
            return;
        } catch (IllegalArgumentException e) {
            failed(box, "The stored password cannot be decrypted with the current key; connect the mailbox again.", "KEY");
            return;
        } catch (RuntimeException e) {
            failed(box, "Reading the mailbox failed (" + e.getClass().getSimpleName() + ").", "INTERNAL");
            return;
        }
        // Mail that arrived during this read (an IDLE wake-up) is read at once, like a batch that was not the last.
        boolean again = rerun.remove(box.id()) || batch.more();
        Duration interval = watches.watching(box.id()) ? settings.idle().pollInterval() : settings.pollInterval();
        Instant next = again ? machine.instant() : machine.instant().plus(interval);
        try {
            SyncOutcome outcome = pool.withTransaction(tx -> recorder.record(tx, box, batch, next)).await().atMost(DB_TIMEOUT);
            if (outcome.stale()) {
                LOG.debugf("Mailbox %s changed during its sync; nothing recorded", box.id());
                return;
            }
            if (outcome.events() > 0) {
                outboxWritten.fire(new OutboxWritten(outcome.events()));
            }
            outcome.counts().forEach((c, n) -> registry.counter("tactful.inbox.messages", "classification", c.name()).increment(n));
            LOG.debugf("Mailbox %s synced to UID %d: %s", box.id(), batch.highestUid(), outcome.counts());
        } catch (RuntimeException e) {
            // Nothing was recorded: the lease runs out and the same messages are read again, still unreported.
            LOG.warnf("Mailbox %s: recording the sync failed (%s); it will be read again", box.id(), e.getClass().getSimpleName());
        }
    }

    /**
     * New mail in {@code mailbox} (an IDLE watch heard it): sync it now instead of at its next poll. A sync running
     * here is asked to run again; otherwise the mailbox is made due, unless it is leased right now (its due time
     * is at most one lease away), in which case a replica is reading it already.
     */
    public void wake(UUID mailbox) {
        if (inFlight.contains(mailbox)) {
            rerun.add(mailbox);
            return;
        }
        Instant now = machine.instant();
        try {
            pool.preparedQuery("UPDATE mailbox SET next_sync_at = $2 WHERE id = $1 AND next_sync_at > $3")
                    .execute(Tuple.of(mailbox, ClaimSql.utc(now), ClaimSql.utc(now.plus(settings.lease()))))
                    .await().atMost(DB_TIMEOUT);
        } catch (RuntimeException e) {
            // The next poll reads the mail anyway; waking is only about hearing it sooner.
            LOG.debugf("Mailbox %s: could not wake its sync (%s)", mailbox, e.getClass().getSimpleName());
        }
    }

    private void failed(MailboxRow box, String message, String kind) {
        registry.counter("tactful.inbox.sync.failures", "kind", kind).increment();
        Instant now = machine.instant();
        Instant next = now.plus(Backoff.after(box.failures() + 1, settings.errorBackoff(), settings.maxErrorBackoff()));
        LOG.infof("Mailbox %s: sync failed (%s); next try at %s", box.id(), kind, next);
        try {
            pool.preparedQuery("""
                    UPDATE mailbox SET failures = failures + 1, last_error = $3, last_error_at = $4, next_sync_at = $5
                    WHERE id = $1 AND generation = $2""")
                    .execute(Tuple.of(box.id(), box.generation(), message, ClaimSql.utc(business.instant()), ClaimSql.utc(next)))
                    .await().atMost(DB_TIMEOUT);
        } catch (RuntimeException e) {
            LOG.warnf("Mailbox %s: could not record the failure (%s)", box.id(), e.getClass().getSimpleName());
        }
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** For tests: how many syncs are running. */
    public int busy() {
        return busy.get();
    }
}
