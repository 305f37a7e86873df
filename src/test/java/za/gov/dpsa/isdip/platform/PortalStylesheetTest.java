package za.gov.dpsa.isdip.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The portal's one stylesheet stays well formed. A lost closing brace (as a merge once left) makes the browser
 * swallow every rule after it, silently: the alignment bars and sub-navigation lost their layout that way.
 */
class PortalStylesheetTest {

    private static final Path STYLESHEET = Path.of("src/main/resources/META-INF/resources/styles/portal.css");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    @Test
    void everyRuleIsClosedAndNoneIsNestedOutsideAnAtRule() throws IOException {
        String css = COMMENT.matcher(Files.readString(STYLESHEET)).replaceAll("");
        List<String> problems = new ArrayList<>();
        List<Boolean> openedByAtRule = new ArrayList<>();
        int line = 1;
        int selectorStart = 0;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                String selector = css.substring(selectorStart, i).strip();
                boolean insidePlainRule = !openedByAtRule.isEmpty() && !openedByAtRule.getLast();
                if (insidePlainRule) {
                    problems.add("line " + line + ": '" + selector + "' opens inside a rule left unclosed");
                }
                openedByAtRule.add(selector.startsWith("@"));
                selectorStart = i + 1;
            } else if (c == '}') {
                if (openedByAtRule.isEmpty()) {
                    problems.add("line " + line + ": a closing brace closes nothing");
                } else {
                    openedByAtRule.removeLast();
                }
                selectorStart = i + 1;
            } else if (c == ';') {
                selectorStart = i + 1;
            }
        }
        if (!openedByAtRule.isEmpty()) {
            problems.add(openedByAtRule.size() + " rule(s) still open at the end of the file");
        }
        assertThat(problems).isEmpty();
    }
}
