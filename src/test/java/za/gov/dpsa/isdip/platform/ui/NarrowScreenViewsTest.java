package za.gov.dpsa.isdip.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;

import za.gov.dpsa.isdip.cases.ui.CaseListView;
import za.gov.dpsa.isdip.cases.ui.EscalationQueueView;
import za.gov.dpsa.isdip.platform.ui.component.ResponsiveColumns;
import za.gov.dpsa.isdip.reporting.ReportingPeriods;
import za.gov.dpsa.isdip.reporting.internal.ReportingTestAccess;
import za.gov.dpsa.isdip.reporting.ui.ReportingConsoleView;
import za.gov.dpsa.isdip.support.WithPortalUser;

/** The main grids on a phone: what identifies a row stays, the rest is one tap away in the "Columns" menu. */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "za.gov.dpsa.isdip")
// A context of its own, for the same reason as the other browserless classes (ShellViewsTest).
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class NarrowScreenViewsTest extends SpringBrowserlessTest {

    @Autowired
    ReportingPeriods periods;

    @Test
    @WithPortalUser(username = "dha.official", department = "dha", roles = "dept-user")
    void onAPhoneTheCaseListShowsReferenceTitleAndStatusAndTheMenuBringsBackTheRest() {
        navigate(CaseListView.class);
        @SuppressWarnings("unchecked")
        ResponsiveColumns<Object> columns = find(ResponsiveColumns.class).single();
        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(Grid.class).id("case-grid");

        columns.windowWidth(360);

        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey))
                .containsExactly("reference", "title", "status");
        assertThat(columns.items()).extracting(MenuItem::getText).containsExactly("Category", "Priority",
                "Assigned to", "Logged", "Resolution due", "DPSA");
        new MenuBarTester<>(find(MenuBar.class).id("case-grid-columns")).clickItem("Columns", "Resolution due");
        assertThat(grid.getColumnByKey("resolutionDueAt").isVisible()).isTrue();

        columns.windowWidth(1366);
        assertThat(grid.getColumns()).allMatch(Grid.Column::isVisible);
        // Sized to their content, so never cut: the reference, the dates and the badges.
        for (String key : new String[] {"reference", "priority", "status", "createdAt", "resolutionDueAt"}) {
            assertThat(grid.getColumnByKey(key).isAutoWidth()).as(key).isTrue();
            assertThat(grid.getColumnByKey(key).getFlexGrow()).as(key).isZero();
        }
    }

    @Test
    @WithPortalUser(username = "dpsa.superadmin", department = "", roles = "dpsa-admin")
    void onAPhoneTheReportingConsoleShowsTheDepartmentAndTheTwoLatestPeriods() {
        ReportingTestAccess.currentQuarter(periods);
        navigate(ReportingConsoleView.class);
        @SuppressWarnings("unchecked")
        ResponsiveColumns<Object> columns = find(ResponsiveColumns.class).single();
        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(Grid.class).id("report-matrix");
        int periodsShown = grid.getColumns().size() - 1;

        columns.windowWidth(360);

        long visible = grid.getColumns().stream().filter(Grid.Column::isVisible).count();
        assertThat(visible).isEqualTo(1 + Math.min(2, periodsShown));
        assertThat(grid.getColumns().getFirst().isVisible()).isTrue();
        assertThat(grid.getColumns().getLast().isVisible()).isTrue();
        assertThat(columns.items()).hasSize(Math.max(0, periodsShown - 2))
                .allSatisfy(item -> assertThat(item.getText()).isNotBlank());
    }

    @Test
    @WithPortalUser(username = "dpsa.superadmin", department = "", roles = "dpsa-admin")
    void onAPhoneTheEscalationQueueAndTheAuditTrailKeepWhatIdentifiesARow() {
        navigate(EscalationQueueView.class);
        @SuppressWarnings("unchecked")
        ResponsiveColumns<Object> queue = find(ResponsiveColumns.class).single();
        queue.windowWidth(360);
        @SuppressWarnings("unchecked")
        Grid<Object> escalations = find(Grid.class).id("escalation-grid");
        assertThat(escalations.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getHeaderText))
                .containsExactly("Reference", "Department", "Title");

        navigate(AuditView.class);
        @SuppressWarnings("unchecked")
        ResponsiveColumns<Object> audit = find(ResponsiveColumns.class).single();
        audit.windowWidth(360);
        @SuppressWarnings("unchecked")
        Grid<Object> trail = find(Grid.class).id("audit-grid");
        assertThat(trail.getColumns().stream().filter(Grid.Column::isVisible).count()).isEqualTo(3);
        assertThat(audit.items()).hasSize(3).allSatisfy(item -> assertThat(item.getText()).isNotBlank());
    }
}
