package org.clausemap.api.archive;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application on a random port over an in-memory H2 database of its own, with 127.0.0.1 allowed for fetches
 * (a loopback server stands in for the web) and the monitor's scheduler off (tests drive the monitor).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:clausemap-archive;DB_CLOSE_DELAY=-1",
        "clausemap.fetch.allowed-hosts=127.0.0.1",
        "clausemap.fetch.timeout=5s",
        "clausemap.archive.monitor.enabled=false"})
@AutoConfigureRestTestClient
@interface H2ArchiveTest {
}
