package org.clausemap.api.rules;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.clausemap.api.ApiProblem;
import org.clausemap.api.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Guards rule management ({@code /api/rules/**} with any method but GET, HEAD and OPTIONS: reload, validate): DRL is
 * executable code, so only the admin may load or compile rules. Runs before the body is read. Without a configured
 * credential every such request is refused with 403 (saying how to configure one); a missing or wrong credential is
 * a 401 with {@code WWW-Authenticate}. Both are problem details.
 */
final class AdminFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AdminFilter.class);
    private static final Set<String> READ_ONLY = Set.of("GET", "HEAD", "OPTIONS");

    private final AdminCredentials credentials;
    private final HandlerExceptionResolver resolver;

    AdminFilter(AdminCredentials credentials, HandlerExceptionResolver resolver) {
        this.credentials = credentials;
        this.resolver = resolver;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (READ_ONLY.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(AdminCredentials.API_KEY_HEADER);
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        switch (credentials.check(key, authorization)) {
            case GRANTED -> {
                LOG.info("rule management: {} {} by {} from {}", request.getMethod(), request.getRequestURI(),
                        credentials.principal(authorization), request.getRemoteAddr());
                chain.doFilter(request, response);
            }
            case NOT_CONFIGURED -> refuse(request, response, notConfigured());
            case REFUSED -> {
                LOG.warn("rule management refused: {} {} from {} without a valid admin credential",
                        request.getMethod(), request.getRequestURI(), request.getRemoteAddr());
                refuse(request, response, unauthorized());
            }
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, ApiProblem problem) {
        resolver.resolveException(request, response, null, problem);
    }

    private ApiProblem notConfigured() {
        return new ApiProblem(ProblemType.ADMIN_NOT_CONFIGURED, "Loading or compiling rules runs code on the server,"
                + " so it needs an admin credential, and none is configured. Set clausemap.admin.api-key (sent as the "
                + AdminCredentials.API_KEY_HEADER + " header), or clausemap.admin.username and"
                + " clausemap.admin.password (HTTP Basic), and restart the service.");
    }

    private ApiProblem unauthorized() {
        ApiProblem problem = new ApiProblem(ProblemType.UNAUTHORIZED, "Rule management needs the admin credential:"
                + " send " + credentials.howToAuthenticate() + ".");
        credentials.challenges().forEach(c -> problem.header(HttpHeaders.WWW_AUTHENTICATE, c));
        return problem;
    }
}
