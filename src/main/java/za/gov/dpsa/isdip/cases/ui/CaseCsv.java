package za.gov.dpsa.isdip.cases.ui;

import java.util.List;

import com.vaadin.flow.component.Component;

import za.gov.dpsa.isdip.cases.internal.CaseSummary;
import za.gov.dpsa.isdip.core.Csv;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;

/** The case list as CSV, with the same columns and wording as the grid. */
final class CaseCsv {

    private CaseCsv() {
    }

    static byte[] write(List<CaseSummary> rows, Component labels) {
        List<String> headers = List.of(labels.getTranslation("cases.field.reference"),
                labels.getTranslation("cases.field.title"), labels.getTranslation("cases.field.category"),
                labels.getTranslation("cases.field.priority"), labels.getTranslation("cases.field.status"),
                labels.getTranslation("cases.field.assignee"), labels.getTranslation("cases.field.created"),
                labels.getTranslation("cases.field.due"), labels.getTranslation("cases.sla.breached"),
                labels.getTranslation("cases.field.escalated"));
        return Csv.write(headers, rows.stream().map(row -> List.of(row.reference(), row.title(),
                CaseLabels.category(labels, row.category()), CaseLabels.priority(labels, row.priority()),
                CaseLabels.status(labels, row.status()), row.assignee() == null ? "" : row.assignee(),
                PortalDates.dateTime(row.createdAt()), PortalDates.dateTime(row.resolutionDueAt()),
                row.breached() ? "yes" : "no", row.escalated() ? "yes" : "no")).toList());
    }
}
