package dev.tactful.support.claim;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import io.smallrye.mutiny.Multi;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * One table of work a {@link ClaimLoop} works through: claim rows with {@code FOR UPDATE SKIP LOCKED}, act on
 * them, then mark each done, back off or park it. The queue owns its SQL (its repository's claim query and what
 * "done" means for its rows); the loop owns everything that must be the same everywhere: when to run, backoff on
 * machine time, counting attempts, parking a row that keeps failing so it no longer blocks the others, metrics and
 * health.
 *
 * <p>Every table worked this way has the columns {@code id uuid}, {@code attempts integer},
 * {@code last_error text}, {@code next_attempt_at timestamptz} (machine time; when the row may be claimed
 * again) and {@code parked_at timestamptz}. A claim query must skip parked rows and rows whose
 * {@code next_attempt_at} lies ahead.
 */
public interface ClaimQueue<T extends ClaimedRow> {

    ClaimSettings settings();

    /** The table, for the standard retry, park and parked-count statements. */
    String table();

    /**
     * Claims up to {@code limit} ready rows inside the given transaction ({@code FOR UPDATE SKIP LOCKED}). In lease
     * mode the claim must also take the lease: {@code attempts = attempts + 1, next_attempt_at = leaseUntil} (and
     * whatever state the queue keeps, e.g. {@code status = 'SENDING'}).
     *
     * @param now        machine time
     * @param leaseUntil {@code now} plus the lease (lease mode), or {@code null} (locked mode)
     */
    Uni<List<T>> claim(SqlConnection tx, Instant now, Instant leaseUntil, int limit);

    /**
     * Does the work for a round's rows. A failed {@code Uni} means the whole round failed for a reason that is
     * no row's fault (the broker is away): in locked mode nothing is marked and the loop backs off; in lease mode
     * every row of the round is tried again later.
     */
    Uni<List<Attempt<T>>> act(List<T> rows);

    /** Marks rows whose work succeeded, inside the given transaction (with whatever else must commit with it). */
    Uni<Void> done(SqlConnection tx, List<T> rows, Instant now);

    /** Called after the transaction that recorded a round's results committed (e.g. to wake the outbox relay). */
    default void settled(List<Attempt<T>> results) {
    }

    /** Schedules another try; the default sets {@code next_attempt_at} and {@code last_error}. */
    default Uni<Void> retry(SqlConnection tx, T row, String error, Instant nextAttempt, boolean countAttempt) {
        return tx.preparedQuery("UPDATE " + table() + " SET next_attempt_at = $2, last_error = $3"
                + (countAttempt ? ", attempts = attempts + 1" : "") + " WHERE id = $1")
                .execute(Tuple.of(row.id(), ClaimSql.utc(nextAttempt), error)).replaceWithVoid();
    }

    /** Parks a row that will not succeed; the default stamps {@code parked_at} and clears {@code next_attempt_at}. */
    default Uni<Void> park(SqlConnection tx, T row, String error, Instant now, boolean countAttempt) {
        return tx.preparedQuery("UPDATE " + table() + " SET parked_at = $2, next_attempt_at = NULL, last_error = $3"
                + (countAttempt ? ", attempts = attempts + 1" : "") + " WHERE id = $1")
                .execute(Tuple.of(row.id(), ClaimSql.utc(now), error)).replaceWithVoid();
    }

    /**
     * Works rows {@code concurrency} at a time; a row whose work fails becomes a non-permanent failure unless the
     * work itself returned a classified {@link Attempt}.
     */
    static <T extends ClaimedRow> Uni<List<Attempt<T>>> each(List<T> rows, int concurrency, Function<T, Uni<Attempt<T>>> work) {
        return Multi.createFrom().iterable(rows)
                .onItem().transformToUni(row -> work.apply(row).onFailure().recoverWithItem(e -> Attempt.failed(row, e, false)))
                .merge(concurrency)
                .collect().asList();
    }
}
