package za.gov.dpsa.isdip.platform.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

import za.gov.dpsa.isdip.platform.i18n.PortalTranslations;

/**
 * A chart reads for everyone: a scale, a legend, a title a screen reader announces, the same figures in a table,
 * the chart's own words and figures in the official's language, and colours with enough contrast.
 */
class PortalChartTest {

    static final Locale AFRIKAANS = Locale.of("af", "ZA");
    static final PortalTranslations TRANSLATIONS = new PortalTranslations();

    /** A component speaking a language, with the portal's translations, without a running Vaadin service. */
    static final class Host extends Div {
        private final Locale locale;

        Host(Locale locale) {
            this.locale = locale;
            // Figures follow the UI's language, as while a view is being built.
            UI ui = new UI();
            ui.setLocale(locale);
            UI.setCurrent(ui);
        }

        @Override
        public String getTranslation(String key, Object... params) {
            return TRANSLATIONS.getTranslation(key, locale, params);
        }
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void barsHaveAScaleCategoriesALegendATitleAndATableWithTheSameFiguresInAfrikaans() {
        Host host = new Host(AFRIKAANS);
        PortalChart bars = PortalChart.bars(host, "Sake per week")
                .categories("Week", List.of("2026-09-07", "2026-09-14", "2026-09-21"))
                .series("Geopen", List.of(12L, 17L, 3L))
                .series("Opgelos", List.of(4L, 1234L, 0L));
        Div chart = bars.build("case-trend");

        assertThat(chart.getChildren().findFirst()).containsInstanceOf(Html.class);
        String figure = bars.figure();
        assertThat(figure).contains("role='img'").contains("aria-label='Sake per week'")
                .contains("<title>Sake per week</title>");
        // The value axis runs to a round figure above the largest (1 234), written the Afrikaans way.
        assertThat(texts(figure, "portal-chart-tick")).containsExactly("0", "500", "1\u00a0000", "1\u00a0500",
                "2\u00a0000");
        assertThat(texts(figure, "portal-chart-category")).containsExactly("2026-09-07", "2026-09-14", "2026-09-21");
        assertThat(figure).contains("class='portal-chart-legend' aria-label='Sleutel'").contains("Geopen</li>")
                .contains("Opgelos</li>");
        // Each bar's tooltip names its series, category and figure, in the language's words and numbers.
        assertThat(figure).contains("<title>Opgelos, 2026-09-14: 1\u00a0234</title>");
        assertThat(figure).doesNotContain("style=");

        Details details = (Details) chart.getChildren().skip(1).findFirst().orElseThrow();
        assertThat(details.isOpened()).isFalse();
        assertThat(details.getSummaryText()).isEqualTo("Wys as tabel");
        Element table = details.getContent().findFirst().orElseThrow().getElement().getChild(0);
        assertThat(table.getTag()).isEqualTo("table");
        assertThat(table.getAttribute("id")).isEqualTo("case-trend-table");
        assertThat(table.getChild(0).getText()).isEqualTo("Sake per week");
        assertThat(row(table.getChild(1).getChild(0))).containsExactly("Week", "Geopen", "Opgelos");
        Element body = table.getChild(2);
        assertThat(row(body.getChild(0))).containsExactly("2026-09-07", "12", "4");
        assertThat(row(body.getChild(1))).containsExactly("2026-09-14", "17", "1\u00a0234");
        assertThat(row(body.getChild(2))).containsExactly("2026-09-21", "3", "0");
        assertThat(body.getChild(0).getChild(0).getTag()).isEqualTo("th");
        assertThat(body.getChild(0).getChild(0).getAttribute("scope")).isEqualTo("row");
    }

    @Test
    void aLineSkipsAPeriodWithoutAFigureAndSaysSoInTheTableAndEscapesEveryText() {
        Host host = new Host(Locale.of("en", "ZA"));
        List<BigDecimal> values = Arrays.asList(new BigDecimal("0.5"), null, new BigDecimal("1.25"));
        PortalChart line = PortalChart.line(host, "Share <of> 'cases' & more")
                .categories("Period", List.of("2026/27 Q1", "2026/27 Q2", "<b>Q3</b>"))
                .series("National", values);
        Div chart = line.build("report-trend");

        String figure = line.figure();
        assertThat(figure).contains("aria-label='Share &lt;of&gt; &#39;cases&#39; &amp; more'")
                .contains("&lt;b&gt;Q3&lt;/b&gt;").doesNotContain("<b>");
        // Two markers, and no line drawn through the missing period: two polylines of one point each.
        assertThat(Pattern.compile("<circle").matcher(figure).results().count()).isEqualTo(2);
        assertThat(texts(figure, "portal-chart-tick")).containsExactly("0", "0,5", "1", "1,5", "2");
        Details details = (Details) chart.getChildren().skip(1).findFirst().orElseThrow();
        Element body = details.getContent().findFirst().orElseThrow().getElement().getChild(0).getChild(2);
        assertThat(row(body.getChild(1))).containsExactly("2026/27 Q2", "No figure");
        assertThat(row(body.getChild(2))).containsExactly("<b>Q3</b>", "1,25");
    }

    @Test
    void percentBarsKeepTheirRowIdsAndHaveAScaleALegendAndATable() {
        Host host = new Host(AFRIKAANS);
        Div chart = PortalChart.percentBars(host, "national-by-sphere", "Nakoming per sfeer", "Sfeer", "Nakoming",
                List.of(new PortalChart.PercentBar("national", "Nasionaal", new BigDecimal("87.5"), "87,5%"),
                        new PortalChart.PercentBar("provincial", "Provinsiaal", null, "Geen syfer")));

        String text = chart.getElement().getTextRecursively();
        assertThat(text).startsWith("Nakoming").contains("Nasionaal87,5%").contains("0%25%50%75%100%");
        Element list = chart.getElement().getChild(1);
        assertThat(list.getAttribute("role")).isEqualTo("list");
        assertThat(list.getAttribute("aria-label")).isEqualTo("Nakoming per sfeer");
        assertThat(list.getChild(0).getAttribute("id")).isEqualTo("national-by-sphere-national");
        assertThat(list.getChild(0).getChild(1).getChild(0).getStyle().get("width")).isEqualTo("87.5%");
        assertThat(list.getChild(1).getChild(1).getChild(0).getStyle().get("width")).isEqualTo("0.0%");
        Details details = (Details) chart.getChildren().reduce((a, b) -> b).orElseThrow();
        Element body = details.getContent().findFirst().orElseThrow().getElement().getChild(0).getChild(2);
        assertThat(row(body.getChild(0))).containsExactly("Nasionaal", "87,5%");
        assertThat(row(body.getChild(1))).containsExactly("Provinsiaal", "Geen syfer");
    }

    @Test
    void seriesColoursStandOutFromWhiteAndTextIsReadable() {
        for (String colour : PortalChart.COLOURS) {
            assertThat(contrastWithWhite(colour)).as(colour).isGreaterThanOrEqualTo(3.0);
        }
        assertThat(contrastWithWhite(PortalChart.INK)).isGreaterThanOrEqualTo(4.5);
    }

    private static List<String> texts(String svg, String cssClass) {
        Matcher matcher = Pattern.compile("<text class='" + cssClass + "'[^>]*>([^<]*)</text>").matcher(svg);
        return matcher.results().map(m -> m.group(1)).toList();
    }

    private static List<String> row(Element row) {
        return row.getChildren().map(Element::getText).toList();
    }

    /** WCAG 2's contrast ratio of a #rrggbb colour with white. */
    private static double contrastWithWhite(String hex) {
        double luminance = 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
        return 1.05 / (luminance + 0.05);
    }

    private static double channel(String hex, int at) {
        double c = Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
