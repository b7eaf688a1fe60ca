package org.clausemap.api;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs PostgreSQL tests only against a reachable server, and fails them (rather than skipping them) when it is not:
 * CI guarantees PostgreSQL, so an unreachable server is a broken set-up, not a reason to pass. Set
 * {@code CLAUSEMAP_SKIP_POSTGRES=true} to skip them on a machine without PostgreSQL.
 */
final class PostgresRequired implements ExecutionCondition {

    static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String USER = "postgres";
    static final String SKIP_VARIABLE = "CLAUSEMAP_SKIP_POSTGRES";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if ("true".equalsIgnoreCase(System.getenv(SKIP_VARIABLE))) {
            return ConditionEvaluationResult.disabled(SKIP_VARIABLE + "=true: PostgreSQL tests skipped");
        }
        try (Connection connection = connect()) {
            return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + URL + " ("
                    + connection.getMetaData().getDatabaseProductVersion() + ")");
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + URL + " as user " + USER + ": "
                    + e.getMessage().replaceAll("\\.+$", "") + ". Start it (pg_ctlcluster --skip-systemctl-redirect"
                    + " <version> main start), or set " + SKIP_VARIABLE + "=true to skip the PostgreSQL tests.", e);
        }
    }

    static Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(5);
        return DriverManager.getConnection(URL, USER, "");
    }

    /** Drops a schema the tests created. */
    static void dropSchema(String schema) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
