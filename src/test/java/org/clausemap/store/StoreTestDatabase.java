package org.clausemap.store;

import java.time.OffsetDateTime;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** What the store's own tests stand on: a fresh migrated in-memory H2, bare analysis rows, manual rule counts. */
final class StoreTestDatabase {

    private StoreTestDatabase() {
    }

    /** A new in-memory H2 database with every migration applied. */
    static DriverManagerDataSource migratedH2() {
        DriverManagerDataSource db = new DriverManagerDataSource(
                "jdbc:h2:mem:store-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(db).locations(Migrations.LOCATIONS).load().migrate();
        return db;
    }

    /** Inserts an analysis row (no JSON, firings not counted) and returns its id. */
    static UUID insertAnalysis(JdbcClient jdbc) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO analysis (id, title, source, sha256, score, band, rule_set_version, analysed_at)"
                        + " VALUES (:id, 't', 's', 'h', 1, 'low', 'v', :at)")
                .param("id", id).param("at", OffsetDateTime.parse("2026-11-26T10:00:00Z")).update();
        return id;
    }

    /** Rule firing counts whose queue is flushed only by hand, so a test decides what each flush finds. */
    static RuleFirings firingsFlushedByHand(JdbcClient jdbc, DataSource db) {
        return new RuleFirings(jdbc, new TransactionTemplate(new DataSourceTransactionManager(db)), 3_600_000);
    }
}
