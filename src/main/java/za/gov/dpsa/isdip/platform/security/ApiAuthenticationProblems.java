package za.gov.dpsa.isdip.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import io.micrometer.core.instrument.MeterRegistry;

import za.gov.dpsa.isdip.platform.api.ApiProblems;

/**
 * The API's answers to a caller it cannot let in, as problem details: no token, an expired or otherwise invalid
 * one, a client the portal never registered or revoked (401, with {@code WWW-Authenticate} as RFC 6750 asks), a
 * person's token, or a client without the role an endpoint needs (403).
 */
final class ApiAuthenticationProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    /** Refused API calls by kind of problem (tag {@code kind}): a spike of one kind is for the operator to see. */
    static final String REFUSALS = "isdip.api.refusals";
    private final ApiProblems problems;
    private final MeterRegistry meters;

    ApiAuthenticationProblems(ApiProblems problems, MeterRegistry meters) {
        this.problems = problems;
        this.meters = meters;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String kind = "token-missing";
        String error = null;
        if (failure instanceof OAuth2AuthenticationException oauth) {
            String code = oauth.getError().getErrorCode();
            error = "invalid_token";
            if (SystemClientTokens.UNREGISTERED.equals(code)) {
                kind = "client-unregistered";
            } else if (SystemClientTokens.REVOKED.equals(code)) {
                kind = "client-revoked";
            } else if (failure instanceof InvalidBearerTokenException
                    && String.valueOf(oauth.getError().getDescription()).contains("expired")) {
                kind = "token-expired";
            } else {
                kind = "token-invalid";
            }
        }
        meters.counter(REFUSALS, "kind", kind).increment();
        response.setHeader("WWW-Authenticate", error == null ? "Bearer realm=\"isdip-api\""
                : "Bearer realm=\"isdip-api\", error=\"" + error + "\"");
        problems.write(request, response, HttpStatus.UNAUTHORIZED, kind);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        boolean person = SecurityContextHolder.getContext().getAuthentication()
                instanceof SystemClientTokens.PersonToken;
        String kind = person ? "system-token-required" : "forbidden";
        meters.counter(REFUSALS, "kind", kind).increment();
        problems.write(request, response, HttpStatus.FORBIDDEN, kind);
    }
}
