package za.gov.dpsa.isdip.platform.api;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import za.gov.dpsa.isdip.core.Conflict;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.NotFound;

/**
 * Turns every refusal of an API endpoint into a problem response, whichever module's endpoint threw it. Requests
 * outside {@code /api/} are left to the portal's own error handling (their exceptions are thrown on).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionAdvice {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionAdvice.class);
    private final ApiProblems problems;

    ApiExceptionAdvice(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<Object> invalid(InvalidInput e, HttpServletRequest request) throws Exception {
        apiOnly(request, e);
        return problems.invalid(request, List.of(new ApiProblems.FieldError(e.field(),
                problems.text(request, e.messageKey(), e.arguments()))));
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<Object> notFound(NotFound e, HttpServletRequest request) throws Exception {
        apiOnly(request, e);
        return problems.response(request, HttpStatus.NOT_FOUND, "not-found");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Object> noEndpoint(NoResourceFoundException e, HttpServletRequest request) throws Exception {
        apiOnly(request, e);
        return problems.response(request, HttpStatus.NOT_FOUND, "no-endpoint");
    }

    @ExceptionHandler(Conflict.class)
    ResponseEntity<Object> conflict(Conflict e, HttpServletRequest request) throws Exception {
        apiOnly(request, e);
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(ApiProblems.PROBLEM_JSON)
                .body(problems.body(request, HttpStatus.CONFLICT, "conflict",
                        problems.text(request, e.messageKey()), List.of()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(AccessDeniedException e, HttpServletRequest request) throws Exception {
        apiOnly(request, e);
        return problems.response(request, HttpStatus.FORBIDDEN, "forbidden");
    }

    /** Unreadable JSON, an unknown field or a value of the wrong type: which, and where. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Object> unreadable(HttpMessageNotReadableException e, HttpServletRequest request)
            throws Exception {
        apiOnly(request, e);
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return problems.invalid(request, List.of(new ApiProblems.FieldError(path(unknown),
                    problems.text(request, "api.invalid.unknownField"))));
        }
        if (cause instanceof InvalidFormatException || cause instanceof MismatchedInputException) {
            JacksonException mismatch = (JacksonException) cause;
            String field = path(mismatch);
            if (!field.isEmpty()) {
                return problems.invalid(request, List.of(new ApiProblems.FieldError(field,
                        problems.text(request, "api.invalid.wrongType"))));
            }
        }
        return problems.response(request, HttpStatus.BAD_REQUEST, "malformed-body");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> wrongParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request)
            throws Exception {
        apiOnly(request, e);
        return problems.invalid(request, List.of(new ApiProblems.FieldError(e.getName(),
                problems.text(request, "api.invalid.wrongType"))));
    }

    /** A required query parameter, part or header that was not sent: named as the request would name it. */
    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
            MissingRequestHeaderException.class})
    ResponseEntity<Object> missing(Exception e, HttpServletRequest request) throws Exception {
        apiOnly(request, e);
        String name = switch (e) {
            case MissingServletRequestParameterException parameter -> parameter.getParameterName();
            case MissingServletRequestPartException part -> part.getRequestPartName();
            case MissingRequestHeaderException header -> header.getHeaderName();
            default -> throw e;
        };
        return problems.invalid(request, List.of(new ApiProblems.FieldError(name,
                problems.text(request, "api.invalid.required"))));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Object> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
            throws Exception {
        apiOnly(request, e);
        ResponseEntity<Object> response = problems.response(request, HttpStatus.METHOD_NOT_ALLOWED,
                "method-not-allowed", String.join(", ", e.getSupportedMethods() == null ? new String[0]
                        : e.getSupportedMethods()));
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .allow(e.getSupportedHttpMethods().toArray(org.springframework.http.HttpMethod[]::new))
                .body(response.getBody());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Object> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request)
            throws Exception {
        apiOnly(request, e);
        return problems.response(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                e.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining(", ")));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Object> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request)
            throws Exception {
        apiOnly(request, e);
        return problems.response(request, HttpStatus.NOT_ACCEPTABLE, "not-acceptable",
                e.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining(", ")));
    }

    @ExceptionHandler({MaxUploadSizeExceededException.class})
    ResponseEntity<Object> tooLarge(MultipartException e, HttpServletRequest request) throws Exception {
        apiOnly(request, e);
        return problems.response(request, HttpStatus.CONTENT_TOO_LARGE, "too-large");
    }

    /** Anything else: the client learns only that it was not its fault, and an id the operator finds in the log. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) throws Exception {
        apiOnly(request, e);
        String incident = UUID.randomUUID().toString();
        log.error("API request {} {} failed (incident {})", request.getMethod(), request.getRequestURI(),
                incident, e);
        return problems.response(request, HttpStatus.INTERNAL_SERVER_ERROR, "internal", incident);
    }

    private static void apiOnly(HttpServletRequest request, Exception e) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
    }

    /** The JSON path of the field at fault, as {@code citizen.email} or {@code items[2].code}. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
