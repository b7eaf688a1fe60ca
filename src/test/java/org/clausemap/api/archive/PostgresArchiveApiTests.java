package org.clausemap.api.archive;

import org.clausemap.archive.PostgresAvailable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The archive API on PostgreSQL (the {@code postgres} profile), in a schema of its own that Flyway creates and the
 * run drops. Fails when PostgreSQL is not reachable, unless CLAUSEMAP_SKIP_POSTGRES=true.
 */
@ExtendWith(PostgresAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clausemap.fetch.allowed-hosts=127.0.0.1",
        "clausemap.fetch.timeout=5s",
        "clausemap.archive.monitor.enabled=false"})
@AutoConfigureRestTestClient
@ActiveProfiles("postgres")
@DirtiesContext
class PostgresArchiveApiTests extends ArchiveApiContract {

    private static final String SCHEMA = PostgresAvailable.newSchema();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> PostgresAvailable.URL + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> PostgresAvailable.USER);
        registry.add("spring.flyway.default-schema", () -> SCHEMA);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @AfterAll
    static void dropSchema() {
        PostgresAvailable.dropSchema(SCHEMA);
    }
}
