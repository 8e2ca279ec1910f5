package dev.tactful.inbox.api;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tactful.inbox.crypto.PasswordCipher;
import dev.tactful.inbox.imap.HostCheck;
import dev.tactful.inbox.imap.MailboxSettings;
import dev.tactful.inbox.sync.MailboxSync;
import dev.tactful.inbox.sync.SyncSettings;
import dev.tactful.support.ProblemException;
import dev.tactful.support.claim.ClaimSql;
import dev.tactful.support.time.BusinessTime;
import dev.tactful.support.time.MachineTime;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Stores, reads and deletes mailbox connections. */
@ApplicationScoped
public class Mailboxes {

    private static final Logger LOG = Logger.getLogger(Mailboxes.class);

    @Inject
    Pool pool;

    @Inject
    PasswordCipher cipher;

    @Inject
    MailboxSync sync;

    @Inject
    SyncSettings settings;

    @Inject
    @BusinessTime
    Clock clock;

    @Inject
    @MachineTime
    Clock machine;

    /**
     * The host check (outside dev and test) and the login check block on the network, so they run on a worker
     * thread, never on the event loop.
     */
    Uni<Void> verify(MailboxSettings s) {
        return Uni.createFrom().item(() -> {
            if (!settings.allowPrivateAddresses()) {
                switch (HostCheck.of(s.host())) {
                    case UNKNOWN_HOST -> throw ProblemException.badRequest("host", "does not resolve");
                    case NOT_PUBLIC -> throw ProblemException.badRequest("host", "must be a public mail server");
                    case PUBLIC -> {
                    }
                }
            }
            try {
                sync.imap().verify(s);
                return null;
            } catch (dev.tactful.inbox.imap.ImapFailure e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure(java.util.concurrent.CompletionException.class).transform(Throwable::getCause)
                .replaceWithVoid();
    }

    /** A new generation: a sync of the previous connection still running commits nothing, and sync state starts over. */
    Uni<Void> connect(String candidateId, MailboxSettings s) {
        byte[] sealed = cipher.encrypt(s.password(), candidateId);
        Instant now = clock.instant();
        return pool.withTransaction(tx -> tx.preparedQuery("DELETE FROM mailbox WHERE candidate_id = $1").execute(Tuple.of(candidateId))
                .chain(() -> tx.preparedQuery("""
                        INSERT INTO mailbox (id, candidate_id, host, port, username, password_cipher, tls, folder, generation,
                                             connected_at, next_sync_at)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)""")
                        .execute(Tuple.from(new Object[] { UUID.randomUUID(), candidateId, s.host(), s.port(), s.username(),
                                Buffer.buffer(sealed), s.tls(), s.folder(), UUID.randomUUID(), ClaimSql.utc(now),
                                ClaimSql.utc(machine.instant()) }))))
                .invoke(() -> LOG.infof("Candidate %s connected a mailbox", candidateId))
                .replaceWithVoid();
    }

    Uni<Boolean> disconnect(String candidateId) {
        return pool.preparedQuery("DELETE FROM mailbox WHERE candidate_id = $1").execute(Tuple.of(candidateId))
                .map(rows -> rows.rowCount() > 0)
                .invoke(deleted -> {
                    if (deleted) {
                        LOG.infof("Candidate %s disconnected their mailbox", candidateId);
                    }
                });
    }

    Uni<MailboxStatusView> status(String candidateId) {
        return pool.preparedQuery("""
                SELECT id, host, port, username, tls, folder, connected_at, last_sync_at, last_error, last_error_at
                FROM mailbox WHERE candidate_id = $1""").execute(Tuple.of(candidateId)).chain(rows -> {
                    if (!rows.iterator().hasNext()) {
                        throw ProblemException.notFound("No mailbox is connected.");
                    }
                    Row m = rows.iterator().next();
                    UUID id = m.getUUID("id");
                    Uni<Map<String, Long>> counts = pool.preparedQuery(
                            "SELECT classification, messages FROM mailbox_tally WHERE mailbox_id = $1 ORDER BY classification")
                            .execute(Tuple.of(id)).map(t -> {
                                Map<String, Long> c = new LinkedHashMap<>();
                                t.forEach(r -> c.put(r.getString(0), r.getLong(1)));
                                return c;
                            });
                    Uni<List<MailboxStatusView.Detection>> detections = pool.preparedQuery("""
                            SELECT interview_id, classification, matched_by, message_id, received_at, sender, evidence, detected_at
                            FROM detection WHERE mailbox_id = $1 ORDER BY detected_at DESC, uid DESC LIMIT 20""")
                            .execute(Tuple.of(id)).map(t -> {
                                List<MailboxStatusView.Detection> d = new ArrayList<>();
                                t.forEach(r -> d.add(new MailboxStatusView.Detection(r.getUUID("interview_id"),
                                        r.getString("classification"), r.getString("matched_by"), r.getString("message_id"),
                                        instant(r, "received_at"), r.getString("sender"), r.getString("evidence"),
                                        instant(r, "detected_at"))));
                                return d;
                            });
                    return counts.chain(c -> detections.map(d -> new MailboxStatusView(m.getString("host"), m.getInteger("port"),
                            m.getString("username"), m.getBoolean("tls"), m.getString("folder"), instant(m, "connected_at"),
                            instant(m, "last_sync_at"), m.getString("last_error"), instant(m, "last_error_at"), c, d)));
                });
    }

    private static Instant instant(Row r, String column) {
        var t = r.getOffsetDateTime(column);
        return t == null ? null : t.toInstant();
    }
}
