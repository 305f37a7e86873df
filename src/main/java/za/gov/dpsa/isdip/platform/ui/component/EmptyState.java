package za.gov.dpsa.isdip.platform.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What a list, grid or section shows when it has nothing: a message that says so and, where there is one, a hint
 * and the way to the next step ("No courses yet." + a link to the catalogue). A polite status region: when it
 * replaces results after a search, a screen reader hears that nothing matched without moving focus.
 * For a {@code Grid} that stays on screen, its own {@code setEmptyStateText} does this inside the grid.
 */
public class EmptyState extends Div {

    private final Paragraph message;
    private Paragraph hint;

    /** An empty state saying the translated message. */
    public EmptyState(String message) {
        this.message = new Paragraph(message);
        this.message.addClassName("portal-empty-state-message");
        addClassName("portal-empty-state");
        getElement().setAttribute("role", "status");
        add(this.message);
    }

    /** Adds a translated hint under the message: why it is empty, or what to do. */
    public EmptyState withHint(String text) {
        if (hint == null) {
            hint = new Paragraph();
            hint.addClassName("portal-empty-state-hint");
            add(hint);
        }
        hint.setText(text);
        return this;
    }

    /** Adds the next step(s): a link or a button, after the message and hint. */
    public EmptyState withAction(Component... actions) {
        add(actions);
        return this;
    }

    /** The message paragraph, e.g. to give it an id a test or a label points at. */
    public Paragraph message() {
        return message;
    }
}
