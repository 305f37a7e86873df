package za.gov.dpsa.isdip.training.internal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Lesson text: Markdown rendered to HTML, then cleaned to an allow-list (headings, paragraphs, lists, emphasis,
 * quotes, code, tables and links to http, https or mail addresses; no scripts, styles, images or event handlers).
 * Raw HTML in the Markdown is escaped rather than passed through, and the cleaner catches anything else.
 */
public final class LessonMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow")
            .addEnforcedAttribute("a", "target", "_blank");

    private LessonMarkdown() {
    }

    /** Safe HTML of the Markdown text, wrapped in one {@code div} (as Vaadin's {@code Html} needs one root). */
    public static String toSafeHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        return "<div class=\"lesson-body\">" + Jsoup.clean(html, "", SAFELIST, settings) + "</div>";
    }
}
