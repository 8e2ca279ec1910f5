package dev.tactful.support.outbox;

import java.time.Instant;

import dev.tactful.support.claim.ClaimSql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The outbox table every service shares (see docs/outbox.md for its shape and the Debezium alternative):
 * written in the same transaction as the change it announces, published by {@link OutboxRelay}.
 */
public final class Outbox {

    static final String TABLE = "outbox";

    private static final String INSERT = """
            INSERT INTO outbox (id, aggregate_id, topic, type, source, event_time, payload, created_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)""";

    private Outbox() {
    }

    /** Appends an event inside the caller's transaction; {@code now} is machine time (row bookkeeping). */
    public static Uni<Void> append(SqlConnection tx, OutboxEvent e, Instant now) {
        return tx.preparedQuery(INSERT)
                .execute(Tuple.from(new Object[] { e.id(), e.key(), e.topic(), e.type(), e.source(), ClaimSql.utc(e.time()),
                        e.payload(), ClaimSql.utc(now) }))
                .replaceWithVoid();
    }
}
