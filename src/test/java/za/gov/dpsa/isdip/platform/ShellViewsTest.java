package za.gov.dpsa.isdip.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;

import za.gov.dpsa.isdip.platform.ui.HomeView;
import za.gov.dpsa.isdip.platform.ui.NotAssignedView;
import za.gov.dpsa.isdip.platform.ui.NotFoundView;
import za.gov.dpsa.isdip.standards.ui.StandardsView;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.support.WithPortalUser;
import za.gov.dpsa.isdip.training.ui.TrainingView;

/** The shell as each kind of user meets it: header, navigation, dashboard and role-guarded views. */
@SpringBootTest
@ActiveProfiles("test")
// Every test class sees all the portal's routes (the default is the test's own package, cached per JVM).
@ViewPackages(packages = "za.gov.dpsa.isdip")
// Browserless Vaadin keeps some state per JVM that follows the newest application context; a context of its own,
// started for this class, keeps another test class's context from getting in the way.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class ShellViewsTest extends SpringBrowserlessTest {

    static final za.gov.dpsa.isdip.tenancy.PortalUser DPSA = TestUsers.user("dpsa.superadmin", null, "dpsa-admin");

    @org.springframework.beans.factory.annotation.Autowired
    SecurityEvents securityEvents;

    @Test
    @WithPortalUser(username = "dha.official", department = "dha", roles = "dept-user")
    void homeShowsTheDepartmentTheRolesAndAFigureFromTheDepartmentsOwnDatabase() {
        navigate(HomeView.class);

        assertThat(find(Span.class).id("header-department").getText()).isEqualTo("Department of Home Affairs");
        assertThat(find(Paragraph.class).id("home-department-name").getText())
                .isEqualTo("Department of Home Affairs (DHA)");
        assertThat(find(ListItem.class).withText("Department official").exists()).isTrue();
        assertThat(find(Paragraph.class).id("core-services-count").getText()).isEqualTo("4 core services registered");
        assertThat(find(ListItem.class).withText("Issuing of smart ID cards").exists()).isTrue();
    }

    @Test
    @WithPortalUser(username = "dha.official", department = "dha", roles = "dept-user")
    void aDepartmentOfficialNavigatesTheDomainsButNotTheDpsaConsole() {
        navigate(HomeView.class);

        assertThat(navigationLabels()).containsExactly("Home", "Cases", "Advocacy", "Standards", "Training",
                "Reporting");
        navigate("dpsa", NotFoundView.class);
        assertThat(find(H1.class).id("not-found-heading").getText()).isEqualTo("Not found");
    }

    @Test
    @WithPortalUser(username = "dha.navigator", department = "dha", roles = "dept-user")
    void aDeniedNavigationAnswersNotFoundAndIsRecordedOnceAsASecurityEventDpsaReads() {
        navigate("dpsa", NotFoundView.class);
        navigate("audit", NotFoundView.class);

        List<SecurityEvents.Event> events = TestUsers.callAs(DPSA, () -> securityEvents.recent("dha.navigator"));
        assertThat(events).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(SecurityEvents.Kind.NAVIGATION_DENIED);
            assertThat(e.departmentName()).isEqualTo("Department of Home Affairs");
        });
        assertThat(events.stream().mapToLong(SecurityEvents.Event::refusals).sum()).isEqualTo(2);
        assertThat(events.stream().flatMap(e -> java.util.stream.Stream.of(e.firstAsked(), e.lastAsked())))
                .contains("dpsa", "audit");
    }

    @Test
    @WithPortalUser(username = "dpsa.superadmin", department = "", roles = "dpsa-admin")
    void dpsaReadsSecurityEventsInTheAuditView() {
        TestUsers.runAs(TestUsers.user("gp-health.snooper", "gp-health", "dept-user"),
                () -> securityEvents.refused(SecurityEvents.Kind.NOT_FOUND, "case DHA-2026-000001"));

        navigate(za.gov.dpsa.isdip.platform.ui.AuditView.class);

        @SuppressWarnings("unchecked")
        Grid<SecurityEvents.Event> grid = find(Grid.class).id("security-events");
        SecurityEvents.Event row = java.util.stream.IntStream.range(0, test(grid).size())
                .mapToObj(i -> test(grid).getRow(i)).filter(e -> e.username().equals("gp-health.snooper"))
                .findFirst().orElseThrow();
        assertThat(row.firstAsked()).isEqualTo("case DHA-2026-000001");
        assertThat(test(grid).getCellText(0, 0)).isNotBlank();
        assertThat(find(com.vaadin.flow.component.html.H2.class).withText("Security events").exists()).isTrue();
    }

    @Test
    @WithPortalUser(username = "gp-health.reporter", department = "gp-health", roles = {"dept-user", "dept-reporter"})
    void theStandardsViewListsOnlyTheOwnDepartmentsCoreServices() {
        navigate(StandardsView.class);

        @SuppressWarnings("unchecked")
        Grid<za.gov.dpsa.isdip.standards.CoreService> grid = find(Grid.class).id("core-services");
        assertThat(test(grid).size()).isEqualTo(3);
        assertThat(test(grid).getRow(0).name()).isEqualTo("Emergency medical services");
    }

    @Test
    @WithPortalUser(username = "trainer.thandi", department = "", roles = "trainer")
    void aTrainerWorksAcrossDepartmentsInTrainingAndAdvocacy() {
        navigate(TrainingView.class);

        assertThat(find(Span.class).id("header-department").getText()).isEqualTo("DPSA platform");
        assertThat(navigationLabels()).containsExactly("Home", "Advocacy", "Training");
        navigate("cases", NotFoundView.class);
    }

    @Test
    @WithPortalUser(username = "unassigned.user", department = "", roles = {})
    void aUserWithoutDepartmentGetsTheNotAssignedPage() {
        navigate("", NotAssignedView.class);

        assertThat(find(H1.class).id("not-assigned-heading").getText())
                .isEqualTo("You are not assigned to a department");
        navigate("standards", NotAssignedView.class);
    }

    @Test
    @WithPortalUser(username = "del.official", department = "del", roles = {})
    void aDepartmentMemberWithoutAnyPortalRoleIsNotAssignedEither() {
        navigate("", NotAssignedView.class);
    }

    private List<String> navigationLabels() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }
}
