package za.gov.dpsa.isdip.platform.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin answers its own requests ({@code ?v-r=uidl}, {@code heartbeat}, {@code init}) with
 * {@code Cache-Control: no-cache}, replacing the {@code no-store} written before: those answers carry what the views
 * show (cases, citizens' details), so {@code no-store} is added back, as on every page. Static files keep their own
 * caching; they are no Vaadin request.
 */
final class VaadinResponsesNotStored extends OncePerRequestFilter {

    private static final String CACHE_CONTROL = "Cache-Control";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // The query string only: a round trip's JSON body must not be read here.
        String query = request.getQueryString();
        return query == null || !(query.startsWith("v-r=") || query.contains("&v-r="));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, noStore(name, value));
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, noStore(name, value));
            }
        });
    }

    static String noStore(String name, String value) {
        if (CACHE_CONTROL.equalsIgnoreCase(name) && value != null
                && !value.toLowerCase(Locale.ROOT).contains("no-store")) {
            return value.isBlank() ? "no-store" : value + ", no-store";
        }
        return value;
    }
}
