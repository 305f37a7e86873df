package za.gov.dpsa.isdip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The documentation holds together: every relative link of the README and of {@code docs/} points to a file or
 * folder that exists, and an anchor into a Markdown page to one of its headings (GitHub's slugs); every page of
 * {@code docs/} is listed in {@code docs/README.md}; the README stays short.
 */
class DocumentationLinksTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path README = ROOT.resolve("README.md");
    private static final Path DOCS = ROOT.resolve("docs");
    private static final long README_LIMIT = 12_288;

    /** {@code [text](target)} and {@code ![alt](target)}, with an optional title after the target. */
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`]*`");

    @Test
    void everyRelativeLinkPointsToAFileAndEveryAnchorToAHeading() {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            for (String target : links(page)) {
                String problem = problemOf(page, target);
                if (problem != null) {
                    broken.add(ROOT.relativize(page) + ": (" + target + ") " + problem);
                }
            }
        }
        assertThat(broken).as("broken links in the documentation").isEmpty();
    }

    @Test
    void theReadmeStaysShort() throws IOException {
        assertThat(Files.size(README)).as("README.md size in bytes (limit %d)", README_LIMIT).isLessThan(README_LIMIT);
    }

    @Test
    void everyDocsPageIsListedInTheIndex() throws IOException {
        Path index = DOCS.resolve("README.md");
        assertThat(index).as("docs/README.md, the index of docs/").exists();
        Set<Path> linked = new HashSet<>();
        for (String target : links(index)) {
            String path = pathOf(target);
            if (!isExternal(target) && !path.isEmpty()) {
                linked.add(index.getParent().resolve(path).normalize());
            }
        }
        List<String> missing;
        try (Stream<Path> files = Files.list(DOCS)) {
            missing = files.filter(f -> f.toString().endsWith(".md")).filter(f -> !f.equals(index))
                    .filter(f -> !linked.contains(f.normalize()))
                    .map(f -> ROOT.relativize(f) + " is not linked from docs/README.md").sorted().toList();
        }
        assertThat(missing).as("docs pages missing from the index").isEmpty();
    }

    @Test
    void theSlugsFollowGitHub() {
        assertThat(slug("From token to database: a department's path"))
                .isEqualTo("from-token-to-database-a-departments-path");
        assertThat(slug("Compose (several instances on one machine)")).isEqualTo("compose-several-instances-on-one-machine");
        assertThat(slug("Keycloak client settings (`isdip-portal`)")).isEqualTo("keycloak-client-settings-isdip-portal");
        assertThat(slug("Security (OWASP ASVS level 2)")).isEqualTo("security-owasp-asvs-level-2");
        assertThat(slug("Training: versions and what trainers may see (POPIA)"))
                .isEqualTo("training-versions-and-what-trainers-may-see-popia");
    }

    /** Why the link is broken, or null when it is not. */
    private static String problemOf(Path page, String target) {
        if (isExternal(target)) {
            return null;
        }
        String path = pathOf(target);
        String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
        Path file = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        if (!file.startsWith(ROOT)) {
            return "points outside the repository";
        }
        if (!Files.exists(file)) {
            return "points to " + ROOT.relativize(file) + ", which does not exist";
        }
        if (anchor == null || !file.toString().endsWith(".md") || Files.isDirectory(file)) {
            return null;
        }
        Set<String> anchors = anchors(file);
        return anchors.contains(anchor) ? null
                : "has the anchor #" + anchor + ", which is no heading of " + ROOT.relativize(file);
    }

    private static boolean isExternal(String target) {
        String lower = target.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:");
    }

    private static String pathOf(String target) {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        return java.net.URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** README.md and every Markdown file under docs/. */
    private static List<Path> pages() {
        List<Path> pages = new ArrayList<>();
        pages.add(README);
        try (Stream<Path> files = Files.walk(DOCS)) {
            files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(pages::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    /** The link targets of a page, outside code blocks and inline code. */
    private static List<String> links(Path page) {
        List<String> targets = new ArrayList<>();
        boolean inFence = false;
        for (String line : lines(page)) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            Matcher link = LINK.matcher(INLINE_CODE.matcher(line).replaceAll(""));
            while (link.find()) {
                targets.add(link.group(1));
            }
        }
        return targets;
    }

    /** The anchors GitHub gives the headings of a page; a repeated heading gets -1, -2 and so on. */
    private static Set<String> anchors(Path page) {
        Set<String> anchors = new HashSet<>();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        boolean inFence = false;
        for (String line : lines(page)) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (!inFence && heading.matches()) {
                String slug = slug(heading.group(2));
                int count = seen.merge(slug, 1, Integer::sum);
                anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
            }
        }
        return anchors;
    }

    /** GitHub's rule: lower case, punctuation dropped except hyphens and spaces, spaces become hyphens. */
    static String slug(String heading) {
        String text = heading.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == ' ') {
                slug.append('-');
            } else if (c == '-' || c == '_' || Character.isLetterOrDigit(c)) {
                slug.appendCodePoint(c);
            }
        });
        return slug.toString();
    }

    private static List<String> lines(Path page) {
        try {
            return Files.readAllLines(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
