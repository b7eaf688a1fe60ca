package org.clausemap.api;

import java.sql.SQLException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The API and persistence suite on PostgreSQL (the {@code postgres} profile), in a schema of its own that Flyway
 * creates and the run drops. Fails when PostgreSQL is not reachable, unless CLAUSEMAP_SKIP_POSTGRES=true.
 */
@ExtendWith(PostgresRequired.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {ApiTestLimits.MAX_DOCUMENT, ApiTestLimits.MAX_REQUEST})
@AutoConfigureRestTestClient
@ActiveProfiles("postgres")
@DirtiesContext
class PostgresAnalysisApiTests extends AnalysisApiContract {

    private static final String SCHEMA = "clausemap_test_" + HexFormat.of().toHexDigits(
            ThreadLocalRandom.current().nextLong());

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> PostgresRequired.URL + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> PostgresRequired.USER);
        registry.add("spring.flyway.default-schema", () -> SCHEMA);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        PostgresRequired.dropSchema(SCHEMA);
    }
}
