package za.gov.dpsa.isdip.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Modifying;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The audit trail records every create, update and delete through one Hibernate listener, so a new feature
 * cannot forget it. A bulk query ({@code @Modifying}) passes the listener by: whoever issues one must write
 * the audit entry itself. This test finds every bulk query in the portal and fails for one whose caller
 * does not also call {@link AuditTrail#record}.
 */
class AuditCoverageTest {

    private final JavaClasses portal = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("za.gov.dpsa.isdip");

    @Test
    void everyBulkWriteIsRecordedInTheAuditTrailByTheClassThatIssuesIt() {
        List<String> unaudited = new ArrayList<>();
        int bulkWrites = 0;
        for (JavaClass type : portal) {
            for (JavaMethod method : type.getMethods()) {
                if (!method.isAnnotatedWith(Modifying.class)) {
                    continue;
                }
                bulkWrites++;
                for (JavaMethodCall call : method.getCallsOfSelf()) {
                    JavaClass caller = call.getOriginOwner();
                    boolean records = caller.getMethodCallsFromSelf().stream().anyMatch(c ->
                            c.getTargetOwner().isEquivalentTo(AuditTrail.class) && c.getName().equals("record"));
                    if (!records) {
                        unaudited.add(type.getSimpleName() + "." + method.getName() + " called by "
                                + caller.getSimpleName());
                    }
                }
            }
        }
        assertThat(bulkWrites).as("bulk writes found (the scan works)").isPositive();
        assertThat(unaudited).as("bulk writes whose caller writes no audit entry").isEmpty();
    }

    /**
     * Leaving an entity out of the audit trail is a decision about POPIA evidence, not a convenience: only logs of
     * changes that are audited elsewhere may, each saying where.
     */
    @Test
    void onlyLogsOfChangesAuditedElsewhereAreLeftOutOfTheAuditTrail() {
        List<String> leftOut = new ArrayList<>();
        for (JavaClass type : portal) {
            if (type.isAnnotatedWith(KeepsItsOwnRecord.class)) {
                leftOut.add(type.getSimpleName());
                assertThat(type.getAnnotationOfType(KeepsItsOwnRecord.class).value())
                        .as("why %s is left out", type.getSimpleName()).hasSizeGreaterThan(20);
            }
        }
        assertThat(leftOut).containsExactlyInAnyOrder("WebhookEventEntity", "WebhookDeliveryEntity",
                "ApiIdempotencyEntity");
    }
}
