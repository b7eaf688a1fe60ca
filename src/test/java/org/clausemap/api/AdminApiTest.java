package org.clausemap.api;

import org.clausemap.analysis.Core;
import org.clausemap.app.RuleReloads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The application with an admin credential (an API key and Basic credentials) serving a copy of the rules that
 * tests may change ({@link AdminRulesFolder}); the file watch is off, so only the API reloads. Every subclass shares
 * one application context; after each test the shipped rules are put back and reloaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:clausemap-admin;DB_CLOSE_DELAY=-1",
        ApiTestLimits.MAX_DOCUMENT, ApiTestLimits.MAX_REQUEST,
        "clausemap.admin.api-key=" + AdminApiTest.KEY,
        "clausemap.admin.username=" + AdminApiTest.USER,
        "clausemap.admin.password=" + AdminApiTest.PASSWORD,
        "clausemap.rules.watch=false"})
@AutoConfigureRestTestClient
abstract class AdminApiTest {

    static final String KEY = "test-admin-key-0123456789abcdef";
    static final String USER = "rules-admin";
    static final String PASSWORD = "correct horse battery staple";

    @Autowired
    RestTestClient client;

    @Autowired
    Core core;

    @Autowired
    RuleReloads reloads;

    @LocalServerPort
    int port;

    Api api;
    AdminApi admin;
    String shippedVersion;

    @DynamicPropertySource
    static void rulesFolder(DynamicPropertyRegistry registry) {
        registry.add("clausemap.rules-dir", AdminRulesFolder.FOLDER::toString);
    }

    @BeforeEach
    void setUpClients() {
        api = new Api(client);
        admin = new AdminApi(client);
        shippedVersion = core.rules().current().version();
    }

    @AfterEach
    void putTheShippedRulesBack() {
        AdminRulesFolder.restore();
        if (!core.rules().current().version().equals(shippedVersion)) {
            reloads.reload("test");
        }
    }
}
