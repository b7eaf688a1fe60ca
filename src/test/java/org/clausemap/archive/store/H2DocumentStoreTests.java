package org.clausemap.archive.store;

import org.clausemap.archive.TestDatabase;

/** The archive's store on H2. */
class H2DocumentStoreTests extends DocumentStoreContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
