package org.clausemap.archive;

import java.time.Clock;
import java.util.List;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.clausemap.analysis.Core;
import org.clausemap.archive.diff.ChangeSummarizer;
import org.clausemap.archive.store.DocumentStore;
import org.clausemap.store.Migrations;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The archive over a database given by JDBC URL, without the Spring application: what the CLI uses. Migrates the
 * database with the application's own Flyway migrations first, so the CLI and the service share one schema (the
 * default, {@value #DEFAULT_URL}, is the service's default database).
 */
public final class StandaloneArchive implements AutoCloseable {

    /** The service's default database: the H2 file under ./data, shareable while the service runs. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/clausemap;AUTO_SERVER=TRUE";

    private final HikariDataSource dataSource;
    private final Archive archive;

    private StandaloneArchive(HikariDataSource dataSource, Archive archive) {
        this.dataSource = dataSource;
        this.archive = archive;
    }

    /** Opens (and migrates) the database and builds the archive over {@code core}. */
    public static StandaloneArchive open(Core core, String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(2);
        config.setPoolName("clausemap-cli");
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(dataSource).locations(Migrations.LOCATIONS).load().migrate();
            DocumentStore store = new DocumentStore(JdbcClient.create(dataSource),
                    new DataSourceTransactionManager(dataSource));
            return new StandaloneArchive(dataSource, new Archive(core, store, ChangeSummarizer.of(core), List.of(),
                    ArchiveProperties.defaults(), Clock.systemUTC()));
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    public Archive archive() {
        return archive;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
