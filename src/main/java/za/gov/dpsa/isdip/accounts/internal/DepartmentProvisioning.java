package za.gov.dpsa.isdip.accounts.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.DepartmentAdministration;
import za.gov.dpsa.isdip.tenancy.DepartmentDefinition;
import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * Onboarding a department together with its sign-on, from DPSA's console: the department is onboarded by the
 * registry ({@link DepartmentAdministration}), then its Keycloak group {@code /departments/<id>} is made and its
 * first department administrator invited. It lives here, above the registry, because it needs both; the registry
 * knows nothing of accounts. DPSA super-admins only.
 */
@Service
public class DepartmentProvisioning {

    private final DepartmentAdministration administration;
    private final DepartmentUserDirectory userDirectory;
    private final DepartmentDirectory directory;

    DepartmentProvisioning(DepartmentAdministration administration, DepartmentUserDirectory userDirectory,
                           DepartmentDirectory directory) {
        this.administration = administration;
        this.userDirectory = userDirectory;
        this.directory = directory;
    }

    /**
     * Onboards the department, then does its Keycloak step: its group and its first department administrator,
     * invited. A failed Keycloak step leaves the department onboarded and is reported in the result, to be retried
     * with {@link #provisionKeycloak}.
     */
    public OnboardingResult onboard(DepartmentDefinition definition, ColleagueInvitation firstAdministrator) {
        return onboard(definition, firstAdministrator, null);
    }

    /** As {@link #onboard(DepartmentDefinition, ColleagueInvitation)}, on the named database server. */
    public OnboardingResult onboard(DepartmentDefinition definition, ColleagueInvitation firstAdministrator,
                                    String databaseServer) {
        superAdmin();
        // The department's, then the administrator's details are checked before anything is created.
        administration.checkDefinition(definition);
        DepartmentUserDirectory.validateFirstAdministrator(firstAdministrator);
        userDirectory.checkFirstAdministratorAccount(firstAdministrator);
        Department department = administration.onboard(definition, databaseServer);
        try {
            return new OnboardingResult(department, provisionKeycloak(department.id(), firstAdministrator), null,
                    null);
        } catch (DirectoryUnavailableException e) {
            return new OnboardingResult(department, null, "dpsa.onboard.keycloak.unavailable", e.getMessage());
        } catch (InvalidInput e) {
            return new OnboardingResult(department, null, e.messageKey(), firstAdministrator.email());
        }
    }

    /** The Keycloak step of onboarding on its own: safe to repeat (an existing group and account are reused). */
    public InvitationOutcome provisionKeycloak(String departmentId, ColleagueInvitation firstAdministrator) {
        PortalUser user = superAdmin();
        Department department = directory.find(departmentId)
                .orElseThrow(() -> new IllegalArgumentException("No such department: " + departmentId));
        return userDirectory.provisionDepartment(department, firstAdministrator, user.username());
    }

    private static PortalUser superAdmin() {
        return PortalUser.current().filter(u -> u.hasRole(PortalRole.DPSA_ADMIN))
                .orElseThrow(() -> new AccessDeniedException("Only DPSA super-admins administer departments"));
    }
}
