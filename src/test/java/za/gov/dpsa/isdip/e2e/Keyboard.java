package za.gov.dpsa.isdip.e2e;

import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The keyboard, and nothing else: keys go to whatever has focus, as they would for someone who cannot use a mouse.
 * Every focus stop is checked for a visible focus indicator, and the stops are kept so a test can check their order.
 */
final class Keyboard {

    /** The focused element, followed into shadow roots, with its chain of hosts: ids, tags and what shows focus. */
    private static final String FOCUS = """
            let el = document.activeElement;
            while (el && el.shadowRoot && el.shadowRoot.activeElement) { el = el.shadowRoot.activeElement; }
            if (!el || el === document.body) { return null; }
            const chain = [];
            let visible = false;
            for (let node = el; node; ) {
              if (node.nodeType === 1) {
                const path = node.getAttribute('path');
                chain.push((node.id ? '#' + node.id : '') + '<' + node.tagName.toLowerCase()
                    + (path !== null ? ' path=' + path : '') + '>');
                const style = getComputedStyle(node);
                // Lumo marks keyboard focus with [focus-ring]; browsers and our CSS draw an outline or a shadow;
                // PatternFly (Keycloak's pages) draws a thick line under the field's box, in its ::after.
                const after = getComputedStyle(node, '::after');
                if (node.hasAttribute('focus-ring')
                    || (node.matches(':focus-visible') && ((style.outlineStyle !== 'none'
                        && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none'))
                    || (node.matches(':focus-within') && after.borderBottomStyle !== 'none'
                        && parseFloat(after.borderBottomWidth) >= 2)) {
                  visible = true;
                }
              }
              node = node.parentNode || (node.host ? node.host : null);
              if (node && node.nodeType === 11) { node = node.host; }
            }
            return { chain: chain, visible: visible };""";

    private final WebDriver driver;
    private final List<String> stops = new ArrayList<>();

    Keyboard(WebDriver driver) {
        this.driver = driver;
    }

    /** Presses Tab until the element with this id (or one inside it) has focus; fails after {@code maxStops}. */
    void tabTo(String id, int maxStops) {
        tabToMatching("#" + id + "<", maxStops);
    }

    /** Presses Tab until a node of the focus chain contains the marker, such as {@code "path=cases>"}. */
    void tabToMatching(String marker, int maxStops) {
        for (int i = 0; i < maxStops; i++) {
            press(Keys.TAB);
            Focus focus = focus();
            if (focus != null && focus.chain().stream().anyMatch(node -> node.contains(marker))) {
                return;
            }
        }
        throw new AssertionError("Tab did not reach " + marker + " in " + maxStops + " stops; it went " + stops);
    }

    void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
        AxeCheck.waitUntilVaadinIsIdle(driver);
        Focus focus = focus();
        if (focus != null) {
            stops.add(String.join(" in ", focus.chain().subList(0, Math.min(3, focus.chain().size()))));
            if (!focus.visible()) {
                throw new AssertionError("Focus is not visible on " + focus.chain());
            }
        }
    }

    /** Presses a key that leaves the page (a sign-out, a sign-in): focus is checked by the next page's test. */
    void pressToLeave(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    /** Fails unless something has focus and shows it. */
    void assertFocusVisible() {
        Focus focus = focus();
        if (focus == null || !focus.visible()) {
            throw new AssertionError("Focus is not visible on " + (focus == null ? "nothing" : focus.chain()));
        }
    }

    void type(String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    boolean focusIsIn(String id) {
        Focus focus = focus();
        return focus != null && focus.chain().stream().anyMatch(node -> node.startsWith("#" + id + "<"));
    }

    /** The tag names and ids from the focused element up to the document, or null when nothing has focus. */
    Focus focus() {
        Object result = ((JavascriptExecutor) driver).executeScript(FOCUS);
        if (!(result instanceof java.util.Map<?, ?> map)) {
            return null;
        }
        List<String> chain = ((List<?>) map.get("chain")).stream().map(String::valueOf).toList();
        return new Focus(chain, Boolean.TRUE.equals(map.get("visible")));
    }

    List<String> stops() {
        return List.copyOf(stops);
    }

    void forgetStops() {
        stops.clear();
    }

    record Focus(List<String> chain, boolean visible) {
        boolean isInside(String tag) {
            return chain.stream().anyMatch(node -> node.endsWith("<" + tag + ">"));
        }
    }
}
