package org.clausemap.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.clausemap.app.ClausemapProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;

/** The request-size cap on {@code /api/*} and the OpenAPI document's description. */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(ClausemapProperties properties,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(
                new RequestSizeLimit(properties.maxRequestBytes().toBytes(), resolver));
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    @Bean
    OpenAPI clausemapOpenApi() {
        return new OpenAPI().info(new Info().title("clausemap API").version("0.1.0")
                .description("Analyse platform terms: provisions, framework engagements, enforcement-risk scores and"
                        + " a due-diligence checklist, each traceable to the rule that produced it. Errors are RFC 9457"
                        + " problem details. Not legal advice."));
    }
}
