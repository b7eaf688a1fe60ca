package org.clausemap.archive.monitor;

import org.clausemap.archive.TestDatabase;

/** The monitor on H2, the default database. */
class H2MonitorTests extends MonitorContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
