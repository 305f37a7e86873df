package za.gov.dpsa.isdip.standards.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Arrays;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

import za.gov.dpsa.isdip.platform.ui.component.EmptyState;
import za.gov.dpsa.isdip.platform.ui.component.PortalChart;
import za.gov.dpsa.isdip.platform.ui.component.PortalNumbers;
import za.gov.dpsa.isdip.reporting.ReportingConsole;
import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.reporting.ReportingPeriods;
import za.gov.dpsa.isdip.tenancy.Sphere;

/**
 * DPSA's alignment across departments, read only from what departments submitted through reporting (never from
 * their own databases): the latest period with submissions, the national figures, and compliance by province and
 * sphere.
 */
class NationalAlignment extends Section {

    static final List<String> CODES = List.of("alignment.standardsMet", "alignment.standardsAssessed",
            "alignment.openActions", "alignment.overdueActions", "sdip.approved", "omf.servicesWithSops");
    private static final int PERIODS_LOOKED_AT = 6;

    NationalAlignment(ReportingConsole console, ReportingPeriods periods) {
        setId("national-alignment");
        setWidthFull();
        for (ReportingPeriod period : periods.all().stream().limit(PERIODS_LOOKED_AT).toList()) {
            List<ReportingConsole.Consolidated> figures = console.consolidate(period.id(), ReportingConsole.Scope.ALL)
                    .stream().filter(c -> CODES.contains(c.indicator().code())).toList();
            var compliance = figures.stream().filter(c -> c.indicator().code().equals(CODES.getFirst())).findFirst();
            if (compliance.isEmpty() || compliance.get().departments() == 0) {
                continue;
            }
            add(new H2(getTranslation("standards.national.title", period.label(), compliance.get().departments())));
            UnorderedList lines = new UnorderedList();
            lines.setId("national-alignment-figures");
            for (ReportingConsole.Consolidated figure : figures) {
                lines.add(new ListItem(getTranslation(figure.indicator().nameKey()) + ": "
                        + (figure.national() == null ? getTranslation("chart.noFigure")
                        : PortalNumbers.decimal(figure.national(), getLocale()))));
            }
            add(lines, new H3(getTranslation("standards.national.byProvince")),
                    bars("national-by-province", getTranslation("standards.national.byProvince"),
                            getTranslation("dpsa.column.province"), compliance.get().byProvince()),
                    new H3(getTranslation("standards.national.bySphere")),
                    bars("national-by-sphere", getTranslation("standards.national.bySphere"),
                            getTranslation("dpsa.column.sphere"), compliance.get().bySphere()),
                    new Paragraph(getTranslation("standards.national.help")));
            return;
        }
        add(new EmptyState(getTranslation("standards.national.none")));
    }

    /** Compliance per province or sphere on the portal's bar chart, in name order. */
    private Div bars(String id, String title, String header, Map<String, BigDecimal> percentages) {
        List<PortalChart.PercentBar> rows = percentages.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> {
                    String key = entry.getKey() == null ? "" : entry.getKey();
                    String name = Arrays.stream(Sphere.values()).anyMatch(s -> s.name().equalsIgnoreCase(key))
                            ? getTranslation("standards.national.sphere." + key.toUpperCase(Locale.ROOT)) : key;
                    return new PortalChart.PercentBar(key.toLowerCase(Locale.ROOT).replace(' ', '-'), name,
                            entry.getValue(), entry.getValue() == null ? getTranslation("chart.noFigure")
                            : PortalNumbers.percentPoints(entry.getValue(), getLocale()));
                }).toList();
        return PortalChart.percentBars(this, id, title, header, getTranslation("standards.chart.compliance"), rows);
    }
}
