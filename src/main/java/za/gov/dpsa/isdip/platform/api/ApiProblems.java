package za.gov.dpsa.isdip.platform.api;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import za.gov.dpsa.isdip.platform.i18n.PortalTranslations;

/**
 * Problem details (RFC 9457) for every refusal of the API, so a client always knows what to fix: a stable
 * {@code type} per kind of problem ({@code urn:isdip:problem:<kind>}, listed in docs/api.md), a {@code title} and
 * {@code detail} in the language the request asks for ({@code Accept-Language}; English otherwise), the status, the
 * address asked for as {@code instance}, and for refused input the fields at fault ({@code errors}).
 * <p>
 * The same body comes from the MVC advice and from the security filters, which answer before any controller.
 */
@Component
public class ApiProblems {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    private static final String TYPE_PREFIX = "urn:isdip:problem:";

    private final PortalTranslations translations;
    private final JsonMapper json = JsonMapper.builder().build();

    ApiProblems(PortalTranslations translations) {
        this.translations = translations;
    }

    /** One field the caller must correct, with the message in the caller's language. */
    public record FieldError(String field, String message) {
    }

    /**
     * A problem of this kind. Its title is the text {@code api.problem.<kind>}, its detail
     * {@code api.problem.<kind>.detail} with the arguments, unless a detail is given.
     */
    public Map<String, Object> body(HttpServletRequest request, HttpStatus status, String kind, String detail,
                                    List<FieldError> errors, Object... detailArguments) {
        Locale locale = request.getLocale();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + kind);
        body.put("title", translations.getTranslation("api.problem." + kind, locale));
        body.put("status", status.value());
        body.put("detail", detail != null ? detail
                : translations.getTranslation("api.problem." + kind + ".detail", locale, detailArguments));
        body.put("instance", URI.create(request.getRequestURI()).getPath());
        if (errors != null && !errors.isEmpty()) {
            body.put("errors", errors);
        }
        return body;
    }

    public ResponseEntity<Object> response(HttpServletRequest request, HttpStatus status, String kind,
                                           Object... detailArguments) {
        return ResponseEntity.status(status).contentType(PROBLEM_JSON)
                .body(body(request, status, kind, null, List.of(), detailArguments));
    }

    /** A refused field: the problem's detail is the field's own message. */
    public ResponseEntity<Object> invalid(HttpServletRequest request, List<FieldError> errors) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(PROBLEM_JSON)
                .body(body(request, HttpStatus.UNPROCESSABLE_CONTENT, "invalid-input",
                        errors.isEmpty() ? null : errors.getFirst().field() + ": " + errors.getFirst().message(),
                        errors));
    }

    /** Writes a problem straight to the response, for the filters that answer before Spring MVC. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String kind,
                      Object... detailArguments) throws IOException {
        response.setStatus(status.value());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(json.writeValueAsString(
                body(request, status, kind, null, List.of(), detailArguments)));
    }

    /** The text of a message key in the caller's language, for a field error. */
    public String text(HttpServletRequest request, String key, Object... arguments) {
        return translations.getTranslation(key, request.getLocale(), arguments);
    }
}
