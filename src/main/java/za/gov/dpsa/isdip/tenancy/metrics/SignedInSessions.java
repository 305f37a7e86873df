package za.gov.dpsa.isdip.tenancy.metrics;

import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * The gauge {@code isdip.sessions.active}: HTTP sessions of this instance in which a user has signed in, by the
 * user's department ({@code platform} for DPSA and trainers). When Spring Security stores a signed-in user in a
 * session, a marker goes into that session; the servlet container tells the marker when it leaves, whether by
 * sign-out, timeout or invalidation, so nothing has to be swept and a changed session id does not matter.
 */
class SignedInSessions implements HttpSessionAttributeListener {

    static final String METER = "isdip.sessions.active";
    static final String MARKER = SignedInSessions.class.getName() + ".counted";
    private static final String SECURITY_CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    private final MeterRegistry registry;
    private final Map<String, AtomicInteger> byDepartment = new ConcurrentHashMap<>();

    SignedInSessions(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        if (SECURITY_CONTEXT.equals(event.getName())) {
            count(event.getSession(), event.getValue());
        }
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        if (SECURITY_CONTEXT.equals(event.getName())) {
            // The event carries the old value; the session holds the new one.
            count(event.getSession(), event.getSession().getAttribute(SECURITY_CONTEXT));
        }
    }

    @Override
    public void attributeRemoved(HttpSessionBindingEvent event) {
        if (SECURITY_CONTEXT.equals(event.getName())) {
            try {
                event.getSession().removeAttribute(MARKER);
            } catch (IllegalStateException sessionEnding) {
                // The session is being invalidated: the container unbinds the marker itself.
            }
        }
    }

    private void count(HttpSession session, Object securityContext) {
        String department = securityContext instanceof SecurityContext context && context.getAuthentication() != null
                && context.getAuthentication().getPrincipal() instanceof PortalUser user ? user.homeTenant() : null;
        Object marker = session.getAttribute(MARKER);
        if (marker instanceof Counted counted && counted.department.equals(department)) {
            return;
        }
        if (department == null) {
            session.removeAttribute(MARKER);
        } else {
            session.setAttribute(MARKER, new Counted(department, counter(department)));
        }
    }

    private AtomicInteger counter(String department) {
        return byDepartment.computeIfAbsent(department, d -> {
            AtomicInteger count = new AtomicInteger();
            Gauge.builder(METER, count, AtomicInteger::get)
                    .description("HTTP sessions with a signed-in user on this instance")
                    .tag(DepartmentRequestObservationConvention.DEPARTMENT, d)
                    .strongReference(true)
                    .register(registry);
            return count;
        });
    }

    /**
     * Counts its session while bound to it. Serializable so that a container persisting sessions does not drop
     * the session's other attributes; a restored marker counts nothing (the gauge is per running instance).
     */
    static final class Counted implements HttpSessionBindingListener, Serializable {

        private final String department;
        private final transient AtomicInteger count;

        Counted(String department, AtomicInteger count) {
            this.department = department;
            this.count = count;
        }

        @Override
        public void valueBound(HttpSessionBindingEvent event) {
            if (count != null) {
                count.incrementAndGet();
            }
        }

        @Override
        public void valueUnbound(HttpSessionBindingEvent event) {
            if (count != null) {
                count.decrementAndGet();
            }
        }
    }
}
