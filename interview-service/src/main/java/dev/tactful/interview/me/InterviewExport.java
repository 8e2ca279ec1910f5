package dev.tactful.interview.me;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonGenerator;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Writes interview-service's part of an export: every interview of the candidate as stored (its full logged state),
 * with status and outcomes. One interview is read and written at a time, so the export's size does not decide the
 * memory it takes. Runs on a worker thread (the export is blocking), so it may wait for each query.
 */
@ApplicationScoped
public class InterviewExport {

    private static final Duration QUERY = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    public void write(String candidateId, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("interviews");
        RowSet<Row> ids = pool.preparedQuery("SELECT id FROM interview WHERE candidate_id = $1 ORDER BY interviewed_at, logged_at")
                .execute(Tuple.of(candidateId)).await().atMost(QUERY);
        for (Row idRow : ids) {
            writeInterview(candidateId, idRow.getUUID("id"), g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void writeInterview(String candidateId, UUID id, JsonGenerator g) throws IOException {
        RowSet<Row> rows = pool.preparedQuery("""
                SELECT id, status, state, logged_at, updated_at FROM interview WHERE id = $1 AND candidate_id = $2""")
                .execute(Tuple.of(id, candidateId)).await().atMost(QUERY);
        if (rows.size() == 0) {
            return; // erased or gone since the list was read
        }
        Row r = rows.iterator().next();
        g.writeStartObject();
        g.writeStringField("id", id.toString());
        g.writeStringField("status", r.getString("status"));
        g.writeStringField("loggedAt", r.getOffsetDateTime("logged_at").toInstant().toString());
        g.writeStringField("updatedAt", r.getOffsetDateTime("updated_at").toInstant().toString());
        // The state is the JSON of the latest tactful.interview.logged.v1 revision: everything the candidate entered.
        g.writeFieldName("interview");
        g.writeRawValue(r.getString("state"));
        g.writeArrayFieldStart("outcomes");
        for (Row o : pool.preparedQuery("""
                SELECT id, type, at, note, new_decision_expected_by, logged_at, source FROM outcome
                 WHERE interview_id = $1 ORDER BY logged_at""").execute(Tuple.of(id)).await().atMost(QUERY)) {
            g.writeStartObject();
            g.writeStringField("id", o.getUUID("id").toString());
            g.writeStringField("type", o.getString("type"));
            g.writeStringField("at", o.getOffsetDateTime("at").toInstant().toString());
            g.writeStringField("note", o.getString("note"));
            var next = o.getLocalDate("new_decision_expected_by");
            g.writeStringField("newDecisionExpectedBy", next == null ? null : next.toString());
            g.writeStringField("loggedAt", o.getOffsetDateTime("logged_at").toInstant().toString());
            g.writeStringField("source", o.getString("source"));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
