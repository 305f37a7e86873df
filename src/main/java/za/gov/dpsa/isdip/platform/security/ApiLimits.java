package za.gov.dpsa.isdip.platform.security;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import io.micrometer.core.instrument.MeterRegistry;

import za.gov.dpsa.isdip.platform.api.ApiProblems;
import za.gov.dpsa.isdip.tenancy.SystemClient;

/**
 * The API's limits per client, checked after the token and before any work: the request rate (a token bucket
 * per client holding a minute's worth of its registered rate, refilled continuously; 429 with {@code Retry-After}
 * in seconds) and the size of a request body (413; a body of unknown length is refused with 411, so the limit
 * cannot be dodged by chunking). Every answer carries {@code RateLimit-Limit} and {@code RateLimit-Remaining}.
 * <p>
 * The buckets are this instance's: behind a load balancer that spreads one client over n instances, the client may
 * reach n times its rate. docs/api.md says so, and the Ingress's own per-client limit caps the total.
 */
final class ApiLimits extends OncePerRequestFilter {

    private final ApiProblems problems;
    private final MeterRegistry meters;
    private final Clock clock;
    private final long maxJsonBytes;
    private final long maxUploadBytes;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    ApiLimits(ApiProblems problems, MeterRegistry meters, Clock clock, long maxJsonBytes, long maxUploadBytes) {
        this.problems = problems;
        this.meters = meters;
        this.clock = clock;
        this.maxJsonBytes = maxJsonBytes;
        this.maxUploadBytes = maxUploadBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof SystemClientTokens.SystemClientAuthentication system
                && system.getPrincipal() instanceof SystemClient client) {
            int perMinute = system.getDetails() instanceof Integer rate ? rate : 60;
            Bucket bucket = buckets.computeIfAbsent(client.clientId(), id -> new Bucket());
            long waitMillis = bucket.take(perMinute, clock.millis());
            response.setHeader("RateLimit-Limit", String.valueOf(perMinute));
            response.setHeader("RateLimit-Remaining", String.valueOf(bucket.remaining()));
            if (waitMillis > 0) {
                long seconds = Math.max(1, (waitMillis + 999) / 1000);
                response.setHeader("Retry-After", String.valueOf(seconds));
                meters.counter(ApiAuthenticationProblems.REFUSALS, "kind", "rate-limited").increment();
                problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", perMinute, seconds);
                return;
            }
        }
        if (hasBody(request)) {
            long length = request.getContentLengthLong();
            boolean upload = isUpload(request.getContentType());
            long max = upload ? maxUploadBytes : maxJsonBytes;
            if (length < 0) {
                meters.counter(ApiAuthenticationProblems.REFUSALS, "kind", "length-required").increment();
                problems.write(request, response, HttpStatus.LENGTH_REQUIRED, "length-required");
                return;
            }
            if (length > max) {
                meters.counter(ApiAuthenticationProblems.REFUSALS, "kind", "too-large").increment();
                problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "too-large", max / 1024);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** A multipart upload; an unreadable content type counts as JSON (the smaller limit), and MVC refuses it later. */
    private static boolean isUpload(String contentType) {
        try {
            return contentType != null
                    && MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.MULTIPART_FORM_DATA);
        } catch (org.springframework.http.InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        String method = request.getMethod();
        return ("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method))
                && (request.getContentLengthLong() != 0 || request.getHeader("Transfer-Encoding") != null);
    }

    /** A minute's worth of requests, refilled continuously at the client's rate. */
    private static final class Bucket {
        private double tokens = -1;
        private long updatedAt;

        /** Takes one request's token: 0 when granted, else the milliseconds until one is there. */
        synchronized long take(int perMinute, long now) {
            if (tokens < 0) {
                tokens = perMinute;
            } else {
                tokens = Math.min(perMinute, tokens + (now - updatedAt) * perMinute / 60_000.0);
            }
            updatedAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * 60_000.0 / perMinute);
        }

        synchronized int remaining() {
            return (int) Math.max(0, Math.floor(tokens));
        }
    }
}
