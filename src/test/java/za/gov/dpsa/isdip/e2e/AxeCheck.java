package za.gov.dpsa.isdip.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Deque's axe-core, run in the page the browser shows: the WCAG 2.0 and 2.1 rules of levels A and AA. A finding of
 * impact serious or critical is what a screen-reader or keyboard user would be stopped by, and is kept with the page
 * it was found on; minor and moderate findings are left to reviews.
 */
final class AxeCheck {

    /** The rule sets of WCAG 2.1 AA: axe tags each rule with the success criteria levels it belongs to. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private final WebDriver driver;
    private final List<String> findings = new ArrayList<>();
    private final List<String> pagesChecked = new ArrayList<>();

    AxeCheck(WebDriver driver) {
        this.driver = driver;
    }

    /** Checks the page as it is now, once Vaadin has answered every round trip, under the given name. */
    void check(String page) {
        waitUntilVaadinIsIdle(driver);
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        pagesChecked.add(page);
        if (results.isErrored()) {
            findings.add(page + ": axe could not run: " + results.getErrorMessage());
            return;
        }
        for (Rule rule : results.getViolations()) {
            if (!BLOCKING.contains(rule.getImpact()) || isVaadinTabsScroller(rule)) {
                continue;
            }
            StringBuilder finding = new StringBuilder(page + ": [" + rule.getImpact() + "] " + rule.getId() + " - "
                    + rule.getHelp());
            for (CheckedNode node : rule.getNodes()) {
                finding.append("\n      at ").append(node.getTarget()).append(": ")
                        .append(abbreviate(node.getHtml())).append("\n         ")
                        .append(abbreviate(String.valueOf(node.getFailureSummary())));
            }
            findings.add(finding.toString());
        }
    }

    /**
     * The one finding in Vaadin's own markup, matched exactly so anything else still fails: {@code vaadin-tabs}
     * (role tablist) wraps its tabs in a scroll container {@code <div id="scroll" part="tabs" tabindex="-1">} in its
     * shadow root (web-components 25.2, tabs.js). Its tabindex of -1 keeps it out of the keyboard order, and it has no
     * role, so screen readers see the tabs directly under the tablist; axe counts any element with a tabindex as a
     * child that needs a role. Keyboard use of the tabs is covered by Vaadin's own roving tab index.
     */
    private static boolean isVaadinTabsScroller(Rule rule) {
        return "aria-required-children".equals(rule.getId()) && !rule.getNodes().isEmpty()
                && rule.getNodes().stream().allMatch(node -> String.valueOf(node.getTarget()).equals("[vaadin-tabs]")
                        && String.valueOf(node.getFailureSummary()).replaceAll("\\s+", " ").strip()
                                .equals("Fix any of the following: Element has children which are not allowed: div[tabindex]"));
    }

    List<String> findings() {
        return List.copyOf(findings);
    }

    List<String> pagesChecked() {
        return List.copyOf(pagesChecked);
    }

    /** No Vaadin round trip in flight: what the user sees is what the server last sent. */
    static void waitUntilVaadinIsIdle(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("""
                        const flow = window.Vaadin && window.Vaadin.Flow;
                        if (!flow || !flow.clients) { return document.readyState === 'complete'; }
                        return Object.values(flow.clients).every(c => !c.isActive || !c.isActive());""")));
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() > 220 ? flat.substring(0, 220) + "…" : flat;
    }
}
