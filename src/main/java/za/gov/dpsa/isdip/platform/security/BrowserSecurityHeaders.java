package za.gov.dpsa.isdip.platform.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter.CrossOriginResourcePolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.stereotype.Component;

/**
 * The security headers of every response, for both filter chains (the portal's and the management port's): the
 * Content-Security-Policy, HSTS (written by Spring Security only on a secure request: behind the TLS proxy that is
 * every request, through the proxy's {@code X-Forwarded-Proto}), {@code X-Content-Type-Options: nosniff},
 * {@code X-Frame-Options: DENY}, {@code Referrer-Policy: no-referrer}, a Permissions-Policy that turns off the
 * camera, microphone and location, Cross-Origin-Opener-Policy and Cross-Origin-Resource-Policy {@code same-origin},
 * and Spring Security's {@code Cache-Control: no-store}, which static files replace with their own (the build's
 * content-hashed files for a year, {@link ContentHashedFilesImmutable}). The values and
 * the reasons are in docs/security.md, "Headers and cookies".
 */
@Component
class BrowserSecurityHeaders {

    static final long HSTS_MAX_AGE_SECONDS = 365L * 24 * 60 * 60;
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";

    private final ContentSecurityPolicy contentSecurityPolicy;
    /** The header filter Spring Security built from this configuration (both chains have the same one). */
    private volatile HeaderWriterFilter headerWriter;

    BrowserSecurityHeaders(@Value("${isdip.oidc.issuer:}") String issuer) {
        this.contentSecurityPolicy = new ContentSecurityPolicy(issuer);
    }

    void applyTo(HttpSecurity http) {
        http.headers(headers -> headers
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(true))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .crossOriginOpenerPolicy(opener -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
                .crossOriginResourcePolicy(resource -> resource.policy(CrossOriginResourcePolicy.SAME_ORIGIN))
                .addHeaderWriter(contentSecurityPolicy)
                // Written before the request is handled, not when the response is committed: every Vaadin page and
                // round trip reaches Vaadin's servlet through a forward, and Tomcat 11 then suspends its own response
                // underneath Spring Security's wrapper (suspendWrappedResponseAfterForward), so headers written at
                // the end are silently dropped. That is how /verify and /account-setup came to have none.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        headerWriter = filter;
                        return filter;
                    }
                }));
        http.addFilterAfter(new VaadinResponsesNotStored(), HeaderWriterFilter.class);
        http.addFilterAfter(new ContentHashedFilesImmutable(), HeaderWriterFilter.class);
    }

    /**
     * Writes the same headers on a response that never reached a filter chain: a request Spring Security's firewall
     * refused (an encoded {@code ..} or {@code ;} in the path, for instance).
     */
    void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        HeaderWriterFilter filter = headerWriter;
        if (filter != null) {
            filter.doFilter(request, response, (req, res) -> {
            });
        }
    }

    /** A refused request: 400 with the security headers, answered at once, not through the error page. */
    RequestRejectedHandler rejectedRequests() {
        return (request, response, rejected) -> {
            writeTo(request, response);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Bad request");
        };
    }
}
