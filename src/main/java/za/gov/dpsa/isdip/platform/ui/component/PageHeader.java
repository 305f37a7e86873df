package za.gov.dpsa.isdip.platform.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The top of a page: its one H1, what the page is for in a sentence, and the page's main actions beside the title.
 * Ids stay where callers put them: {@code header.title().setId("cases-heading")} marks the H1 itself.
 */
public class PageHeader extends Header {

    private final H1 title;
    private final Div titleRow = new Div();
    private Div actions;
    private Paragraph intro;

    /** A header with the (translated) title. */
    public PageHeader(String title) {
        this.title = new H1(title);
        addClassName("portal-page-header");
        titleRow.addClassName("portal-page-header-row");
        titleRow.add(this.title);
        add(titleRow);
    }

    /** Adds the translated intro paragraph under the title. */
    public PageHeader withIntro(String text) {
        if (intro == null) {
            intro = new Paragraph();
            intro.addClassName("portal-page-header-intro");
            add(intro);
        }
        intro.setText(text);
        return this;
    }

    /** Adds the page's main actions (buttons, links) on the title's line, after the title. */
    public PageHeader withActions(Component... buttons) {
        if (actions == null) {
            actions = new Div();
            actions.addClassName("portal-page-header-actions");
            titleRow.add(actions);
        }
        actions.add(buttons);
        return this;
    }

    /** The H1, e.g. to set the id the page's tests and links use. */
    public H1 title() {
        return title;
    }

    /** The intro paragraph, or {@code null} without one. */
    public Paragraph intro() {
        return intro;
    }
}
