package za.gov.dpsa.isdip.tenancy;

import java.util.Arrays;
import java.util.Optional;

/** The portal's roles, as realm roles in Keycloak and as Spring Security authorities ({@code ROLE_} + name). */
public enum PortalRole {
    DEPT_USER(Names.DEPT_USER),
    DEPT_ADMIN(Names.DEPT_ADMIN),
    DEPT_REPORTER(Names.DEPT_REPORTER),
    DPSA_ADMIN(Names.DPSA_ADMIN),
    TRAINER(Names.TRAINER),
    /**
     * A DPSA system (the monitoring and evaluation team's analytics platform) that reads what departments submitted,
     * across departments, through the API. Never a person's role.
     */
    DPSA_ANALYTICS(Names.DPSA_ANALYTICS);

    /** The role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String DEPT_USER = "dept-user";
        public static final String DEPT_ADMIN = "dept-admin";
        public static final String DEPT_REPORTER = "dept-reporter";
        public static final String DPSA_ADMIN = "dpsa-admin";
        public static final String TRAINER = "trainer";
        public static final String DPSA_ANALYTICS = "dpsa-analytics";

        private Names() {
        }
    }

    private final String roleName;

    PortalRole(String roleName) {
        this.roleName = roleName;
    }

    /** The name Keycloak and {@code @RolesAllowed} use. */
    public String roleName() {
        return roleName;
    }

    public String authority() {
        return "ROLE_" + roleName;
    }

    /** True for the roles that only make sense inside one department. */
    public boolean isDepartmentRole() {
        return this == DEPT_USER || this == DEPT_ADMIN || this == DEPT_REPORTER;
    }

    public static Optional<PortalRole> fromRoleName(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
    }
}
