package dev.tactful.inbox.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tactful.inbox.crypto.PasswordCipher;
import dev.tactful.inbox.imap.HostCheck;
import dev.tactful.inbox.imap.IdleWatch;
import dev.tactful.inbox.imap.MailboxSettings;
import dev.tactful.support.time.MachineTime;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Keeps an {@link IdleWatch} on every healthy connected mailbox (up to {@code max-watches} per replica), each on its
 * own thread, so a reply is heard within seconds rather than at the next poll. A watch only wakes the mailbox's
 * sync; reading and recording stay with {@link MailboxSync}, which goes on polling (less often while watched), so
 * a server without IDLE, a dropped connection or a replica at its limit only makes Tactful slower to hear, never
 * deaf. Watches follow the table: a mailbox connected again (new generation) gets a new watch, a disconnected one
 * loses it, a failing one (its sync records failures) is left to polling and its backoff.
 */
@ApplicationScoped
public class IdleWatches {

    private static final Logger LOG = Logger.getLogger(IdleWatches.class);

    @Inject
    SyncSettings settings;

    @Inject
    Pool pool;

    @Inject
    PasswordCipher cipher;

    @Inject
    MailboxSync sync;

    @Inject
    @MachineTime
    Clock machine;

    private record Running(UUID generation, IdleWatch watch, Thread thread) {
    }

    private final Map<UUID, Running> running = new ConcurrentHashMap<>();
    /** Mailboxes whose last watch failed or whose server has no IDLE, with when to try again. */
    private final Map<UUID, Instant> notBefore = new ConcurrentHashMap<>();
    private final AtomicInteger threads = new AtomicInteger();
    private ScheduledExecutorService timer;

    void start(@Observes StartupEvent event) {
        if (!settings.idle().enabled() || settings.idle().maxWatches() <= 0) {
            LOG.info("IMAP IDLE is off: mailboxes are polled only");
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "inbox-idle-timer");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::refresh, 0, settings.idle().refresh().toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
        running.values().forEach(r -> r.watch().close());
        running.clear();
    }

    /** Whether this replica holds a live watch on {@code mailbox}. */
    public boolean watching(UUID mailbox) {
        Running r = running.get(mailbox);
        return r != null && r.thread().isAlive() && r.watch().end() == null;
    }

    /** How many watches are live (for tests and the log). */
    public int count() {
        return (int) running.keySet().stream().filter(this::watching).count();
    }

    /** Brings the watches in line with the table; runs on the timer thread. */
    void refresh() {
        try {
            List<MailboxRow> healthy = pool.preparedQuery(
                    "SELECT * FROM mailbox WHERE failures = 0 ORDER BY connected_at, id LIMIT $1")
                    .execute(Tuple.of(settings.idle().maxWatches()))
                    .map(rows -> {
                        List<MailboxRow> list = new ArrayList<>();
                        rows.forEach(r -> list.add(MailboxRow.of(r)));
                        return list;
                    }).await().atMost(java.time.Duration.ofSeconds(30));
            Map<UUID, MailboxRow> wanted = new HashMap<>();
            healthy.forEach(b -> wanted.put(b.id(), b));
            running.entrySet().removeIf(e -> {
                MailboxRow box = wanted.get(e.getKey());
                Running r = e.getValue();
                boolean ended = r.watch().end() != null || !r.thread().isAlive();
                if (ended && r.watch().end() != IdleWatch.End.CLOSED) {
                    notBefore.put(e.getKey(), machine.instant().plus(settings.idle().retry()));
                    LOG.infof("Mailbox %s: IDLE watch ended (%s)%s; polling meanwhile", e.getKey(), r.watch().end(),
                            r.watch().error() == null ? "" : ": " + r.watch().error());
                }
                if (box == null || !box.generation().equals(r.generation()) || ended) {
                    r.watch().close();
                    return true;
                }
                return false;
            });
            notBefore.keySet().removeIf(id -> !wanted.containsKey(id));
            Instant now = machine.instant();
            for (MailboxRow box : healthy) {
                Instant retry = notBefore.get(box.id());
                if (!running.containsKey(box.id()) && (retry == null || !now.isBefore(retry))) {
                    begin(box);
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("IMAP IDLE: could not refresh the watched mailboxes (%s)", e.getClass().getSimpleName());
        }
    }

    private void begin(MailboxRow box) {
        if (!settings.allowPrivateAddresses() && HostCheck.of(box.host()) != HostCheck.Verdict.PUBLIC) {
            return;
        }
        String password;
        try {
            password = cipher.decrypt(box.passwordCipher(), box.candidateId());
        } catch (IllegalArgumentException e) {
            return;
        }
        IdleWatch watch = new IdleWatch(sync.imap(),
                new MailboxSettings(box.host(), box.port(), box.username(), password, box.tls(), box.folder()),
                settings.idle().renew(), timer, () -> sync.wake(box.id()));
        Thread thread = new Thread(watch, "inbox-idle-" + threads.incrementAndGet());
        thread.setDaemon(true);
        running.put(box.id(), new Running(box.generation(), watch, thread));
        notBefore.remove(box.id());
        thread.start();
    }
}
