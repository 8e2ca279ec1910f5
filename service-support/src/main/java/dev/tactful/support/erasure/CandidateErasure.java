package dev.tactful.support.erasure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import dev.tactful.support.claim.ClaimSql;
import dev.tactful.support.retention.RetentionRule;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The one erasure mechanism every service shares. When a candidate is erased, each service deletes its rows for
 * them and keeps a tombstone in its own {@code erased_candidate} table:
 *
 * <pre>
 * erased_candidate (candidate_hash text PRIMARY KEY, erasure_id uuid, erased_at timestamptz, recorded_at timestamptz)
 * </pre>
 *
 * The tombstone holds a hash of the candidate id, never the id itself, so the table that proves an erasure does not
 * keep what was erased. It exists so that what arrives after the erasure (an event still on a topic, a replayed DLQ
 * record, a timer claimed a moment before) is recognised and dropped. It has to outlive the Kafka copies: by default
 * it is kept 30 days ({@link #DEFAULT_KEEP}), four times the topics' 7-day retention.
 *
 * <p>The hash is SHA-256 over {@code "tactful-erasure:" + candidateId} (UTF-8), in lowercase hex; {@link #unlessErased}
 * computes the same value inside PostgreSQL (its built-in {@code sha256}), so a claim query can skip tombstoned
 * candidates in the same statement that locks the row.
 */
public final class CandidateErasure {

    /** The tombstone table, the same name and shape in every service. */
    public static final String TABLE = "erased_candidate";
    public static final Duration DEFAULT_KEEP = Duration.ofDays(30);

    private static final String PREFIX = "tactful-erasure:";

    private static final String REMEMBER = """
            INSERT INTO erased_candidate (candidate_hash, erasure_id, erased_at, recorded_at) VALUES ($1, $2, $3, $4)
            ON CONFLICT (candidate_hash) DO NOTHING""";

    private static final String IS_ERASED = "SELECT 1 FROM erased_candidate WHERE candidate_hash = $1";

    private CandidateErasure() {
    }

    /** The tombstone's key for a candidate id. */
    public static String hash(String candidateId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((PREFIX + candidateId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /** The same hash as {@link #hash}, as SQL over a column or expression holding the candidate id. */
    public static String hashSql(String candidateColumn) {
        return "encode(sha256(convert_to('" + PREFIX + "' || " + candidateColumn + ", 'UTF8')), 'hex')";
    }

    /**
     * A condition for a WHERE clause: true unless the candidate in {@code candidateColumn} has a tombstone. Put it
     * in the claim query of anything that acts for a candidate later (a timer, a delivery), so a row claimed after
     * the erasure was recorded is never worked, whichever replica claims it.
     */
    public static String unlessErased(String candidateColumn) {
        return "NOT EXISTS (SELECT 1 FROM " + TABLE + " ec WHERE ec.candidate_hash = " + hashSql(candidateColumn) + ")";
    }

    /** Records the tombstone in the caller's transaction; a second erasure of the same candidate keeps the first. */
    public static Uni<Void> remember(SqlClient tx, String candidateId, UUID erasureId, Instant erasedAt, Instant now) {
        return tx.preparedQuery(REMEMBER)
                .execute(Tuple.of(hash(candidateId), erasureId, ClaimSql.utc(erasedAt), ClaimSql.utc(now)))
                .replaceWithVoid();
    }

    /** Whether the candidate has a tombstone here. */
    public static Uni<Boolean> isErased(SqlClient client, String candidateId) {
        return client.preparedQuery(IS_ERASED).execute(Tuple.of(hash(candidateId))).map(rows -> rows.size() > 0);
    }

    /**
     * Runs {@code work} unless the candidate has a tombstone; then answers {@code erased} instead. For consumers:
     * an event about an erased candidate that arrives late (or is replayed) must not bring their data back.
     */
    public static <T> Uni<T> unlessErased(SqlClient client, String candidateId, java.util.function.Supplier<Uni<T>> work, T erased) {
        if (candidateId == null) {
            return work.get();
        }
        return isErased(client, candidateId).chain(gone -> gone ? Uni.createFrom().item(erased) : work.get());
    }

    /** Runs each of a service's erasure deletes ({@code $1} = the candidate id) in order, in the caller's transaction. */
    public static Uni<Void> deleteAll(SqlClient tx, String candidateId, java.util.List<String> deletes) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String sql : deletes) {
            chain = chain.chain(() -> tx.preparedQuery(sql).execute(Tuple.of(candidateId)).replaceWithVoid());
        }
        return chain;
    }

    /** The retention rule for the tombstones, for each service's retention producer. */
    public static RetentionRule tombstones(Duration keep) {
        return new RetentionRule("erased-candidate tombstones", TABLE, "recorded_at", keep, null);
    }
}
