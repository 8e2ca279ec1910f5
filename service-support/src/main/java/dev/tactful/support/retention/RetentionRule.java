package dev.tactful.support.retention;

import java.time.Duration;
import java.util.Objects;

/**
 * Rows of one table that may go once they are older than {@code keep}, measured on a machine-time column.
 * A service declares its rules as CDI beans ({@code @Produces RetentionRule}); {@link Retention} sweeps them.
 *
 * @param condition extra SQL on the row that must hold too (e.g. {@code published_at IS NOT NULL}), or null
 */
public record RetentionRule(String name, String table, String column, Duration keep, String condition) {

    public RetentionRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(keep, "keep");
        if (keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException(name + ": retention must be positive, was " + keep);
        }
    }

    /** Published outbox rows: once the broker has them, the row is history (parked rows are never swept). */
    public static RetentionRule publishedOutbox(Duration keep) {
        return new RetentionRule("published outbox rows", "outbox", "published_at", keep, null);
    }

    String deleteBatch() {
        return "DELETE FROM " + table + " WHERE ctid = ANY(ARRAY(SELECT ctid FROM " + table + " WHERE " + column + " < $1"
                + (condition == null ? "" : " AND (" + condition + ")") + " LIMIT $2))";
    }
}
