package za.gov.dpsa.isdip.support;

import java.util.ArrayList;
import java.util.List;

/** What the tests that start portal instances of their own (several instances, several servers) share. */
public final class PortalInstances {

    /** Scheduled jobs that never fire on their own: the test fires what it needs, no timer races it. */
    public static final List<String> WITHOUT_TIMERS = List.of(
            "--isdip.reporting.jobs-cron=-",
            "--isdip.standards.action-reminders-cron=-",
            "--isdip.privacy.retention-cron=-",
            "--isdip.training.recount-cron=-",
            "--isdip.cases.sla-sweep-delay=P1D",
            "--isdip.api.webhooks.delivery-delay=P1D");

    private PortalInstances() {
    }

    /** The exception and its causes, outermost first: a refusal may arrive wrapped by the transaction manager. */
    public static List<Throwable> causes(Throwable thrown) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = thrown; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }
}
