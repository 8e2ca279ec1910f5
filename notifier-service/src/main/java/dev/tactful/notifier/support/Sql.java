package dev.tactful.notifier.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Small bridges between Java types and the reactive PostgreSQL client (instants as UTC timestamptz, enums by name). */
public final class Sql {

    private Sql() {
    }

    public static Tuple args(Object... values) {
        Tuple t = Tuple.tuple();
        for (Object v : values) {
            t.addValue(convert(v));
        }
        return t;
    }

    private static Object convert(Object v) {
        if (v instanceof Instant i) {
            return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        return v;
    }

    public static Instant instant(Row row, String column) {
        OffsetDateTime t = row.getOffsetDateTime(column);
        return t == null ? null : t.toInstant();
    }
}
