package za.gov.dpsa.isdip.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;


/** Lesson text is Markdown rendered to HTML that can carry no script. */
class LessonMarkdownTest {

    @Test
    void markdownBecomesFormattedHtml() {
        String html = LessonMarkdown.toSafeHtml("## Batho Pele\n\n*People* **first**\n\n- one\n- two\n\n"
                + "[DPSA](https://www.dpsa.gov.za)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assertThat(html).startsWith("<div class=\"lesson-body\">").contains("<h2>Batho Pele</h2>")
                .contains("<em>People</em>").contains("<strong>first</strong>").contains("<li>one</li>")
                .contains("href=\"https://www.dpsa.gov.za\"").contains("rel=\"noopener noreferrer nofollow\"");
    }

    @Test
    void scriptsHandlersAndDangerousLinksAreRemoved() {
        String html = LessonMarkdown.toSafeHtml("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n"
                + "[click](javascript:alert(1))\n\n<a href=\"https://evil\" onclick=\"x()\">raw</a>");
        var body = org.jsoup.Jsoup.parseBodyFragment(html).body();
        assertThat(body.select("script, img, style, iframe")).isEmpty();
        assertThat(body.select("*").stream().flatMap(e -> e.attributes().asList().stream())
                .map(a -> a.getKey().toLowerCase())).noneMatch(name -> name.startsWith("on"));
        assertThat(body.select("a[href]").eachAttr("href")).noneMatch(href -> href.contains("javascript"));
        // Raw HTML is shown as text, not run.
        assertThat(body.text()).contains("<script>alert(1)</script>");
    }

    @Test
    void certificateCodesAreLongRandomAndChecked() {
        String a = CertificateCodes.generate();
        String b = CertificateCodes.generate();
        assertThat(a).hasSize(16).isNotEqualTo(b).matches("[0-9A-HJKMNP-TV-Z]{16}");
        assertThat(CertificateCodes.normalise(" " + CertificateCodes.display(a).toLowerCase() + " ")).contains(a);
        // Any changed character, and any swap of two different neighbours, is caught by the check characters.
        for (int i = 0; i < 14; i++) {
            for (char c : CertificateCodes.ALPHABET.toCharArray()) {
                if (c != a.charAt(i)) {
                    assertThat(CertificateCodes.normalise(a.substring(0, i) + c + a.substring(i + 1))).isEmpty();
                }
            }
        }
        String body = a.substring(0, 14);
        for (int i = 0; i < 13; i++) {
            if (body.charAt(i) != body.charAt(i + 1)) {
                String swapped = body.substring(0, i) + body.charAt(i + 1) + body.charAt(i) + body.substring(i + 2);
                assertThat(CertificateCodes.normalise(swapped + a.substring(14))).isEmpty();
            }
        }
    }
}
