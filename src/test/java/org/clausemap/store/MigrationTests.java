package org.clausemap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.clausemap.archive.PostgresAvailable;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A database that holds texts stored before they were compressed (schema V3) is migrated without losing a character:
 * every analysis JSON, archived analysis and snapshot reads back equal, and the text columns are gone. Its rule
 * firing rows (V2) become one total per rule (V8).
 */
class MigrationTests {

    private static final String JSON = "{\"document\": {\"title\": \"Conditions d’utilisation — “Services”\"},"
            + " \"provisions\": [" + "{\"text\": \"You may not use Output to develop competing models.\"},".repeat(300)
            + "{}]}";
    private static final String HTML = "<html><body><h1>Terms</h1><p>Vous ne pouvez pas ... ✓</p></body></html>";

    @Test
    void h2TextsSurviveCompression() throws SQLException {
        migrateAndCheck("jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", null);
    }

    @Test
    @ExtendWith(PostgresAvailable.class)
    void postgresTextsSurviveCompression() throws SQLException {
        String schema = PostgresAvailable.newSchema();
        try {
            migrateAndCheck(PostgresAvailable.URL + "?currentSchema=" + schema, PostgresAvailable.USER, schema);
        } finally {
            PostgresAvailable.dropSchema(schema);
        }
    }

    private static void migrateAndCheck(String url, String user, String schema) throws SQLException {
        String[] schemas = schema == null ? new String[0] : new String[] {schema};
        Flyway.configure().dataSource(url, user, "").locations(Migrations.LOCATIONS).schemas(schemas).target("3")
                .load().migrate();
        UUID analysis = UUID.randomUUID();
        UUID version = UUID.randomUUID();
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            storeAsV3(connection, analysis, version);
        }

        Flyway.configure().dataSource(url, user, "").locations(Migrations.LOCATIONS).schemas(schemas).load()
                .migrate();

        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            assertThat(unpack(connection, "SELECT body_compressed FROM analysis_json WHERE analysis_id = ?", analysis))
                    .isEqualTo(JSON);
            assertThat(unpack(connection, "SELECT body_compressed FROM version_analysis WHERE version_id = ?", version))
                    .isEqualTo(JSON + " ");
            assertThat(unpack(connection, "SELECT content_compressed FROM version_snapshot WHERE version_id = ?", version))
                    .isEqualTo(HTML);
            assertThat(totals(connection)).containsExactlyInAnyOrder("classify.competing-models 3 2",
                    "map.competing-models.tfeu-101 1 1");
            assertThat(tables(connection)).contains("rule_firing_total").doesNotContain("analysis_rule_firing");
            assertThat(columns(connection, "analysis_json")).containsExactlyInAnyOrder("analysis_id", "body_compressed");
            assertThat(columns(connection, "version_analysis")).containsExactlyInAnyOrder("version_id", "body_compressed");
            assertThat(columns(connection, "version_snapshot"))
                    .containsExactlyInAnyOrder("version_id", "content_type", "content_compressed");
        }
    }

    private static void storeAsV3(Connection connection, UUID analysis, UUID version) throws SQLException {
        OffsetDateTime now = OffsetDateTime.parse("2026-11-26T10:00:00Z");
        execute(connection, "INSERT INTO analysis (id, title, source, sha256, score, band, rule_set_version,"
                + " analysed_at) VALUES (?, 't', 's', 'h', 1, 'low', 'v', ?)", analysis, now);
        execute(connection, "INSERT INTO analysis_json (analysis_id, body) VALUES (?, ?)", analysis, JSON);
        UUID other = UUID.randomUUID();
        execute(connection, "INSERT INTO analysis (id, title, source, sha256, score, band, rule_set_version,"
                + " analysed_at) VALUES (?, 't', 's', 'h', 1, 'low', 'v', ?)", other, now);
        execute(connection, "INSERT INTO analysis_json (analysis_id, body) VALUES (?, ?)", other, "{}");
        String firing = "INSERT INTO analysis_rule_firing (analysis_id, rule_id, firings) VALUES (?, ?, ?)";
        execute(connection, firing, analysis, "classify.competing-models", 2);
        execute(connection, firing, analysis, "map.competing-models.tfeu-101", 1);
        execute(connection, firing, other, "classify.competing-models", 1);
        UUID document = UUID.randomUUID();
        execute(connection, "INSERT INTO document (id, platform, document_type, monitor, created_at,"
                + " consecutive_failures) VALUES (?, 'acme', 'terms', FALSE, ?, 0)", document, now);
        execute(connection, "INSERT INTO document_version (id, document_id, recorded_at, ingested_at, origin, sha256,"
                + " source, format, title, provisions, score, band, rule_set_version) VALUES (?, ?, ?, ?, 'upload',"
                + " 'h', 's', 'html', 't', 1, 1, 'low', 'v')", version, document, now, now);
        execute(connection, "INSERT INTO version_snapshot (version_id, content_type, content) VALUES (?, 'text/html',"
                + " ?)", version, HTML);
        execute(connection, "INSERT INTO version_analysis (version_id, body) VALUES (?, ?)", version, JSON + " ");
    }

    private static void execute(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private static String unpack(Connection connection, String sql, UUID key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as(sql).isTrue();
                return Compressed.unpack(rows.getBytes(1));
            }
        }
    }

    private static List<String> totals(Connection connection) throws SQLException {
        List<String> totals = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT rule_id, firings, analyses FROM rule_firing_total")) {
            while (rows.next()) {
                totals.add(rows.getString(1) + " " + rows.getLong(2) + " " + rows.getLong(3));
            }
        }
        return totals;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                new String[] {"TABLE"})) {
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                names.add(rows.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
