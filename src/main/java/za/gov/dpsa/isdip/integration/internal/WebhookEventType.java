package za.gov.dpsa.isdip.integration.internal;

import java.util.Arrays;
import java.util.Optional;

/** The events a client can subscribe to, by the name the API and the {@code ISDIP-Event} header use. */
public enum WebhookEventType {
    /** A case of the client's department changed status (including its logging, as NEW). */
    CASE_STATUS_CHANGED("case.status-changed", false),
    /** DPSA replied to an escalated case of the client's department. */
    ESCALATION_REPLIED("escalation.replied", false),
    /** A report was submitted, accepted or returned: the client's department's, or any for DPSA's analytics. */
    REPORT_STATUS_CHANGED("report.status-changed", true);

    private final String wireName;
    private final boolean forAnalytics;

    WebhookEventType(String wireName, boolean forAnalytics) {
        this.wireName = wireName;
        this.forAnalytics = forAnalytics;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether a DPSA analytics client (no department) may subscribe to it. */
    public boolean forAnalytics() {
        return forAnalytics;
    }

    public static Optional<WebhookEventType> fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
