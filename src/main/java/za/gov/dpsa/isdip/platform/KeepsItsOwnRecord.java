package za.gov.dpsa.isdip.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An entity whose rows are themselves a record of something already in the audit trail, so the audit listener
 * does not write an entry for each of its creates, updates and deletes. Without it a webhook outbox row, its
 * deliveries and every attempt would each add an audit entry to the one of the case change that caused them.
 * Only the entities named in {@code AuditCoverageTest} may carry it; a person's change through them (such as
 * "Retry now") is recorded with {@link AuditTrail#record} by the service that makes it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface KeepsItsOwnRecord {

    /** Where the change it records is audited, and why this row adds nothing to it. */
    String value();
}
