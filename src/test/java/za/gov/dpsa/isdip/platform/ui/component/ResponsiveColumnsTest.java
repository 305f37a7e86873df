package za.gov.dpsa.isdip.platform.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A grid on a phone: its secondary columns hide, and the "Columns" menu, each item labelled, shows them again. */
class ResponsiveColumnsTest extends BrowserlessTest {

    record Case(String reference, String title, String category, String logged) {
    }

    private Grid<Case> grid;
    private Grid.Column<Case> reference;
    private Grid.Column<Case> category;
    private Grid.Column<Case> logged;
    private ResponsiveColumns<Case> columns;

    @BeforeEach
    void aGridWithTwoSecondaryColumns() {
        grid = new Grid<>();
        grid.setId("cases");
        reference = grid.addColumn(Case::reference).setHeader("Reference");
        grid.addColumn(Case::title).setHeader("Title");
        category = grid.addColumn(Case::category).setHeader("Category");
        logged = grid.addColumn(Case::logged).setHeader("Logged");
        grid.setItems(new Case("DHA-2026-000001", "Queue at Randburg", "Service standards", "2026-09-30"));
        columns = new ResponsiveColumns<>(grid, "Columns").secondary(category).secondary(logged, "Logged on");
        UI.getCurrent().add(new VerticalLayout(columns, grid));
    }

    @Test
    void aNarrowWindowHidesTheSecondaryColumnsAndAWideOneShowsThemAgain() {
        columns.windowWidth(360);

        assertThat(columns.isNarrow()).isTrue();
        assertThat(reference.isVisible()).isTrue();
        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getHeaderText))
                .containsExactly("Reference", "Title");
        assertThat(columns.items()).noneMatch(MenuItem::isChecked);

        columns.windowWidth(1366);

        assertThat(columns.isNarrow()).isFalse();
        assertThat(grid.getColumns()).allMatch(Grid.Column::isVisible);
        assertThat(columns.items()).allMatch(MenuItem::isChecked);
    }

    @Test
    void theColumnsMenuShowsAHiddenColumnAgainAndTheChoiceOutlastsTurningThePhone() {
        columns.windowWidth(360);
        // The menu is the composite's content (a MenuBar with the grid's id and "-columns").
        MenuBar menu = (MenuBar) columns.getChildren().findFirst().orElseThrow();
        assertThat(menu.getId()).contains("cases-columns");

        new MenuBarTester<>(menu).clickItem("Columns", "Category");

        assertThat(category.isVisible()).isTrue();
        assertThat(new MenuBarTester<>(menu).isItemChecked("Columns", "Category")).isTrue();
        assertThat(logged.isVisible()).isFalse();

        // Sideways and back: the category stays as the user chose, the other column follows the width.
        columns.windowWidth(800);
        columns.windowWidth(360);
        assertThat(category.isVisible()).isTrue();
        assertThat(logged.isVisible()).isFalse();

        // And hidden again from the menu, on a wide window too.
        columns.windowWidth(1366);
        new MenuBarTester<>(menu).clickItem("Columns", "Category");
        assertThat(category.isVisible()).isFalse();
        assertThat(logged.isVisible()).isTrue();
    }

    @Test
    void eachMenuItemIsLabelledWithItsColumnsHeaderOrTheTextGiven() {
        assertThat(columns.button().getText()).isEqualTo("Columns");
        assertThat(columns.items()).extracting(MenuItem::getText).containsExactly("Category", "Logged on");
        assertThat(columns.items()).allMatch(MenuItem::isCheckable);
        assertThat(columns.getId()).contains("cases-columns");
    }

    @Test
    void widthsWithinTheSameBandChangeNothingAndAGridCanSetItsOwnThreshold() {
        columns.windowWidth(360);
        columns.windowWidth(412);
        assertThat(category.isVisible()).isFalse();

        Grid<Case> wide = new Grid<>();
        Grid.Column<Case> early = wide.addColumn(Case::logged).setHeader("2025/26 Q1");
        ResponsiveColumns<Case> periods = new ResponsiveColumns<>(wide, "Columns").narrowBelow(1200).secondary(early);
        periods.windowWidth(1024);
        assertThat(early.isVisible()).isFalse();
        periods.windowWidth(1366);
        assertThat(early.isVisible()).isTrue();
        assertThat(List.of(periods.isNarrow())).containsExactly(false);
    }
}
