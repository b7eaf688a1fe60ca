package org.clausemap.archive.monitor;

import org.clausemap.archive.PostgresAvailable;
import org.clausemap.archive.TestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;

/** The monitor on PostgreSQL, in a schema of its own per test; fails when PostgreSQL is unreachable. */
@ExtendWith(PostgresAvailable.class)
class PostgresMonitorTests extends MonitorContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
