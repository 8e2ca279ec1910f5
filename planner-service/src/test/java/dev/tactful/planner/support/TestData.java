package dev.tactful.planner.support;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.tactful.events.Channel;
import dev.tactful.events.FollowUpKind;
import dev.tactful.events.InterviewLogged;
import dev.tactful.events.cloudevents.EventJson;
import dev.tactful.planner.plan.FollowUpIds;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Writes plans straight into the planner's database, for tests of the timers and the API that need exact rows. */
public final class TestData {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private TestData() {
    }

    public static void insertInterview(Pool pool, InterviewLogged interview) {
        pool.preparedQuery("""
                INSERT INTO interview (id, candidate_id, revision, policy, snapshot, decision_expected_by, updated_at)
                VALUES ($1, $2, $3, $4, $5, $6, now())""")
                .execute(Tuple.from(List.of(interview.interviewId(), interview.candidateId(), interview.revision(),
                        interview.policy().name(), EventJson.toJson(interview), interview.decisionExpectedBy())))
                .await().atMost(TIMEOUT);
    }

    /** A follow-up row as the planner would store it; returns its id. */
    public static UUID insertFollowUp(Pool pool, InterviewLogged interview, String key, FollowUpKind kind, String interviewerId,
            String name, String email, String zone, Instant dueAt) {
        UUID id = FollowUpIds.of(interview.interviewId(), key);
        pool.preparedQuery("""
                INSERT INTO follow_up (id, interview_id, candidate_id, plan_key, kind, channel, recipient_interviewer_id,
                    recipient_name, recipient_title, recipient_email, recipient_zone, status, due_at, planned_due_at, rule,
                    reason, created_at, updated_at)
                VALUES ($1, $2, $3, $4, $5, 'EMAIL', $6, $7, 'Engineering Manager', $8, $9, 'PLANNED', $10, $10, 'R1',
                    'Test follow-up.', now(), now())""")
                .execute(Tuple.from(List.of(id, interview.interviewId(), interview.candidateId(), key, kind.name(),
                        interviewerId, name, email, zone, dueAt.atOffset(ZoneOffset.UTC))))
                .await().atMost(TIMEOUT);
        return id;
    }

    /** Many due rows at once (one statement) for the concurrency test. */
    public static List<UUID> insertManyDue(Pool pool, InterviewLogged interview, int count, Instant dueAt) {
        List<UUID> ids = new ArrayList<>(count);
        List<Tuple> batch = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String key = "THANK_YOU/bulk-" + i + "/EMAIL";
            UUID id = FollowUpIds.of(interview.interviewId(), key);
            ids.add(id);
            batch.add(Tuple.from(List.of(id, interview.interviewId(), interview.candidateId(), key,
                    dueAt.plusMillis(i).atOffset(ZoneOffset.UTC))));
        }
        pool.preparedQuery("""
                INSERT INTO follow_up (id, interview_id, candidate_id, plan_key, kind, channel, recipient_interviewer_id,
                    recipient_name, recipient_title, recipient_email, recipient_zone, status, due_at, planned_due_at, rule,
                    reason, created_at, updated_at)
                VALUES ($1, $2, $3, $4, 'THANK_YOU', 'EMAIL', 'iv-1', 'Avery Stone', 'Engineering Manager',
                    'avery@northwind.example', 'Europe/Berlin', 'PLANNED', $5, $5, 'R1', 'Bulk test follow-up.', now(), now())""")
                .executeBatch(batch).await().atMost(TIMEOUT);
        return ids;
    }

    public static Row followUp(Pool pool, UUID id) {
        var rows = pool.preparedQuery("SELECT * FROM follow_up WHERE id = $1").execute(Tuple.of(id)).await().atMost(TIMEOUT);
        return rows.size() == 0 ? null : rows.iterator().next();
    }

    public static long count(Pool pool, String sql, Object... params) {
        return pool.preparedQuery(sql).execute(Tuple.from(List.of(params))).await().atMost(TIMEOUT)
                .iterator().next().getLong(0);
    }

    public static boolean processed(Pool pool, String ceId) {
        return count(pool, "SELECT count(*) FROM processed_event WHERE event_id = $1", ceId) == 1;
    }
}
