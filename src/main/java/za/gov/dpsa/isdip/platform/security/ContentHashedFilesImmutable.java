package za.gov.dpsa.isdip.platform.security;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The production build's files under {@code /VAADIN/build/} carry a hash of their content in their name
 * ({@code indexhtml-B3k9xQ_a.js}): a new build has new names, so a browser may keep them for a year without asking
 * again. Vaadin's static file server gives them one hour and then a revalidation each ({@code max-age=3600}), which
 * on a warm load of a page costs a round trip per file, many on a slow mobile link. This replaces the
 * {@code Cache-Control} Vaadin writes in production mode ({@code max-age=...}) with
 * {@code public, max-age=31536000, immutable} and drops Spring Security's {@code Pragma} and {@code Expires}.
 * <p>
 * Only hashed build files: pages, round trips and everything else keep their own rules (no-store for pages and
 * Vaadin's round trips, {@link VaadinResponsesNotStored}); development mode ({@code no-cache}) is left alone.
 */
final class ContentHashedFilesImmutable extends OncePerRequestFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String CACHE_CONTROL = "Cache-Control";
    /** Vite's names: {@code [name]-[hash].[ext]}, the hash 8 characters of base64url. */
    private static final Pattern HASHED = Pattern.compile(
            "^/VAADIN/build/(?:[^/]+/)*[^/]+-[A-Za-z0-9_-]{8}\\.(?:js|mjs|css|woff2?|ttf|svg|png|jpe?g|gif|webp|map)$");

    static boolean contentHashed(String path) {
        return path != null && HASHED.matcher(path).matches();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method))
                || !contentHashed(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (CACHE_CONTROL.equalsIgnoreCase(name) && cachedByVaadin(value)) {
                    super.setHeader(CACHE_CONTROL, IMMUTABLE);
                    super.setHeader("Pragma", null);
                    super.setHeader("Expires", null);
                } else {
                    super.setHeader(name, value);
                }
            }
        });
    }

    /** Vaadin's production value ({@code max-age=3600}); never a no-cache or no-store rule. */
    private static boolean cachedByVaadin(String value) {
        if (value == null) {
            return false;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.contains("max-age=") && !lower.contains("no-") && !lower.contains("max-age=0");
    }
}
