package org.clausemap.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;

/**
 * A request the API refuses, with what the problem detail should say (and any response header it needs, such as
 * {@code WWW-Authenticate}). Thrown by the API layer only, its feature packages included.
 */
public final class ApiProblem extends RuntimeException {

    private final ProblemType type;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private final HttpHeaders headers = new HttpHeaders();

    public ApiProblem(ProblemType type, String detail) {
        this(type, detail, null);
    }

    public ApiProblem(ProblemType type, String detail, Throwable cause) {
        super(detail, cause);
        this.type = type;
    }

    /** Adds an extension member to the problem detail (e.g. {@code field}, {@code selector}). */
    public ApiProblem with(String name, Object value) {
        if (value != null) {
            properties.put(name, value);
        }
        return this;
    }

    /** Adds a response header (e.g. {@code WWW-Authenticate} on a 401). */
    public ApiProblem header(String name, String value) {
        headers.add(name, value);
        return this;
    }

    HttpHeaders headers() {
        return headers;
    }

    public static ApiProblem invalid(String field, String detail) {
        return new ApiProblem(ProblemType.INVALID_REQUEST, detail).with("field", field);
    }

    ProblemType type() {
        return type;
    }

    ProblemDetail toProblemDetail() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), getMessage());
        problem.setType(type.uri());
        problem.setTitle(type.title());
        properties.forEach(problem::setProperty);
        return problem;
    }
}
