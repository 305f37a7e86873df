package za.gov.dpsa.isdip.cases.ui;

import java.util.List;

import com.vaadin.flow.component.Component;

import za.gov.dpsa.isdip.cases.CaseSummary;
import za.gov.dpsa.isdip.core.SpreadsheetCells;

/** The case list as CSV (RFC 4180), with the same columns and wording as the grid. */
final class CaseCsv {

    private CaseCsv() {
    }

    static String write(List<CaseSummary> rows, Component labels) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, labels.getTranslation("cases.field.reference"), labels.getTranslation("cases.field.title"),
                labels.getTranslation("cases.field.category"), labels.getTranslation("cases.field.priority"),
                labels.getTranslation("cases.field.status"), labels.getTranslation("cases.field.assignee"),
                labels.getTranslation("cases.field.created"), labels.getTranslation("cases.field.due"),
                labels.getTranslation("cases.sla.breached"), labels.getTranslation("cases.field.escalated"));
        for (CaseSummary row : rows) {
            line(csv, row.reference(), row.title(), CaseLabels.category(labels, row.category()),
                    CaseLabels.priority(labels, row.priority()), CaseLabels.status(labels, row.status()),
                    row.assignee() == null ? "" : row.assignee(), CaseLabels.when(row.createdAt()),
                    CaseLabels.when(row.resolutionDueAt()), row.breached() ? "yes" : "no",
                    row.escalated() ? "yes" : "no");
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(SpreadsheetCells.quoted(cells[i]));
        }
        csv.append("\r\n");
    }
}
