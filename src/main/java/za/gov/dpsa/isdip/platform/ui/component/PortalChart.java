package za.gov.dpsa.isdip.platform.ui.component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/**
 * A chart drawn on the server as SVG (no chart library, no script: nothing for the CSP to allow), with what a chart
 * needs to be read by everyone: a value axis with a scale, labelled categories, a legend, a title the screen reader
 * announces ({@code role="img"}), and the same numbers as a table under a collapsed "Show as a table".
 *
 * <p>Texts come translated from the caller (title, series, category labels); the chart's own words go through the
 * host's translations and its figures through {@link PortalNumbers} in the host's language. Colours are SVG
 * attributes, not {@code style}, and each has at least 3:1 contrast on white; texts are dark grey (over 4.5:1).
 *
 * <pre>{@code
 * Div chart = PortalChart.bars(this, getTranslation("cases.dashboard.trend"))
 *         .categories(getTranslation("cases.dashboard.week"), weeks)
 *         .series(getTranslation("cases.dashboard.opened"), opened)
 *         .series(getTranslation("cases.dashboard.resolved"), resolved)
 *         .build("case-trend");
 * }</pre>
 *
 * {@link #percentBars} draws the other kind the portal has: one horizontal bar per row on a 0–100% scale, as HTML
 * whose rows a screen reader reads as text.
 */
public final class PortalChart {

    /** How the series are drawn. */
    public enum Kind {
        /** Side-by-side vertical bars per category: counts per week. */
        BARS,
        /** A line with a marker per category: a figure over periods. */
        LINE
    }

    /** One series: its translated name (the legend's and the table's) and a value per category, null for none. */
    public record Series(String name, List<? extends Number> values) {
    }

    /** One row of {@link #percentBars}: its id's end, translated label, percentage (0–100) and the value's text. */
    public record PercentBar(String key, String label, BigDecimal percent, String valueText) {
    }

    /**
     * Series colours, in order: the flag's green (5.6:1 on white), its blue (13:1) and a dark red (6.5:1).
     */
    static final List<String> COLOURS = List.of("#007a4d", "#002395", "#b3261e");
    /** Text and axes: 12.6:1 on white. */
    static final String INK = "#333b45";
    /** Grid lines only help the eye; the tick labels carry the scale. */
    static final String GRID = "#d3d8de";

    private static final int WIDTH = 600;
    private static final int HEIGHT = 230;
    private static final int LEFT = 76;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 190;
    /** Labels of {@link #LABEL_SIZE} side by side: fewer, larger labels read better on a phone than many tiny ones. */
    private static final int MAX_CATEGORY_LABELS = 4;
    /**
     * The axes' text size in the chart's own units: the chart scales to its container (at most 40rem), so 20 units
     * are about 10 px on a home card and 21 px on a wide page, where 12 were 6 px on the card.
     */
    private static final int LABEL_SIZE = 20;
    private static final int TICKS = 4;

    private final Component host;
    private final Kind kind;
    private final String title;
    private final List<Series> series = new ArrayList<>();
    private String categoryHeader = "";
    private List<String> categories = List.of();
    private Function<Number, String> format;

    private PortalChart(Component host, Kind kind, String title) {
        this.host = Objects.requireNonNull(host);
        this.kind = kind;
        this.title = Objects.requireNonNull(title);
        this.format = value -> PortalNumbers.decimal(value, locale());
    }

    /** Vertical bars, side by side per category, titled with the translated title. */
    public static PortalChart bars(Component host, String title) {
        return new PortalChart(host, Kind.BARS, title);
    }

    /** Lines with a marker per category, titled with the translated title. */
    public static PortalChart line(Component host, String title) {
        return new PortalChart(host, Kind.LINE, title);
    }

    /** The categories along the horizontal axis, and what the table calls them (its first column's header). */
    public PortalChart categories(String header, List<String> labels) {
        this.categoryHeader = header;
        this.categories = List.copyOf(labels);
        return this;
    }

    /** Adds a series; it needs a value (or null) per category. */
    public PortalChart series(String name, List<? extends Number> values) {
        if (values.size() != categories.size()) {
            throw new IllegalArgumentException("A value per category: " + categories.size() + ", not " + values.size());
        }
        series.add(new Series(name, new ArrayList<>(values)));
        return this;
    }

    /** How figures are written (on the scale, in tooltips and the table); {@link PortalNumbers#decimal} by default. */
    public PortalChart format(Function<Number, String> format) {
        this.format = format;
        return this;
    }

    /** The chart and its table, in a block with the id; the table's id is the id with "-table". */
    public Div build(String id) {
        Div chart = new Div();
        chart.setId(id);
        chart.addClassName("portal-chart");
        chart.add(new Html(figure()), tableDetails(id + "-table", title, categoryHeader,
                series.stream().map(Series::name).toList(), categories,
                series.stream().map(s -> s.values().stream().map(this::text).toList()).toList()));
        return chart;
    }

    /** The drawing and its legend, as the markup {@link #build} shows. */
    public String figure() {
        StringBuilder html = new StringBuilder("<figure class='portal-chart-figure'>").append(svg());
        html.append("<ul class='portal-chart-legend' aria-label='").append(escape(translate("chart.legend")))
                .append("'>");
        for (int s = 0; s < series.size(); s++) {
            html.append("<li><svg width='14' height='14' aria-hidden='true' focusable='false'><rect width='14' "
                    + "height='14' fill='").append(colour(s)).append("'/></svg>").append(escape(series.get(s).name()))
                    .append("</li>");
        }
        return html.append("</ul></figure>").toString();
    }

    /** The SVG alone: title, axes with the scale, categories and series. */
    public String svg() {
        double top = scaleTop();
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' class='portal-chart-svg' "
                + "role='img' width='100%' viewBox='0 0 " + WIDTH + " " + HEIGHT + "' aria-label='")
                .append(escape(title)).append("'><title>").append(escape(title)).append("</title>");
        // The value axis: a grid line and a figure per tick.
        for (int t = 0; t <= TICKS; t++) {
            double value = top * t / TICKS;
            int y = y(value, top);
            svg.append("<line class='portal-chart-grid' x1='").append(LEFT).append("' x2='").append(WIDTH - RIGHT)
                    .append("' y1='").append(y).append("' y2='").append(y).append("' stroke='").append(GRID)
                    .append("'/><text class='portal-chart-tick' x='").append(LEFT - 6).append("' y='").append(y + 7)
                    .append("' text-anchor='end' font-size='").append(LABEL_SIZE).append("' fill='").append(INK)
                    .append("'>")
                    .append(escape(format.apply(tickValue(value)))).append("</text>");
        }
        svg.append("<line x1='").append(LEFT).append("' x2='").append(LEFT).append("' y1='").append(TOP)
                .append("' y2='").append(BOTTOM).append("' stroke='").append(INK).append("'/>");
        svg.append("<line x1='").append(LEFT).append("' x2='").append(WIDTH - RIGHT).append("' y1='").append(BOTTOM)
                .append("' y2='").append(BOTTOM).append("' stroke='").append(INK).append("'/>");
        int n = categories.size();
        double slot = n == 0 ? 0 : (double) (WIDTH - RIGHT - LEFT) / n;
        // Every category is in the table; on the axis only as many as fit side by side.
        int every = Math.max(1, (int) Math.ceil((double) n / MAX_CATEGORY_LABELS));
        for (int i = 0; i < n; i++) {
            if (i % every == 0) {
                svg.append("<text class='portal-chart-category' x='").append(round(centre(i, slot))).append("' y='")
                        .append(BOTTOM + 26).append("' text-anchor='middle' font-size='").append(LABEL_SIZE)
                        .append("' fill='").append(INK)
                        .append("'>").append(escape(categories.get(i))).append("</text>");
            }
        }
        if (kind == Kind.BARS) {
            drawBars(svg, slot, top);
        } else {
            drawLines(svg, slot, top);
        }
        return svg.append("</svg>").toString();
    }

    private void drawBars(StringBuilder svg, double slot, double top) {
        double group = slot * 0.8;
        double bar = series.isEmpty() ? 0 : group / series.size();
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            for (int i = 0; i < categories.size(); i++) {
                Number value = one.values().get(i);
                if (value == null) {
                    continue;
                }
                int y = y(value.doubleValue(), top);
                svg.append("<rect x='").append(round(centre(i, slot) - group / 2 + s * bar + 1)).append("' y='")
                        .append(y).append("' width='").append(round(Math.max(1, bar - 2))).append("' height='")
                        .append(BOTTOM - y).append("' fill='").append(colour(s)).append("'><title>")
                        .append(escape(point(one, i))).append("</title></rect>");
            }
        }
    }

    private void drawLines(StringBuilder svg, double slot, double top) {
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            StringBuilder points = new StringBuilder();
            StringBuilder markers = new StringBuilder();
            for (int i = 0; i < categories.size(); i++) {
                Number value = one.values().get(i);
                if (value == null) {
                    // A period without a figure breaks the line rather than drawing it as zero.
                    polyline(svg, points, s);
                    points.setLength(0);
                    continue;
                }
                String x = round(centre(i, slot));
                int y = y(value.doubleValue(), top);
                points.append(x).append(',').append(y).append(' ');
                markers.append("<circle cx='").append(x).append("' cy='").append(y).append("' r='4' fill='")
                        .append(colour(s)).append("'><title>").append(escape(point(one, i)))
                        .append("</title></circle>");
            }
            polyline(svg, points, s);
            svg.append(markers);
        }
    }

    private static void polyline(StringBuilder svg, StringBuilder points, int s) {
        if (!points.isEmpty()) {
            svg.append("<polyline fill='none' stroke='").append(colour(s)).append("' stroke-width='2' points='")
                    .append(points.toString().strip()).append("'/>");
        }
    }

    /** The top of the value axis: a round figure (1, 2, 2.5 or 5 times a power of ten per tick) above the largest. */
    double scaleTop() {
        double max = series.stream().flatMap(s -> s.values().stream()).filter(Objects::nonNull)
                .mapToDouble(Number::doubleValue).max().orElse(0);
        if (max <= 0) {
            return TICKS;
        }
        double raw = max / TICKS;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double residual = raw / magnitude;
        double step = (residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 2.5 ? 2.5 : residual <= 5 ? 5 : 10)
                * magnitude;
        if (allWhole() && step < 1) {
            step = 1;
        } else if (allWhole() && step != Math.floor(step)) {
            step = Math.ceil(step);
        }
        return step * TICKS;
    }

    private boolean allWhole() {
        return series.stream().flatMap(s -> s.values().stream()).filter(Objects::nonNull)
                .allMatch(v -> v.doubleValue() == Math.floor(v.doubleValue()));
    }

    private static Number tickValue(double value) {
        // Through BigDecimal so that 0.30000000000000004 is written 0.3.
        return BigDecimal.valueOf(value).stripTrailingZeros();
    }

    private static int y(double value, double top) {
        return (int) Math.round(BOTTOM - (BOTTOM - TOP) * Math.max(0, value) / top);
    }

    private static double centre(int index, double slot) {
        return LEFT + slot * (index + 0.5);
    }

    private static String round(double coordinate) {
        return String.valueOf(Math.round(coordinate * 10) / 10.0);
    }

    private static String colour(int series) {
        return COLOURS.get(series % COLOURS.size());
    }

    private String point(Series one, int category) {
        return translate("chart.point", one.name(), categories.get(category), text(one.values().get(category)));
    }

    private String text(Number value) {
        return value == null ? translate("chart.noFigure") : format.apply(value);
    }

    private String translate(String key, Object... params) {
        return host.getTranslation(key, params);
    }

    private Locale locale() {
        return PortalNumbers.localeOf(host);
    }

    /**
     * One horizontal bar per row on a 0–100% scale, drawn with HTML: each row reads as its label and value text;
     * a scale under the bars, a legend naming what the bars measure, and the same figures as a table.
     *
     * @param host       the component whose translations and language are used
     * @param id         the chart's id; each row's is the id, a dash and its key; the table's the id with "-table"
     * @param title      the translated title: the list's label and the table's caption
     * @param header     the translated header of the table's first column (what a row is)
     * @param measure    the translated name of what the bars show: the legend's and the table's second header
     */
    public static Div percentBars(Component host, String id, String title, String header, String measure,
                                  List<PercentBar> rows) {
        Div chart = new Div();
        chart.setId(id);
        chart.addClassName("portal-bars");
        Span legend = new Span(measure);
        legend.addClassName("portal-bars-legend");
        Div list = new Div();
        list.addClassName("portal-bars-list");
        list.getElement().setAttribute("role", "list");
        list.getElement().setAttribute("aria-label", title);
        for (PercentBar bar : rows) {
            Div row = new Div();
            row.addClassName("portal-bar-row");
            row.getElement().setAttribute("role", "listitem");
            row.setId(id + "-" + bar.key());
            Span name = new Span(bar.label());
            name.addClassName("portal-bar-label");
            Div track = new Div();
            track.addClassName("portal-bar-track");
            track.getElement().setAttribute("aria-hidden", "true");
            Div fill = new Div();
            fill.addClassName("portal-bar-fill");
            double percent = bar.percent() == null ? 0 : Math.max(0, Math.min(100, bar.percent().doubleValue()));
            // Set through the DOM property by Flow, not a style attribute: the CSP allows it.
            fill.getStyle().set("width", percent + "%");
            track.add(fill);
            Span value = new Span(bar.valueText());
            value.addClassName("portal-bar-value");
            row.add(name, track, value);
            list.add(row);
        }
        // The scale repeats what each row's text says, so a screen reader skips it.
        Div scale = new Div();
        scale.addClassName("portal-bar-row");
        scale.addClassName("portal-bars-scale");
        scale.getElement().setAttribute("aria-hidden", "true");
        Div ticks = new Div();
        ticks.addClassName("portal-bars-ticks");
        for (int tick = 0; tick <= 100; tick += 25) {
            ticks.add(new Span(PortalNumbers.percentPoints(tick, PortalNumbers.localeOf(host))));
        }
        scale.add(new Span(), ticks, new Span());
        chart.add(legend, list, scale, tableDetails(host, id + "-table", title, header, List.of(measure),
                rows.stream().map(PercentBar::label).toList(),
                List.of(rows.stream().map(PercentBar::valueText).toList())));
        return chart;
    }

    private Details tableDetails(String id, String caption, String header, List<String> columns,
                                 List<String> rowLabels, List<List<String>> valuesByColumn) {
        return tableDetails(host, id, caption, header, columns, rowLabels, valuesByColumn);
    }

    /** The figures as a real table (caption, column and row headers) in a "Show as a table", closed at first. */
    private static Details tableDetails(Component host, String id, String caption, String header,
                                        List<String> columns, List<String> rowLabels,
                                        List<List<String>> valuesByColumn) {
        Element table = new Element("table");
        table.setAttribute("id", id);
        table.getClassList().add("portal-chart-table");
        table.appendChild(new Element("caption").setText(caption));
        Element headRow = new Element("tr");
        headRow.appendChild(new Element("th").setAttribute("scope", "col").setText(header));
        columns.forEach(column -> headRow.appendChild(new Element("th").setAttribute("scope", "col").setText(column)));
        table.appendChild(new Element("thead").appendChild(headRow));
        Element body = new Element("tbody");
        for (int r = 0; r < rowLabels.size(); r++) {
            Element row = new Element("tr");
            row.appendChild(new Element("th").setAttribute("scope", "row").setText(rowLabels.get(r)));
            for (List<String> column : valuesByColumn) {
                row.appendChild(new Element("td").setText(column.get(r)));
            }
            body.appendChild(row);
        }
        table.appendChild(body);
        Div holder = new Div();
        holder.addClassName("portal-chart-table-holder");
        holder.getElement().appendChild(table);
        Details details = new Details(host.getTranslation("chart.table.show"), holder);
        details.addClassName("portal-chart-details");
        return details;
    }

    /** Text for SVG and HTML markup: element content and single-quoted attributes. */
    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("'", "&#39;").replace("\"", "&quot;");
    }
}
