package za.gov.dpsa.isdip.platform.ui.component;

import java.util.function.Function;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;

/**
 * A short status word in a Lumo badge ("Overdue", "Published"). The text is what a screen reader reads, so it must
 * say the status on its own: the tone's colour only repeats it for sighted users.
 */
public class Badge extends Span {

    /** The badge's colour, by what it means. */
    public enum Tone {
        /** Informational, no judgement (Lumo's default badge). */
        NEUTRAL(""),
        /** Done, accepted, on track. */
        SUCCESS("success"),
        /** Refused, breached, overdue. */
        ERROR("error"),
        /** Needs attention soon. */
        WARNING("warning"),
        /** Not started, paused, or set apart from the others. */
        CONTRAST("contrast");

        private final String lumoVariant;

        Tone(String lumoVariant) {
            this.lumoVariant = lumoVariant;
        }
    }

    /** A badge with the translated text and its tone. */
    public Badge(String text, Tone tone) {
        super(text);
        getElement().getThemeList().add(theme(tone, false));
    }

    /** Filled with the tone's colour instead of tinted: for the one status that must stand out (a critical case). */
    public Badge emphasised() {
        getElement().getThemeList().add("primary");
        return this;
    }

    /** The theme attribute of a badge of this tone, e.g. "badge error primary"; for renderers drawn in the browser. */
    public static String theme(Tone tone, boolean emphasised) {
        String theme = tone.lumoVariant.isEmpty() ? "badge" : "badge " + tone.lumoVariant;
        return emphasised ? theme + " primary" : theme;
    }

    /**
     * A badge in a grid cell, drawn by the browser from two values per row. A component per cell would keep a
     * server-side component, and send its state, for every badge of every row the grid has loaded.
     *
     * @param theme the row's {@link #theme(Tone, boolean)}; an empty text draws nothing
     */
    public static <T> LitRenderer<T> renderer(Function<T, String> text, Function<T, String> theme) {
        return LitRenderer.<T>of("<span theme=\"${item.text ? item.theme : ''}\">${item.text}</span>")
                .withProperty("text", text::apply).withProperty("theme", theme::apply);
    }
}
