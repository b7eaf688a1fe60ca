package org.clausemap.api;

/** The API and persistence suite on H2, the default database. */
@H2ApiTest
class H2AnalysisApiTests extends AnalysisApiContract {
}
