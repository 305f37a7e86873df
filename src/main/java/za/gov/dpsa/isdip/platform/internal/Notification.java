package za.gov.dpsa.isdip.platform.internal;

import java.time.Instant;
import java.util.List;

/** A notification as the user sees it: a message key of the bundle with its parameters, and where it leads. */
public record Notification(long id, Instant createdAt, String messageKey, List<String> params, String link,
                           boolean read) {
}
