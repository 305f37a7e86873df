package za.gov.dpsa.isdip.tenancy.metrics;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the server's share of a UI round trip into the response as a standard {@code Server-Timing} header
 * ({@code app;dur=12.3}, milliseconds), so the browser's developer tools and the load benchmark can tell the time the
 * portal spent from the time the network took. Only Vaadin's UI requests (first load and round trips) carry it: the
 * figure is taken when the response starts to be written, which for Vaadin is after the whole round trip's work.
 */
class ServerTimingFilter extends OncePerRequestFilter implements Ordered {

    static final String HEADER = "Server-Timing";

    /** Before Spring Security, so the figure includes the security and tenant checks of the round trip. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        RequestKind kind = RequestKind.of(request);
        return kind != RequestKind.UIDL && kind != RequestKind.INIT;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new TimedResponse(response, System.nanoTime()));
    }

    private static final class TimedResponse extends HttpServletResponseWrapper {

        private final long started;
        private boolean stamped;

        TimedResponse(HttpServletResponse response, long started) {
            super(response);
            this.started = started;
        }

        private void stamp() {
            if (!stamped && !isCommitted()) {
                stamped = true;
                double millis = (System.nanoTime() - started) / 1_000_000.0;
                setHeader(HEADER, String.format(Locale.ROOT, "app;dur=%.1f", millis));
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            stamp();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            stamp();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            stamp();
            super.flushBuffer();
        }
    }
}
