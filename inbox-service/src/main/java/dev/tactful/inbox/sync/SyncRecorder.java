package dev.tactful.inbox.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tactful.events.BounceDetected;
import dev.tactful.events.EventType;
import dev.tactful.events.OutOfOfficeDetected;
import dev.tactful.events.ReplyDetected;
import dev.tactful.events.Topics;
import dev.tactful.events.cloudevents.EventJson;
import dev.tactful.inbox.classify.Classifier;
import dev.tactful.inbox.classify.MessageFacts;
import dev.tactful.inbox.classify.Verdict;
import dev.tactful.inbox.imap.ReadBatch;
import dev.tactful.inbox.match.CandidateContext;
import dev.tactful.inbox.match.FollowUpIds;
import dev.tactful.inbox.match.Match;
import dev.tactful.inbox.match.Matcher;
import dev.tactful.inbox.match.WaitingInterview;
import dev.tactful.support.claim.ClaimSql;
import dev.tactful.support.outbox.Outbox;
import dev.tactful.support.outbox.OutboxEvent;
import dev.tactful.support.time.BusinessTime;
import dev.tactful.support.time.MachineTime;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Records what one sync read, in one transaction: each matched message's detection and its event's outbox row, the
 * counts, and the mailbox's new UID state. They commit together or not at all, so a crash before the commit reads
 * the same messages again with nothing reported yet, and a crash after it never reads them again. The mailbox row is
 * locked first and must still be the one the sync started from (same connection generation, same UID state).
 */
@ApplicationScoped
public class SyncRecorder {

    static final String SOURCE = "/tactful/inbox-service";
    private static final Logger LOG = Logger.getLogger(SyncRecorder.class);

    @Inject
    @BusinessTime
    Clock clock;

    @Inject
    @MachineTime
    Clock machine;

    public Uni<SyncOutcome> record(SqlConnection tx, MailboxRow box, ReadBatch batch, Instant nextSync) {
        return tx.preparedQuery("SELECT generation, uid_validity, last_uid FROM mailbox WHERE id = $1 FOR UPDATE")
                .execute(Tuple.of(box.id())).chain(rows -> {
                    if (!rows.iterator().hasNext()) {
                        return Uni.createFrom().item(SyncOutcome.staleSync());
                    }
                    Row r = rows.iterator().next();
                    Long validity = r.getLong("uid_validity");
                    if (!r.getUUID("generation").equals(box.generation()) || r.getLong("last_uid") != box.lastUid()
                            || !java.util.Objects.equals(validity, box.uidValidity())) {
                        return Uni.createFrom().item(SyncOutcome.staleSync());
                    }
                    return context(tx, box.candidateId(), batch.messages())
                            .chain(ctx -> apply(tx, box, batch, ctx, nextSync));
                });
    }

    private Uni<SyncOutcome> apply(SqlConnection tx, MailboxRow box, ReadBatch batch, CandidateContext start, Instant nextSync) {
        Instant now = clock.instant();
        Map<Classification, Integer> counts = new EnumMap<>(Classification.class);
        counts.merge(Classification.UNREADABLE, batch.unreadable().size(), Integer::sum);
        List<WaitingInterview> waiting = new ArrayList<>(start.waiting());
        Uni<Void> chain = Uni.createFrom().voidItem();
        int[] events = { 0 };
        for (MessageFacts m : batch.messages()) {
            Verdict v = Classifier.classify(m);
            CandidateContext ctx = new CandidateContext(start.ownAddresses(), waiting, start.followUpInterviews());
            var match = Matcher.match(m, v, ctx);
            Classification c = classification(v, match.isPresent());
            if (match.isEmpty() || c == Classification.AUTOMATIC || c == Classification.UNMATCHED) {
                counts.merge(c, 1, Integer::sum);
                LOG.debugf("Mailbox %s UID %d: %s (%s)", box.id(), m.uid(), c, v.kind());
                continue;
            }
            Match hit = match.get();
            if (c == Classification.REPLY) {
                // One reply per interview is enough: the next message in this batch must not report it again.
                waiting.removeIf(w -> w.interviewId().equals(hit.interviewId()));
            }
            UUID eventId = UUID.randomUUID();
            Instant received = m.date() == null ? now : m.date();
            Record event = event(c, box.candidateId(), m, v, hit, received, now);
            chain = chain.chain(() -> tx.preparedQuery("""
                    INSERT INTO detection (id, mailbox_id, interview_id, uid, message_id, received_at, sender, classification,
                                           matched_by, evidence, detected_at)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                    ON CONFLICT (mailbox_id, message_id) WHERE message_id IS NOT NULL DO NOTHING RETURNING id""")
                    .execute(Tuple.from(new Object[] { eventId, box.id(), hit.interviewId(), m.uid(), m.messageId(),
                            ClaimSql.utc(received), sender(c, m, v), c.name(), hit.matchedBy().name(), hit.evidence(), ClaimSql.utc(now) }))
                    .chain(inserted -> {
                        if (!inserted.iterator().hasNext()) {
                            // Read before (the folder's UIDVALIDITY changed and it was read again): reported already.
                            counts.merge(Classification.UNMATCHED, 1, Integer::sum);
                            return Uni.createFrom().voidItem();
                        }
                        counts.merge(c, 1, Integer::sum);
                        events[0]++;
                        LOG.infof("Mailbox %s UID %d: %s for interview %s (by %s)", box.id(), m.uid(), c, hit.interviewId(),
                                hit.matchedBy());
                        EventType type = EventType.of(event.getClass());
                        Uni<Void> written = Outbox.append(tx, new OutboxEvent(eventId, hit.interviewId().toString(),
                                Topics.INBOX_EVENTS, type.type(), SOURCE, now, EventJson.toJson(event)), machine.instant());
                        return c != Classification.REPLY ? written : written.chain(() -> tx
                                .preparedQuery("UPDATE interview_view SET waiting = false, updated_at = $2 WHERE interview_id = $1")
                                .execute(Tuple.of(hit.interviewId(), ClaimSql.utc(now))).replaceWithVoid());
                    }));
        }
        return chain.chain(() -> tally(tx, box.id(), counts))
                .chain(() -> tx.preparedQuery("""
                        UPDATE mailbox SET uid_validity = $2, last_uid = $3, last_sync_at = $4, last_error = NULL,
                               last_error_at = NULL, failures = 0, next_sync_at = $5 WHERE id = $1""")
                        .execute(Tuple.of(box.id(), batch.uidValidity(), batch.highestUid(), ClaimSql.utc(now), ClaimSql.utc(nextSync))))
                .map(x -> new SyncOutcome(false, Map.copyOf(counts), events[0]));
    }

    private static Classification classification(Verdict v, boolean matched) {
        return switch (v.kind()) {
            case AUTOMATIC -> Classification.AUTOMATIC;
            case PERSONAL -> matched ? Classification.REPLY : Classification.UNMATCHED;
            case OUT_OF_OFFICE -> matched ? Classification.OUT_OF_OFFICE : Classification.UNMATCHED;
            case BOUNCE -> matched ? Classification.BOUNCE : Classification.UNMATCHED;
        };
    }

    private static String sender(Classification c, MessageFacts m, Verdict v) {
        String s = c == Classification.BOUNCE ? v.failedRecipient() : m.from();
        return s == null ? "unknown" : s;
    }

    private static Record event(Classification c, String candidate, MessageFacts m, Verdict v, Match hit, Instant received, Instant now) {
        return switch (c) {
            case REPLY -> new ReplyDetected(hit.interviewId(), candidate, m.messageId(), received, m.from(), hit.matchedBy(),
                    hit.followUpId(), hit.evidence(), now);
            case OUT_OF_OFFICE -> new OutOfOfficeDetected(hit.interviewId(), candidate, m.messageId(), received, m.from(),
                    hit.matchedBy(), hit.followUpId(), v.returnDate(),
                    hit.evidence() + (v.returnDate() == null ? " No return date found." : " Back on " + v.returnDate() + "."), now);
            case BOUNCE -> new BounceDetected(hit.interviewId(), candidate, m.messageId(), received, v.failedRecipient(),
                    hit.matchedBy(), hit.followUpId(), v.status(), hit.evidence(), now);
            default -> throw new IllegalArgumentException("No event for " + c);
        };
    }

    private static Uni<Void> tally(SqlConnection tx, UUID mailbox, Map<Classification, Integer> counts) {
        List<Tuple> rows = new ArrayList<>();
        counts.forEach((c, n) -> {
            if (n > 0) {
                rows.add(Tuple.of(mailbox, c.name(), (long) n));
            }
        });
        return rows.isEmpty() ? Uni.createFrom().voidItem() : tx.preparedQuery("""
                INSERT INTO mailbox_tally (mailbox_id, classification, messages) VALUES ($1, $2, $3)
                ON CONFLICT (mailbox_id, classification) DO UPDATE SET messages = mailbox_tally.messages + EXCLUDED.messages""")
                .executeBatch(rows).replaceWithVoid();
    }

    /** The candidate's waiting interviews and people, their own addresses, and the follow-ups the batch's threads name. */
    Uni<CandidateContext> context(SqlConnection tx, String candidate, List<MessageFacts> messages) {
        Set<UUID> named = new HashSet<>();
        messages.forEach(m -> named.addAll(FollowUpIds.in(m.threadIds())));
        Uni<Map<UUID, WaitingInterview>> waiting = tx.preparedQuery("""
                SELECT v.interview_id, v.interviewed_at, c.address, c.role, c.name FROM interview_view v
                LEFT JOIN interview_contact c ON c.interview_id = v.interview_id
                WHERE v.candidate_id = $1 AND v.waiting""").execute(Tuple.of(candidate)).map(rows -> {
                    Map<UUID, Instant> when = new LinkedHashMap<>();
                    Map<UUID, Map<String, String>> people = new HashMap<>();
                    for (Row r : rows) {
                        UUID id = r.getUUID("interview_id");
                        when.put(id, r.getOffsetDateTime("interviewed_at").toInstant());
                        Map<String, String> contacts = people.computeIfAbsent(id, k -> new HashMap<>());
                        String address = r.getString("address");
                        if (address != null) {
                            String name = r.getString("name");
                            contacts.put(address, (name == null ? address : name) + ", " + r.getString("role").toLowerCase(java.util.Locale.ROOT));
                        }
                    }
                    Map<UUID, WaitingInterview> out = new LinkedHashMap<>();
                    when.forEach((id, at) -> out.put(id, new WaitingInterview(id, at, people.get(id))));
                    return out;
                });
        Uni<Set<String>> own = tx.preparedQuery("""
                SELECT DISTINCT candidate_email FROM interview_view WHERE candidate_id = $1 AND candidate_email IS NOT NULL
                UNION SELECT lower(username) FROM mailbox WHERE candidate_id = $1""")
                .execute(Tuple.of(candidate)).map(rows -> {
                    Set<String> s = new HashSet<>();
                    rows.forEach(r -> s.add(r.getString(0)));
                    return s;
                });
        Uni<Map<UUID, UUID>> followUps = named.isEmpty() ? Uni.createFrom().item(Map.of())
                : tx.preparedQuery("SELECT follow_up_id, interview_id FROM sent_followup WHERE candidate_id = $1 AND follow_up_id = ANY($2)")
                        .execute(Tuple.of(candidate, named.toArray(UUID[]::new))).map(rows -> {
                            Map<UUID, UUID> m = new HashMap<>();
                            rows.forEach(r -> m.put(r.getUUID("follow_up_id"), r.getUUID("interview_id")));
                            return m;
                        });
        return waiting.chain(w -> own.chain(o -> followUps.map(f -> new CandidateContext(o, List.copyOf(w.values()), f))));
    }
}
