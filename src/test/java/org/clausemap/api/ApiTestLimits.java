package org.clausemap.api;

/**
 * The size limits API tests run with: above the largest corpus document (315 KB), small enough to exceed cheaply
 * and below Tomcat's 2 MB swallow limit (a larger refused body may be cut off before the client reads the answer).
 */
final class ApiTestLimits {

    static final String MAX_DOCUMENT = "clausemap.max-document-bytes=400KB";
    static final String MAX_REQUEST = "clausemap.max-request-bytes=800KB";
    static final int DOCUMENT_BYTES = 400 * 1024;
    static final int REQUEST_BYTES = 800 * 1024;

    private ApiTestLimits() {
    }
}
