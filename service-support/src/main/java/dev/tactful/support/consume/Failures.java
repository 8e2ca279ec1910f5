package dev.tactful.support.consume;

import java.sql.SQLException;
import java.util.Optional;

import dev.tactful.events.cloudevents.InvalidCloudEventException;
import io.vertx.sqlclient.DatabaseException;

/**
 * Sorts a failed attempt at a record into "the record's fault, for good" (dead-letter it) and everything else
 * (retry it in place). The default is to retry: a record is dead-lettered only when it is certain that no later
 * attempt can succeed, because a dead-lettered record needs a person and a replay, while a retried one recovers by
 * itself once the database or broker is back (or a fix is deployed).
 */
public final class Failures {

    /** unique_violation: two consumers raced on the same record during a rebalance; the retry finds it done. */
    private static final String UNIQUE_VIOLATION = "23505";

    private Failures() {
    }

    /** The dead-letter reason when the failure is the record's own and permanent; empty when it is worth retrying. */
    public static Optional<DeadLetterReason> permanent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnprocessableRecordException u) {
                return Optional.of(u.reason());
            }
            if (t instanceof InvalidCloudEventException) {
                return Optional.of(DeadLetterReason.INVALID);
            }
            if (t instanceof DatabaseException db && rejectsTheData(db.getSqlState())) {
                return Optional.of(DeadLetterReason.REJECTED);
            }
            // Hibernate Reactive reports the pg client's error as a Hibernate JDBCException over an SQLException.
            if (t instanceof SQLException sql && rejectsTheData(sql.getSQLState())) {
                return Optional.of(DeadLetterReason.REJECTED);
            }
        }
        return Optional.empty();
    }

    /**
     * SQLSTATE class 22 (data exception: value too long, invalid text representation) and 23 (integrity constraint)
     * come from the values written, so they repeat on every attempt. Connection (08), resource (53), operator
     * intervention (57, e.g. the server shutting down) and transaction rollback (40, serialization or deadlock) do not.
     */
    static boolean rejectsTheData(String sqlState) {
        if (sqlState == null || sqlState.length() != 5 || UNIQUE_VIOLATION.equals(sqlState)) {
            return false;
        }
        return sqlState.startsWith("22") || sqlState.startsWith("23");
    }

    /** Type and message of the innermost informative cause, one line, bounded: for headers, logs and health. */
    public static String describe(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null
                || t instanceof java.util.concurrent.CompletionException || t instanceof java.util.concurrent.ExecutionException)) {
            t = t.getCause();
        }
        String text = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        text = text.replace('\r', ' ').replace('\n', ' ');
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
