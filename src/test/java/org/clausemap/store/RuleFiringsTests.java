package org.clausemap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.clausemap.archive.PostgresAvailable;
import org.clausemap.engine.RuleFiring;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two service instances over one database count every analysis exactly once, even when both have it queued and both
 * flush at the same moment, racing to insert the same rules' first totals; and firings the database refused are
 * counted at the next flush, not lost.
 */
class RuleFiringsTests {

    private static final int ANALYSES = 40;

    @Test
    void h2InstancesFlushingTogetherCountEachAnalysisOnce() throws Exception {
        DriverManagerDataSource db = StoreTestDatabase.migratedH2();
        countedOnce(db);
    }

    @Test
    @ExtendWith(PostgresAvailable.class)
    void postgresInstancesFlushingTogetherCountEachAnalysisOnce() throws Exception {
        String schema = PostgresAvailable.newSchema();
        try {
            DriverManagerDataSource db = new DriverManagerDataSource(
                    PostgresAvailable.URL + "?currentSchema=" + schema, PostgresAvailable.USER, "");
            Flyway.configure().dataSource(db).locations(Migrations.LOCATIONS).schemas(schema).load().migrate();
            countedOnce(db);
        } finally {
            PostgresAvailable.dropSchema(schema);
        }
    }

    @Test
    void firingsTheDatabaseRefusedStayQueuedForTheNextFlush() {
        DriverManagerDataSource db = StoreTestDatabase.migratedH2();
        JdbcClient jdbc = JdbcClient.create(db);
        UUID analysis = StoreTestDatabase.insertAnalysis(jdbc);
        RuleFirings firings = firings(jdbc, db);
        try {
            firings.queue(analysis, List.of(firing("classify.a")));
            jdbc.sql("ALTER TABLE rule_firing_total RENAME TO rule_firing_total_away").update();

            assertThatThrownBy(firings::flush).isInstanceOf(DataAccessException.class);
            assertThat(jdbc.sql("SELECT firings_counted FROM analysis WHERE id = :id").param("id", analysis)
                    .query(Boolean.class).single()).as("the claim rolled back with the totals").isFalse();

            jdbc.sql("ALTER TABLE rule_firing_total_away RENAME TO rule_firing_total").update();
            assertThat(firings.flush()).isEqualTo(1);
            assertThat(firings.counts()).isEqualTo(Map.of("classify.a", new FireCount(1, 1)));
        } finally {
            firings.destroy();
        }
    }

    private static void countedOnce(DataSource db) throws Exception {
        JdbcClient jdbc = JdbcClient.create(db);
        List<UUID> analyses = insert(jdbc, ANALYSES);
        RuleFirings one = firings(jdbc, db);
        RuleFirings two = firings(jdbc, db);
        try {
            // each instance saved its own half: no analysis in common, so both race to insert the first totals of
            // the same new rules (a twice and b once per analysis)
            List<RuleFiring> first = List.of(firing("classify.a"), firing("classify.a"), firing("map.b"));
            for (int i = 0; i < ANALYSES; i++) {
                (i % 2 == 0 ? one : two).queue(analyses.get(i), first);
            }
            assertThat(together(one, two)).isEqualTo(ANALYSES);
            assertThat(one.counts()).isEqualTo(Map.of(
                    "classify.a", new FireCount(2L * ANALYSES, ANALYSES),
                    "map.b", new FireCount(ANALYSES, ANALYSES)));

            // both hold every analysis of a second batch (one saved it, the other backfills it): counted once
            List<UUID> again = insert(jdbc, ANALYSES);
            List<RuleFiring> second = List.of(firing("classify.a"), firing("classify.c"));
            for (UUID id : again) {
                one.queue(id, second);
                two.queue(id, second);
            }
            assertThat(together(one, two)).isEqualTo(ANALYSES);
            assertThat(two.counts()).isEqualTo(Map.of(
                    "classify.a", new FireCount(3L * ANALYSES, 2L * ANALYSES),
                    "map.b", new FireCount(ANALYSES, ANALYSES),
                    "classify.c", new FireCount(ANALYSES, ANALYSES)));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM analysis WHERE firings_counted = FALSE").query(Long.class)
                    .single()).isZero();
            assertThat(one.flush() + two.flush()).as("nothing left queued").isZero();
        } finally {
            one.destroy();
            two.destroy();
        }
    }

    /** Both instances flush at the same moment; the analyses they counted between them. */
    private static int together(RuleFirings one, RuleFirings two) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Future<Integer> byOne = threads.submit(() -> {
                start.await();
                return one.flush();
            });
            Future<Integer> byTwo = threads.submit(() -> {
                start.await();
                return two.flush();
            });
            start.countDown();
            return byOne.get(30, TimeUnit.SECONDS) + byTwo.get(30, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<UUID> insert(JdbcClient jdbc, int count) {
        List<UUID> analyses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            analyses.add(StoreTestDatabase.insertAnalysis(jdbc));
        }
        return analyses;
    }

    private static RuleFirings firings(JdbcClient jdbc, DataSource db) {
        return StoreTestDatabase.firingsFlushedByHand(jdbc, db);
    }

    private static RuleFiring firing(String ruleId) {
        return new RuleFiring(ruleId, "classify", List.of("p-1"));
    }
}
