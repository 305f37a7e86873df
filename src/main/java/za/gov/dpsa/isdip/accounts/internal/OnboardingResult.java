package za.gov.dpsa.isdip.accounts.internal;

import za.gov.dpsa.isdip.tenancy.Department;

/**
 * What onboarding did. The department (database created, migrated, registered) always exists afterwards; the
 * Keycloak step (group and first administrator) either gave an invitation or failed with a reason, and can then
 * be retried with {@link DepartmentProvisioning#provisionKeycloak}. The failure is a message key with one
 * argument (the detail).
 */
public record OnboardingResult(Department department, InvitationOutcome invitation, String failureKey,
                               String failureDetail) {

    public boolean keycloakDone() {
        return invitation != null;
    }
}
