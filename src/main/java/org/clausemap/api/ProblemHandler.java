package org.clausemap.api;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.clausemap.app.ClausemapProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every error into an RFC 9457 problem detail: the API's own {@link ApiProblem}s, Spring MVC's errors (unknown
 * route, unsupported media type, unreadable body, missing part, upload too large) with a clausemap type where there
 * is more to say than the status, and anything unexpected as a 500 that reveals nothing internal.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    private final ClausemapProperties properties;

    ProblemHandler(ClausemapProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem, HttpServletRequest request) {
        ProblemDetail body = problem.toProblemDetail();
        body.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(body.getStatus()).headers(problem.headers()).body(body);
    }

    /** A multipart body that cannot be parsed (size limits have their own handler). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException e, HttpServletRequest request) {
        return respond(new ApiProblem(ProblemType.MALFORMED_REQUEST, "The multipart body cannot be read: "
                + firstLine(e.getMostSpecificCause().getMessage())).toProblemDetail(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (RequestSizeLimit.exceeded(e)) {
            return respond(requestTooLarge().toProblemDetail(), request);
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(new ApiProblem(ProblemType.INTERNAL_ERROR,
                "An unexpected error occurred; it has been logged.").toProblemDetail(), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ApiProblem problem = RequestSizeLimit.exceeded(e) ? requestTooLarge()
                : new ApiProblem(ProblemType.MALFORMED_REQUEST, "The request body cannot be read: "
                + firstLine(e.getMostSpecificCause().getMessage()));
        ProblemDetail body = problem.toProblemDetail();
        return handleExceptionInternal(e, body, headers, HttpStatusCode.valueOf(body.getStatus()), request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail body = new ApiProblem(ProblemType.ROUTE_NOT_FOUND, "No route " + e.getHttpMethod() + " /"
                + e.getResourcePath()).toProblemDetail();
        return handleExceptionInternal(e, body, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = new ApiProblem(ProblemType.DOCUMENT_TOO_LARGE, "The upload is larger than the server"
                + " accepts: documents up to " + properties.maxDocumentBytes().toBytes() + " bytes, requests up to "
                + properties.maxRequestBytes().toBytes() + " bytes")
                .with("maxDocumentBytes", properties.maxDocumentBytes().toBytes())
                .toProblemDetail();
        return handleExceptionInternal(e, body, headers, status, request);
    }

    /** Gives Spring MVC's own problems a clausemap type where one fits, the {@code field} at fault, the instance. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (body == null && e instanceof ErrorResponse response) {
            body = response.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
        }
        if (body instanceof ProblemDetail problem) {
            ProblemType type = typeOf(e);
            boolean generic = problem.getType() == null || ABOUT_BLANK.equals(problem.getType());
            if (type != null && generic) {
                problem.setType(type.uri());
                problem.setTitle(type.title());
            } else if (problem.getType() == null) {
                problem.setType(ABOUT_BLANK);
            }
            String field = fieldOf(e);
            if (field != null) {
                problem.setProperty("field", field);
            }
            if (request instanceof ServletWebRequest servlet) {
                problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
            }
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    private ApiProblem requestTooLarge() {
        long limit = properties.maxRequestBytes().toBytes();
        return new ApiProblem(ProblemType.REQUEST_TOO_LARGE, "The request body is larger than " + limit
                + " bytes, the limit (clausemap.max-request-bytes)").with("maxRequestBytes", limit);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static ProblemType typeOf(Exception e) {
        if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
            return ProblemType.ROUTE_NOT_FOUND;
        }
        if (e instanceof HttpMediaTypeNotSupportedException) {
            return ProblemType.UNSUPPORTED_MEDIA_TYPE;
        }
        if (e instanceof MissingServletRequestPartException || e instanceof MissingServletRequestParameterException
                || e instanceof TypeMismatchException) {
            return ProblemType.INVALID_REQUEST;
        }
        return null;
    }

    private static String fieldOf(Exception e) {
        if (e instanceof MissingServletRequestPartException missing) {
            return missing.getRequestPartName();
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return missing.getParameterName();
        }
        if (e instanceof TypeMismatchException mismatch) {
            return mismatch.getPropertyName();
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
