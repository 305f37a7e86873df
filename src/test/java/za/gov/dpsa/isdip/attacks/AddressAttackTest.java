package za.gov.dpsa.isdip.attacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import za.gov.dpsa.isdip.advocacy.internal.AdvocacyLibrary;
import za.gov.dpsa.isdip.advocacy.internal.ResourceFilter;
import za.gov.dpsa.isdip.advocacy.internal.ResourceSource;
import za.gov.dpsa.isdip.cases.internal.CaseFilter;
import za.gov.dpsa.isdip.cases.internal.CasePriority;
import za.gov.dpsa.isdip.cases.internal.CaseService;
import za.gov.dpsa.isdip.cases.internal.NewCase;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.platform.ui.DepartmentUnavailableView;
import za.gov.dpsa.isdip.platform.ui.NotAssignedView;
import za.gov.dpsa.isdip.platform.ui.NotFoundView;
import za.gov.dpsa.isdip.privacy.internal.DataSubjectRequests;
import za.gov.dpsa.isdip.standards.internal.ServiceRegister;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.support.WithPortalUser;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * Attacks through the address bar, on every route the portal has: another department's records by reference and by
 * id, views above the user's role, and crafted values (numbers too large for a long, impossible dates, huge and
 * binary strings, markup and SQL) in every route parameter and in the query. Each must end in the page a user may
 * see, or in "Not found" (one answer for "does not exist" and "not yours"), never in an internal error.
 */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "za.gov.dpsa.isdip")
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class AddressAttackTest extends SpringBrowserlessTest {

    static final PortalUser OTHER_DEPARTMENT = TestUsers.user("gp-health.official", "gp-health", "dept-user",
            "dept-admin", "dept-reporter");

    /** Values no form would send, for every route parameter. */
    static final List<String> CRAFTED = List.of(
            "99999999999999999999999", "-1", "0", "+999999999-12-31", "abc", "%00", "%E2%80%AE", "..%2F..%2Fetc",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "1%27%20OR%20%271%27%3D%271", "x".repeat(3000),
            "DEL-2026-" + "9".repeat(40), "POPIA-2026-" + "9".repeat(40));

    /** The same in the query, under every parameter name the portal's views read. */
    static final String CRAFTED_QUERY = Arrays.stream(new String[] {"status", "priority", "category", "assignee",
            "breached", "from", "to", "q", "show", "campaign", "source", "mechanism", "principle", "audience",
            "kind", "tag", "page", "period", "year", "department", "course", "lesson", "id", "code"})
            .map(name -> name + "=" + switch (name.length() % 4) {
                case 0 -> "%2B999999999-12-31";
                case 1 -> "99999999999999999999999";
                case 2 -> "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E";
                default -> "y".repeat(3000);
            })
            .collect(Collectors.joining("&"));

    /** A route parameter in a template: {@code :id}, {@code :id(\\d+)}, {@code :___url_parameter?(...)}. */
    static final String PARAMETER = ":[A-Za-z_]+\\??(\\([^/]*\\))?";

    @Autowired
    CaseService cases;
    @Autowired
    ServiceRegister services;
    @Autowired
    DataSubjectRequests privacy;
    @Autowired
    AdvocacyLibrary library;

    @Test
    @WithPortalUser(username = "dha.official", department = "dha", roles = {"dept-user", "dept-admin", "dept-reporter"})
    void anotherDepartmentsRecordsAreNotFoundByReferenceOrById() {
        // Address -> a text only that department's record shows (its reference or name).
        Map<String, String> theirs = TestUsers.callAs(OTHER_DEPARTMENT, () -> {
            cases.create(new NewCase("Ambulance response above the standard", "Two hours in Soshanguve.",
                    Mechanism.SERVICE_STANDARDS, null, null, CasePriority.HIGH, null));
            privacy.open(new DataSubjectRequests.NewRequest(DataSubjectRequests.Kind.ACCESS, "Thabo Gautengsecret",
                    null, "thabo@example.org", null, LocalDate.now(ZoneId.of("Africa/Johannesburg"))));
            Map<String, String> records = new LinkedHashMap<>();
            cases.page(CaseFilter.none(), 0, 3, List.of()).forEach(c -> records.put("cases/" + c.reference(),
                    c.reference()));
            services.services(true).forEach(s -> records.put("standards/services/" + s.id(), s.name()));
            // Each department numbers its own requests: the seeded one's name is the department's alone.
            privacy.list().stream().filter(r -> r.subjectName().contains("Gautengsecret"))
                    .forEach(r -> records.put("privacy/" + r.reference(), r.subjectName()));
            library.browse(ResourceFilter.none()).stream().filter(r -> r.source() == ResourceSource.DEPARTMENT)
                    .forEach(r -> records.put("advocacy/resource/" + r.source().slug() + "/" + r.id(), r.title()));
            return records;
        });
        assertThat(theirs.keySet()).as("another department's records to try")
                .anyMatch(a -> a.startsWith("cases/")).anyMatch(a -> a.startsWith("standards/services/"))
                .anyMatch(a -> a.startsWith("privacy/"));

        for (Map.Entry<String, String> record : theirs.entrySet()) {
            Component view = open(record.getKey());
            if (record.getKey().startsWith("cases/")) {
                // Case references carry the department's code: not found, never "forbidden".
                assertThat(view).as(record.getKey()).isInstanceOf(NotFoundView.class);
            }
            // Ids and POPIA references are numbered per department database: the same number opens this
            // department's own record, if any, never the other's.
            assertThat(view.getElement().getTextRecursively()).as(record.getKey()).doesNotContain(record.getValue());
        }
    }

    @Test
    @WithPortalUser(username = "dha.official", department = "dha", roles = "dept-user")
    void aDepartmentNamedInTheAddressIsIgnored() {
        // The department comes from the token alone: no view or filter reads one from the address (and no code
        // reads a header or cookie for it; TenantBindingFilter reads only Vaadin's own request type).
        open("?department=gp-health&tenant=gp-health&departmentId=gp-health&X-Tenant=gp-health");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).id("home-department-name").getText())
                .isEqualTo("Department of Home Affairs (DHA)");
        TestUsers.runAs(OTHER_DEPARTMENT, () -> cases.create(new NewCase("Ambulance late in Soshanguve",
                "Two hours for an ambulance.", Mechanism.SERVICE_STANDARDS, null, null, CasePriority.HIGH, null)));
        cases.create(new NewCase("Passport office queue in Durban", "Three hours to apply for a passport.",
                Mechanism.SERVICE_STANDARDS, null, null, CasePriority.MEDIUM, null));
        open("cases?department=gp-health&tenant=gp-health");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<za.gov.dpsa.isdip.cases.internal.CaseSummary> grid =
                find(com.vaadin.flow.component.grid.Grid.class).id("case-grid");
        List<String> references = new ArrayList<>();
        for (int row = 0; row < test(grid).size(); row++) {
            references.add(test(grid).getRow(row).reference());
        }
        assertThat(references).isNotEmpty().allMatch(reference -> reference.startsWith("DHA-"));
    }

    @Test
    @WithPortalUser(username = "dha.official", department = "dha", roles = "dept-user")
    void anOfficialOpensOnlyTheViewsOfTheirRole() {
        everyRouteAnswersAsTheUsersRolesAllow();
    }

    @Test
    @WithPortalUser(username = "dha.reporter", department = "dha", roles = "dept-reporter")
    void aReporterOpensOnlyTheViewsOfTheirRole() {
        everyRouteAnswersAsTheUsersRolesAllow();
    }

    @Test
    @WithPortalUser(username = "dha.admin", department = "dha", roles = {"dept-user", "dept-admin"})
    void aDepartmentAdministratorOpensOnlyTheViewsOfTheirRole() {
        everyRouteAnswersAsTheUsersRolesAllow();
    }

    @Test
    @WithPortalUser(username = "trainer.thandi", department = "", roles = "trainer")
    void aTrainerOpensOnlyTheViewsOfTheirRole() {
        everyRouteAnswersAsTheUsersRolesAllow();
    }

    @Test
    @WithPortalUser(username = "dpsa.superadmin", department = "", roles = "dpsa-admin")
    void aDpsaSuperAdminOpensOnlyTheViewsOfTheirRole() {
        everyRouteAnswersAsTheUsersRolesAllow();
    }

    @Test
    @WithPortalUser(username = "nobody.assigned", department = "", roles = {})
    void aSignedInUserWithoutRoleOrDepartmentOpensNothingButTheExplanation() {
        for (String address : sampleAddresses().keySet()) {
            Component view = open(address);
            Class<?> target = sampleAddresses().get(address);
            // The pages that explain why nothing else opens say nothing about any department's records.
            if (!target.isAnnotationPresent(AnonymousAllowed.class) && target != DepartmentUnavailableView.class) {
                assertThat(view).as(address).isInstanceOfAny(NotAssignedView.class, NotFoundView.class);
            }
        }
    }

    @Test
    @WithPortalUser(username = "dha.admin", department = "dha", roles = {"dept-user", "dept-admin", "dept-reporter"})
    void craftedValuesInEveryRouteParameterAndTheQueryEndInAPageNotAnError() {
        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes();
        int tried = 0;
        for (RouteData route : routes) {
            List<String> addresses = new ArrayList<>();
            if (route.getTemplate().contains(":")) {
                for (String value : CRAFTED) {
                    addresses.add(route.getTemplate().replaceAll(PARAMETER, value));
                }
            } else {
                addresses.add(route.getTemplate() + "?" + CRAFTED_QUERY);
            }
            for (String address : addresses) {
                open(address);
                tried++;
            }
        }
        assertThat(tried).as("addresses tried").isGreaterThan(100);
    }

    /** Navigates as the browser would; fails on an exception or Vaadin's internal error page. */
    private Component open(String address) {
        int query = address.indexOf('?');
        assertThatCode(() -> UI.getCurrent().navigate(query < 0 ? address : address.substring(0, query),
                QueryParameters.fromString(query < 0 ? "" : address.substring(query + 1))))
                .as(abbreviate(address)).doesNotThrowAnyException();
        Component view = (Component) getCurrentView();
        assertThat(view).as(abbreviate(address)).isNotInstanceOf(InternalServerError.class);
        return view;
    }

    /** The signed-in user's roles (from {@code @WithPortalUser}) against each view's own annotations. */
    private void everyRouteAnswersAsTheUsersRolesAllow() {
        PortalUser user = PortalUser.current().orElseThrow();
        Set<String> roles = user.roles().stream().map(za.gov.dpsa.isdip.tenancy.PortalRole::roleName)
                .collect(Collectors.toSet());
        boolean assigned = user.isAssigned();
        Map<String, Class<? extends Component>> addresses = sampleAddresses();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Class<? extends Component>> entry : addresses.entrySet()) {
            Component view = open(entry.getKey());
            boolean allowed = allows(entry.getValue(), roles, assigned);
            if (!allowed && entry.getValue().isInstance(view)) {
                wrong.add(entry.getKey() + " opened " + view.getClass().getSimpleName() + " for " + roles);
            }
            if (!allowed && !(view instanceof NotFoundView) && !(view instanceof NotAssignedView)) {
                wrong.add(entry.getKey() + " answered " + view.getClass().getSimpleName() + " for " + roles);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(addresses).as("routes tried").hasSizeGreaterThan(35);
    }

    private static boolean allows(Class<?> view, Set<String> roles, boolean assigned) {
        if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            return true;
        }
        if (view.isAnnotationPresent(PermitAll.class)) {
            return assigned;
        }
        RolesAllowed allowed = view.getAnnotation(RolesAllowed.class);
        return allowed != null && Arrays.stream(allowed.value()).anyMatch(roles::contains);
    }

    /** Every route, with a plausible value in each parameter (a value that exists is not needed: denial comes first). */
    private static Map<String, Class<? extends Component>> sampleAddresses() {
        Map<String, Class<? extends Component>> addresses = new LinkedHashMap<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            String address = route.getTemplate()
                    .replaceAll(":reference\\(POPIA[^/]*\\)", "POPIA-2026-0001")
                    .replaceAll(":reference\\([^/]*\\)", "DHA-2026-000001")
                    .replaceAll(":source", "department")
                    .replaceAll(":token", "0123456789abcdef0123456789abcdef")
                    .replaceAll(":code", "BP-1")
                    .replaceAll(PARAMETER, "1");
            addresses.put(address, route.getNavigationTarget());
        }
        return addresses;
    }

    private static String abbreviate(String address) {
        return address.length() > 120 ? address.substring(0, 120) + "…" : address;
    }
}
