package org.clausemap.cli;

import java.util.List;

import org.clausemap.archive.PostgresAvailable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** The import and compare commands on PostgreSQL, in a schema of their own per test. */
@ExtendWith(PostgresAvailable.class)
class PostgresImportCommandTests extends ImportCommandContract {

    private String schema;

    @BeforeEach
    void schema() {
        schema = PostgresAvailable.newSchema();
        PostgresAvailable.createSchema(schema);
    }

    @AfterEach
    void dropSchema() {
        PostgresAvailable.dropSchema(schema);
    }

    @Override
    List<String> database() {
        return List.of("--db-url", PostgresAvailable.URL + "?currentSchema=" + schema, "--db-user",
                PostgresAvailable.USER);
    }
}
