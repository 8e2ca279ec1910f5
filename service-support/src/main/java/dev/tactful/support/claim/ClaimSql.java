package dev.tactful.support.claim;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** SQL pieces every claim query shares. */
public final class ClaimSql {

    private ClaimSql() {
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /**
     * Strict order per key: a row may be claimed only when no earlier row of its key is still pending, whether that
     * row waits, is in flight on another replica (locked, so {@code SKIP LOCKED} hides it but this does not), or
     * is parked. So at most the oldest pending row of each key is claimed per round, and a parked row holds back its
     * own key only.
     *
     * @param alias      the alias of the claimed table in the outer query
     * @param table      the table
     * @param keyColumn  the ordering key (e.g. the interview id)
     * @param seqColumn  the order within a key
     * @param pending    the condition, on alias {@code e}, for a row that is not finished
     */
    public static String oldestPendingOfKey(String alias, String table, String keyColumn, String seqColumn, String pending) {
        return "NOT EXISTS (SELECT 1 FROM " + table + " e WHERE e." + keyColumn + " = " + alias + "." + keyColumn
                + " AND e." + seqColumn + " < " + alias + "." + seqColumn + " AND " + pending + ")";
    }
}
