package org.clausemap.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.clausemap.archive.store.DocumentStore;
import org.clausemap.store.Migrations;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * A database for archive tests, migrated with the application's Flyway migrations: an in-memory H2 database, or a
 * schema of its own on the local PostgreSQL that {@link #close()} drops. Several stores (separate connection pools,
 * as separate processes would have) may be opened on it.
 */
public final class TestDatabase implements AutoCloseable {

    private final String url;
    private final String user;
    private final String schema;
    private final List<HikariDataSource> pools = new ArrayList<>();

    private TestDatabase(String url, String user, String schema) {
        this.url = url;
        this.user = user;
        this.schema = schema;
        Flyway.configure().dataSource(url, user, "").locations(Migrations.LOCATIONS)
                .schemas(schema == null ? new String[0] : new String[] {schema}).load().migrate();
    }

    public static TestDatabase h2() {
        return new TestDatabase("jdbc:h2:mem:archive-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", null);
    }

    public static TestDatabase postgres() {
        String schema = PostgresAvailable.newSchema();
        return new TestDatabase(PostgresAvailable.URL + "?currentSchema=" + schema, PostgresAvailable.USER, schema);
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    /** A store over a new connection pool to this database. */
    public DocumentStore store() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword("");
        config.setMaximumPoolSize(4);
        HikariDataSource pool = new HikariDataSource(config);
        pools.add(pool);
        return new DocumentStore(JdbcClient.create(pool), new DataSourceTransactionManager(pool));
    }

    @Override
    public void close() {
        pools.forEach(HikariDataSource::close);
        if (schema != null) {
            PostgresAvailable.dropSchema(schema);
        }
    }
}
