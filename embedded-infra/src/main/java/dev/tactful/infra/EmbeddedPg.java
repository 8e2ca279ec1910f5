package dev.tactful.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A real PostgreSQL server from the zonky binaries, with helpers to create one database per service. */
final class EmbeddedPg {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    private static final Logger LOG = Logger.getLogger(EmbeddedPg.class);
    private static final Pattern DB_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final int port;
    private final Path dataDir;
    private EmbeddedPostgres postgres;

    /**
     * @param dataDir where to keep data across restarts (and across {@link #stop()}/{@link #start()}), or null for a
     *        throw-away directory that a stop deletes
     */
    EmbeddedPg(int port, Path dataDir) {
        this.port = port;
        this.dataDir = dataDir;
    }

    synchronized void start() {
        if (postgres != null) {
            return;
        }
        long started = System.nanoTime();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                // Several Quarkus apps (and their pools) share one server during a test run.
                .setServerConfig("max_connections", "300");
        if (dataDir != null) {
            builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
        }
        try {
            postgres = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start on port " + port, e);
        }
        LOG.infof("Embedded PostgreSQL started at localhost:%d in %d ms (%s)", port,
                (System.nanoTime() - started) / 1_000_000, dataDir == null ? "temporary data" : "data in " + dataDir);
    }

    synchronized void stop() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
        postgres = null;
        LOG.infof("Embedded PostgreSQL at localhost:%d stopped", port);
    }

    synchronized boolean isRunning() {
        return postgres != null;
    }

    /** Creates the database unless it exists; returns true when it was created. */
    synchronized boolean ensureDatabase(String name) {
        if (!DB_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            try (Statement st = c.createStatement()) {
                // The name was checked against DB_NAME above, so it is safe to splice into DDL.
                st.execute("CREATE DATABASE " + name);
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    int port() {
        return port;
    }

    String jdbcUrl(String db) {
        return "jdbc:postgresql://localhost:" + port + "/" + db;
    }

    String reactiveUrl(String db) {
        return "postgresql://localhost:" + port + "/" + db;
    }
}
