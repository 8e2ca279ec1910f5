package dev.tactful.inbox.projection;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tactful.events.FollowUpDue;
import dev.tactful.events.InterviewLogged;
import dev.tactful.events.InterviewOutcomeLogged;
import dev.tactful.events.Interviewer;
import dev.tactful.events.cloudevents.InvalidCloudEventException;
import dev.tactful.events.cloudevents.TactfulEvents.Envelope;
import dev.tactful.support.claim.ClaimSql;
import dev.tactful.support.time.MachineTime;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The inbox's own view of other services' facts, kept from their events so matching never asks another service:
 * each interview's candidate, people and whether it still waits for an answer (interview-events), and which
 * interview each follow-up id belongs to (followups-due). Each event is applied once: its id is recorded in the
 * same transaction as its change.
 */
@ApplicationScoped
public class Projection {

    public enum Effect {
        DUPLICATE,
        STALE_REVISION,
        APPLIED,
        IGNORED
    }

    @Inject
    Pool pool;

    @Inject
    @MachineTime
    Clock machine;

    public Uni<Effect> apply(Envelope<Object> event) {
        String id = event.attributes().id();
        return pool.withTransaction(tx -> tx.preparedQuery(
                "INSERT INTO processed_event (event_id, event_type, processed_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING event_id")
                .execute(Tuple.of(id, event.eventType().type(), ClaimSql.utc(machine.instant())))
                .chain(rows -> {
                    if (!rows.iterator().hasNext()) {
                        return Uni.createFrom().item(Effect.DUPLICATE);
                    }
                    return switch (event.eventType()) {
                        case INTERVIEW_LOGGED -> logged(tx, (InterviewLogged) event.data());
                        case INTERVIEW_OUTCOME -> outcome(tx, (InterviewOutcomeLogged) event.data());
                        case FOLLOWUP_DUE -> due(tx, (FollowUpDue) event.data());
                        default -> Uni.createFrom().failure(new InvalidCloudEventException(
                                "Event type " + event.eventType().type() + " is not projected here"));
                    };
                }));
    }

    private Uni<Effect> logged(SqlConnection tx, InterviewLogged e) {
        Instant now = machine.instant();
        String candidateEmail = e.candidate().email() == null ? null : e.candidate().email().strip().toLowerCase(Locale.ROOT);
        return tx.preparedQuery("SELECT revision, candidate_id FROM interview_view WHERE interview_id = $1 FOR UPDATE")
                .execute(Tuple.of(e.interviewId())).chain(rows -> {
                    if (rows.iterator().hasNext()) {
                        var r = rows.iterator().next();
                        if (!r.getString("candidate_id").equals(e.candidateId())) {
                            return Uni.createFrom().failure(new InvalidCloudEventException(
                                    "Interview " + e.interviewId() + " cannot change its candidate"));
                        }
                        if (r.getInteger("revision") >= e.revision()) {
                            return Uni.createFrom().item(Effect.STALE_REVISION);
                        }
                    }
                    return tx.preparedQuery("""
                            INSERT INTO interview_view (interview_id, candidate_id, revision, interviewed_at, candidate_email, waiting, updated_at)
                            VALUES ($1, $2, $3, $4, $5, NOT EXISTS (SELECT 1 FROM early_outcome WHERE interview_id = $1), $6)
                            ON CONFLICT (interview_id) DO UPDATE SET revision = EXCLUDED.revision,
                                interviewed_at = EXCLUDED.interviewed_at, candidate_email = EXCLUDED.candidate_email,
                                updated_at = EXCLUDED.updated_at""")
                            .execute(Tuple.from(new Object[] { e.interviewId(), e.candidateId(), e.revision(),
                                    ClaimSql.utc(e.interviewedAt()), candidateEmail, ClaimSql.utc(now) }))
                            .chain(() -> tx.preparedQuery("DELETE FROM interview_contact WHERE interview_id = $1")
                                    .execute(Tuple.of(e.interviewId())))
                            .chain(() -> insertContacts(tx, e))
                            .replaceWith(Effect.APPLIED);
                });
    }

    private static Uni<Void> insertContacts(SqlConnection tx, InterviewLogged e) {
        Map<String, Tuple> contacts = new LinkedHashMap<>();
        for (Interviewer i : e.interviewers()) {
            if (i.email() != null && !i.email().isBlank()) {
                String address = i.email().strip().toLowerCase(Locale.ROOT);
                contacts.putIfAbsent(address, Tuple.of(e.interviewId(), address, "INTERVIEWER", i.name()));
            }
        }
        if (e.agency() != null && e.agency().email() != null && !e.agency().email().isBlank()) {
            String address = e.agency().email().strip().toLowerCase(Locale.ROOT);
            contacts.putIfAbsent(address, Tuple.of(e.interviewId(), address, "AGENCY", e.agency().name()));
        }
        List<Tuple> rows = new ArrayList<>(contacts.values());
        return rows.isEmpty() ? Uni.createFrom().voidItem()
                : tx.preparedQuery("INSERT INTO interview_contact (interview_id, address, role, name) VALUES ($1, $2, $3, $4)")
                        .executeBatch(rows).replaceWithVoid();
    }

    /** Any outcome means the employer answered: the interview no longer waits, and no later mail is a reply to it. */
    private static Uni<Effect> outcome(SqlConnection tx, InterviewOutcomeLogged e) {
        return tx.preparedQuery("UPDATE interview_view SET waiting = false WHERE interview_id = $1 AND candidate_id = $2")
                .execute(Tuple.of(e.interviewId(), e.candidateId())).chain(updated -> updated.rowCount() > 0
                        ? Uni.createFrom().item(Effect.APPLIED)
                        : tx.preparedQuery("INSERT INTO early_outcome (interview_id) VALUES ($1) ON CONFLICT DO NOTHING")
                                .execute(Tuple.of(e.interviewId())).replaceWith(Effect.APPLIED));
    }

    /** Only mail to the employer can be answered; the candidate's own nudges are not remembered. */
    private Uni<Effect> due(SqlConnection tx, FollowUpDue d) {
        if (d.followUpId() == null || d.interviewId() == null || d.candidateId() == null || d.kind() == null) {
            return Uni.createFrom().failure(new InvalidCloudEventException("FollowUpDue lacks followUpId, interviewId, candidateId or kind"));
        }
        if (!d.kind().employerFacing()) {
            return Uni.createFrom().item(Effect.IGNORED);
        }
        return tx.preparedQuery("""
                INSERT INTO sent_followup (follow_up_id, interview_id, candidate_id, kind, recorded_at) VALUES ($1, $2, $3, $4, $5)
                ON CONFLICT (follow_up_id) DO NOTHING""")
                .execute(Tuple.of(d.followUpId(), d.interviewId(), d.candidateId(), d.kind().name(), ClaimSql.utc(machine.instant())))
                .replaceWith(Effect.APPLIED);
    }
}
