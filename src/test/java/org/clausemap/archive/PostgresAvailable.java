package org.clausemap.archive;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the archive's PostgreSQL tests against the local server, and fails them (rather than skipping) when it is not
 * reachable, as the analysis API's PostgreSQL suite does; {@code CLAUSEMAP_SKIP_POSTGRES=true} skips them.
 */
public final class PostgresAvailable implements ExecutionCondition {

    public static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String USER = "postgres";
    static final String SKIP_VARIABLE = "CLAUSEMAP_SKIP_POSTGRES";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if ("true".equalsIgnoreCase(System.getenv(SKIP_VARIABLE))) {
            return ConditionEvaluationResult.disabled(SKIP_VARIABLE + "=true: PostgreSQL tests skipped");
        }
        try (Connection connection = connect()) {
            return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + URL);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + URL + " as user " + USER + ": "
                    + e.getMessage() + ". Start it, or set " + SKIP_VARIABLE + "=true to skip the PostgreSQL tests.",
                    e);
        }
    }

    static Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(5);
        return DriverManager.getConnection(URL, USER, "");
    }

    /** Drops a schema a test created. */
    public static void dropSchema(String schema) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop schema " + schema, e);
        }
    }

    /** Creates a schema (for code that migrates the connection's current schema, as the CLI does). */
    public static void createSchema(String schema) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema, e);
        }
    }

    /** A fresh schema name for one test class. */
    public static String newSchema() {
        return "clausemap_archive_" + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong())
                .replace('-', '0');
    }
}
