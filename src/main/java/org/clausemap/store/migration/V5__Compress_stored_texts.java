package org.clausemap.store.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.clausemap.store.Compressed;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Compresses the texts stored before V4 into the columns V4 added (named {@code _gzip} until V7 renamed them; the
 * codec is now LZ4, {@link Compressed}): analysis JSON, archived versions' analysis JSON and their raw snapshots. Row
 * by row (the keys first, then one text in memory at a time), in the migration's transaction: on PostgreSQL a
 * failure leaves every row as it was; V6 drops the text columns only after this ran.
 * (The class name is Flyway's: V5, "Compress stored texts".)
 */
public class V5__Compress_stored_texts extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        compress(connection, "analysis_json", "analysis_id", "body", "body_gzip");
        compress(connection, "version_analysis", "version_id", "body", "body_gzip");
        compress(connection, "version_snapshot", "version_id", "content", "content_gzip");
    }

    private static void compress(Connection connection, String table, String key, String text, String gzip)
            throws SQLException {
        List<Object> keys = new ArrayList<>();
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT " + key + " FROM " + table + " WHERE " + gzip
                     + " IS NULL")) {
            while (rows.next()) {
                keys.add(rows.getObject(1));
            }
        }
        try (PreparedStatement read = connection.prepareStatement(
                     "SELECT " + text + " FROM " + table + " WHERE " + key + " = ?");
             PreparedStatement write = connection.prepareStatement(
                     "UPDATE " + table + " SET " + gzip + " = ? WHERE " + key + " = ?")) {
            for (Object id : keys) {
                read.setObject(1, id);
                try (ResultSet row = read.executeQuery()) {
                    if (!row.next()) {
                        continue;
                    }
                    write.setBytes(1, Compressed.pack(row.getString(1)));
                }
                write.setObject(2, id);
                write.executeUpdate();
            }
        }
    }
}
