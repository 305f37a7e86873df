package za.gov.dpsa.isdip.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks the session of a page asked for with a session that no longer exists (it timed out while the official was
 * offline, Keycloak ended it, or its instance is gone), so that once signed in again the official is told that what
 * they typed since their last save was not saved. The mark survives sign-in, which keeps the session's attributes
 * when it renews its id. A deliberate sign-out clears the cookie, so it leaves no such mark.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class EndedSessionMarker extends OncePerRequestFilter {

    /** Session attribute: this session follows one that ended under the official. */
    public static final String ENDED = EndedSessionMarker.class.getName() + ".ended";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (endedUnderThem(request)) {
            request.getSession(true).setAttribute(ENDED, Boolean.TRUE);
        }
        chain.doFilter(request, response);
    }

    static boolean endedUnderThem(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return "GET".equals(request.getMethod()) && request.getRequestedSessionId() != null
                && !request.isRequestedSessionIdValid()
                && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}
