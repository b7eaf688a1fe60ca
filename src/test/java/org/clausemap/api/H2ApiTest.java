package org.clausemap.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application on a random port over an in-memory H2 database, with small size limits (so limits can be
 * exceeded cheaply) and 127.0.0.1 allowed for URL fetches (so a loopback server can stand in for the web). Every
 * class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:clausemap-api;DB_CLOSE_DELAY=-1",
        ApiTestLimits.MAX_DOCUMENT, ApiTestLimits.MAX_REQUEST,
        "clausemap.fetch.allowed-hosts=127.0.0.1",
        "clausemap.fetch.timeout=2s"})
@AutoConfigureRestTestClient
@interface H2ApiTest {
}
