package org.clausemap.api.archive;

/** The archive API on H2, the default database. */
@H2ArchiveTest
class H2ArchiveApiTests extends ArchiveApiContract {
}
