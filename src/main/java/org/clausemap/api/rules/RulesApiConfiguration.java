package org.clausemap.api.rules;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.clausemap.app.ClausemapProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;

/** The admin guard in front of rule management, and how the OpenAPI document describes its credential. */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = RulesApiConfiguration.API_KEY, type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        paramName = AdminCredentials.API_KEY_HEADER, description = "clausemap.admin.api-key")
@SecurityScheme(name = RulesApiConfiguration.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "clausemap.admin.username and clausemap.admin.password")
class RulesApiConfiguration {

    static final String API_KEY = "adminApiKey";
    static final String BASIC = "adminBasic";
    private static final Logger LOG = LoggerFactory.getLogger(RulesApiConfiguration.class);
    private static final int SHORT_KEY = 16;

    @Bean
    FilterRegistrationBean<AdminFilter> adminFilter(ClausemapProperties properties,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        ClausemapProperties.Admin admin = properties.admin();
        AdminCredentials credentials = new AdminCredentials(admin);
        if (!credentials.configured()) {
            LOG.info("no admin credential configured (clausemap.admin.*): reloading and validating rules over HTTP"
                    + " is disabled");
        } else if (admin.hasApiKey() && admin.apiKey().length() < SHORT_KEY) {
            LOG.warn("clausemap.admin.api-key is shorter than {} characters: use a long random key", SHORT_KEY);
        }
        if ((admin.username() != null && !admin.username().isBlank()) != admin.hasBasic()) {
            LOG.warn("clausemap.admin.username is set without clausemap.admin.password: HTTP Basic is disabled");
        }
        FilterRegistrationBean<AdminFilter> registration = new FilterRegistrationBean<>(
                new AdminFilter(credentials, resolver));
        registration.addUrlPatterns("/api/rules/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
