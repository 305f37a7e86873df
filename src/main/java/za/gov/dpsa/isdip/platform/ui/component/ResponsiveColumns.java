package za.gov.dpsa.isdip.platform.ui.component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;

/**
 * A grid's secondary columns hidden while the browser window is narrow (a phone), and a "Columns" menu, placed by
 * the caller near the grid, whose checkable items show or hide each of them again. The grid's primary columns, those
 * never passed to {@link #secondary}, always show; put them first so a phone shows what identifies a row.
 *
 * <p>The window's width comes from the browser when the menu is attached (Vaadin's extended client details) and on
 * every resize (a phone turned sideways). A column the user showed or hid through the menu stays as they chose it
 * while the window changes size. Like the other shared pieces it holds no English: the caller passes the menu's
 * translated caption, and each item is labelled with its column's translated header.
 */
public class ResponsiveColumns<T> extends Composite<MenuBar> {

    /** The width below which the window counts as narrow: where Vaadin's AppLayout turns its drawer into an overlay. */
    public static final int NARROW_BELOW = 800;

    private final Grid<T> grid;
    private final MenuItem button;
    private final SubMenu menu;
    private final Map<Grid.Column<T>, Secondary> secondary = new LinkedHashMap<>();
    private int narrowBelow = NARROW_BELOW;
    private Boolean narrow;
    private Registration resize;

    /** One secondary column: its menu item, and the user's own choice (null: follow the window's width). */
    private final class Secondary {
        private final Grid.Column<T> column;
        private final MenuItem item;
        private Boolean chosen;

        private Secondary(Grid.Column<T> column, String label) {
            this.column = column;
            this.item = menu.addItem(label, click -> {
                // The menu ticks or unticks a checkable item itself before its click listeners run.
                chosen = click.getSource().isChecked();
                show(chosen);
            });
            item.setCheckable(true);
            item.setChecked(column.isVisible());
        }

        private void show(boolean visible) {
            column.setVisible(visible);
            item.setChecked(visible);
            grid.recalculateColumnWidths();
        }
    }

    /**
     * A menu for the grid; {@code caption} is the translated text of its button (e.g. "Columns"). The menu's id is
     * the grid's with "-columns" after it, for tests and links.
     */
    public ResponsiveColumns(Grid<T> grid, String caption) {
        this.grid = grid;
        MenuBar bar = getContent();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        bar.addClassName("portal-columns-menu");
        grid.getId().ifPresent(id -> bar.setId(id + "-columns"));
        // Half Lumo's side padding in the cells (portal.css): nine columns fit 1,366 px without cutting a date.
        grid.addClassName("portal-responsive-grid");
        button = bar.addItem(caption);
        menu = button.getSubMenu();
        addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            resize = page.addBrowserWindowResizeListener(event -> windowWidth(event.getWidth()));
            // Known from the first page load, or asked for once: either way the callback brings the window's width.
            page.retrieveExtendedClientDetails(details -> windowWidth(details.getWindowInnerWidth()));
        });
        addDetachListener(detach -> {
            if (resize != null) {
                resize.remove();
                resize = null;
            }
        });
    }

    /** Marks columns as secondary, each labelled in the menu with its header text. */
    @SafeVarargs
    public final ResponsiveColumns<T> secondary(Grid.Column<T>... columns) {
        for (Grid.Column<T> column : columns) {
            secondary(column, column.getHeaderText());
        }
        return this;
    }

    /** Marks a column as secondary, labelled in the menu with the given translated text (for a column without a text header). */
    public ResponsiveColumns<T> secondary(Grid.Column<T> column, String label) {
        Secondary entry = new Secondary(column, label);
        secondary.put(column, entry);
        if (Boolean.TRUE.equals(narrow)) {
            entry.show(false);
        }
        return this;
    }

    /** Another width (in CSS pixels) below which the secondary columns hide: for a grid with many wide columns. */
    public ResponsiveColumns<T> narrowBelow(int width) {
        narrowBelow = width;
        narrow = null;
        return this;
    }

    /**
     * The browser window is now this wide: on crossing the threshold, the secondary columns the user has not chosen
     * themselves hide or show. Called by the browser's events; public for tests and for views that know the width.
     */
    public void windowWidth(int width) {
        boolean nowNarrow = width > 0 && width < narrowBelow;
        if (narrow != null && narrow == nowNarrow) {
            // Resizing within the same band (a phone's address bar folding away) changes nothing.
            return;
        }
        narrow = nowNarrow;
        for (Secondary entry : secondary.values()) {
            if (entry.chosen == null) {
                entry.column.setVisible(!nowNarrow);
                entry.item.setChecked(!nowNarrow);
            }
        }
        grid.recalculateColumnWidths();
    }

    /**
     * A text that wraps onto further lines in its cell instead of being cut with an ellipsis: for a column of long
     * names next to columns sized to their content. Such a column needs its own comparator to be sortable.
     */
    public static <T> Renderer<T> wrapping(ValueProvider<T, String> text) {
        // Lit escapes the text; the class (portal.css) lets it break at spaces where the grid's cells do not.
        return LitRenderer.<T>of("<span class=\"portal-cell-wrap\">${item.text}</span>").withProperty("text", text);
    }

    /** Whether the window was narrow when last measured; false until it has been. */
    public boolean isNarrow() {
        return Boolean.TRUE.equals(narrow);
    }

    /** The menu's items, one per secondary column in the order they were added, each labelled. */
    public List<MenuItem> items() {
        return secondary.values().stream().map(s -> s.item).toList();
    }

    /** The menu's button, whose text is the caption. */
    public MenuItem button() {
        return button;
    }
}
