package dev.tactful.inbox.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import dev.tactful.infra.TactfulInfra;

/** Plain JDBC on the service's database, for what a test must see that the API does not show. */
final class Db {

    private Db() {
    }

    static long count(String sql, Object... args) throws SQLException {
        try (Connection c = DriverManager.getConnection(TactfulInfra.get().jdbcUrl("inbox"), TactfulInfra.POSTGRES_USER,
                TactfulInfra.POSTGRES_PASSWORD); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static java.util.UUID uuid(String sql, Object... args) throws SQLException {
        try (Connection c = DriverManager.getConnection(TactfulInfra.get().jdbcUrl("inbox"), TactfulInfra.POSTGRES_USER,
                TactfulInfra.POSTGRES_PASSWORD); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1, java.util.UUID.class);
            }
        }
    }
}
