package dev.tactful.support.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * For erasure tests: finds a value (a candidate id) anywhere in a service's database, in every column of every row of
 * every table of the {@code public} schema, by comparing the row's text form. A new table cannot be forgotten.
 */
public final class TableScan {

    private TableScan() {
    }

    /** The tables of the {@code public} schema, without Flyway's history. */
    public static List<String> tables(String jdbcUrl, String user, String password) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
            return tables(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code "table: row"} for every row whose text contains {@code value}; empty when the value is nowhere. */
    public static List<String> rowsMentioning(String jdbcUrl, String user, String password, String value) {
        List<String> found = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
            for (String table : tables(c)) {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT t::text FROM \"" + table + "\" t WHERE strpos(t::text, ?) > 0")) {
                    ps.setString(1, value);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(table + ": " + rs.getString(1));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, "public", "%", new String[] { "TABLE" })) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.equals("flyway_schema_history")) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }
}
