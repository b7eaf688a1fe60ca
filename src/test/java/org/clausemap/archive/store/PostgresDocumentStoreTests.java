package org.clausemap.archive.store;

import org.clausemap.archive.PostgresAvailable;
import org.clausemap.archive.TestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;

/** The archive's store on PostgreSQL. */
@ExtendWith(PostgresAvailable.class)
class PostgresDocumentStoreTests extends DocumentStoreContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
