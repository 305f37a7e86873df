package za.gov.dpsa.isdip.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

import za.gov.dpsa.isdip.accounts.ui.DpsaConsoleView;
import za.gov.dpsa.isdip.cases.ui.CaseListView;
import za.gov.dpsa.isdip.platform.ui.DepartmentUnavailableView;
import za.gov.dpsa.isdip.platform.ui.HomeView;
import za.gov.dpsa.isdip.support.WithPortalUser;
import za.gov.dpsa.isdip.tenancy.DepartmentHealth;
import za.gov.dpsa.isdip.tenancy.DepartmentStatus;
import za.gov.dpsa.isdip.tenancy.database.DepartmentDatabases;

/**
 * An official whose department this instance does not serve (its schema being migrated after a release, its
 * database server down) meets a plain page saying which, wherever they go, and gets back in once it is served; DPSA
 * sees the department's state and server on the health view.
 */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "za.gov.dpsa.isdip")
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class DepartmentUnavailableViewTest extends SpringBrowserlessTest {

    static final String DEPARTMENT = "wc-education";

    @Autowired
    DepartmentDatabases databases;

    @AfterEach
    void servedAgain() {
        databases.setRoute(DEPARTMENT, databases.route(DEPARTMENT).orElseThrow().server(), DepartmentStatus.SERVING,
                null);
    }

    @Test
    @WithPortalUser(username = "wc.official", department = DEPARTMENT, roles = "dept-user")
    void anOfficialOfADepartmentBeingUpdatedIsToldSoOnEveryViewAndGetsBackInOnceItIsServed() {
        markAs(DepartmentStatus.UPDATING);

        navigate("cases", DepartmentUnavailableView.class);
        assertThat(find(H1.class).id("department-unavailable-heading").getText())
                .isEqualTo("Your department is being updated");
        assertThat(find(Paragraph.class).id("department-unavailable-body").getText()).contains("Nothing you saved is lost");
        navigate("", DepartmentUnavailableView.class);

        servedAgain();
        test(find(Button.class).id("department-unavailable-retry")).click();
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        navigate(CaseListView.class);
    }

    @Test
    @WithPortalUser(username = "wc.official", department = DEPARTMENT, roles = "dept-user")
    void anOfficialWhoseDatabaseServerIsDownIsToldItCannotBeReached() {
        markAs(DepartmentStatus.UNAVAILABLE);

        navigate("standards", DepartmentUnavailableView.class);
        assertThat(find(H1.class).id("department-unavailable-heading").getText())
                .isEqualTo("Your department cannot be reached right now");
    }

    @Test
    @WithPortalUser(username = "dha.official", department = "dha", roles = "dept-user")
    void officialsOfOtherDepartmentsWorkOnWhileOneIsUnavailable() {
        markAs(DepartmentStatus.UNAVAILABLE);

        navigate(CaseListView.class);
    }

    @Test
    @WithPortalUser(username = "dpsa.superadmin", department = "", roles = "dpsa-admin")
    void dpsaSeesEachDepartmentsServerAndThatOneIsDown() {
        markAs(DepartmentStatus.UNAVAILABLE);

        navigate(DpsaConsoleView.class);
        @SuppressWarnings("unchecked")
        Grid<DepartmentHealth> health = find(Grid.class).id("dpsa-health");
        DepartmentHealth row = null;
        for (int i = 0; i < test(health).size(); i++) {
            if (test(health).getRow(i).department().id().equals(DEPARTMENT)) {
                row = test(health).getRow(i);
            } else {
                assertThat(test(health).getRow(i).status()).isEqualTo(DepartmentStatus.SERVING);
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.status()).isEqualTo(DepartmentStatus.UNAVAILABLE);
        assertThat(row.databaseServer()).isEqualTo("primary");
        assertThat(test(health).getCellText(indexOf(health, row), 2)).isEqualTo("Server down");
        assertThat(test(health).getCellText(indexOf(health, row), 3)).isEqualTo("primary");
    }

    private static int indexOf(Grid<DepartmentHealth> grid, DepartmentHealth row) {
        return grid.getListDataView().getItems().toList().indexOf(row);
    }

    private void markAs(DepartmentStatus status) {
        databases.setRoute(DEPARTMENT, databases.route(DEPARTMENT).orElseThrow().server(), status, null);
    }
}
