package za.gov.dpsa.isdip.standards.ui;

import java.util.List;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;

import za.gov.dpsa.isdip.platform.DashboardWidget;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.standards.internal.ActionItem;
import za.gov.dpsa.isdip.standards.internal.DepartmentAlignment;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/** Home card: the alignment actions the signed-in official owns, the soonest due first. */
@Component
class MyActionsWidget implements DashboardWidget {

    private static final int SHOWN = 3;

    private final DepartmentAlignment alignment;

    MyActionsWidget(DepartmentAlignment alignment) {
        this.alignment = alignment;
    }

    @Override
    public int order() {
        return 36;
    }

    @Override
    public boolean isShownTo(PortalUser user) {
        return user.workingDepartment().isPresent()
                && (user.hasRole(PortalRole.DEPT_USER) || user.hasRole(PortalRole.DEPT_ADMIN));
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        List<ActionItem> mine = alignment.myActions();
        Section card = new Section();
        card.addClassName("portal-card");
        card.setId("my-actions-card");
        long overdue = mine.stream().filter(ActionItem::overdue).count();
        Paragraph count = new Paragraph(mine.isEmpty() ? card.getTranslation("standards.widget.mine.none")
                : card.getTranslation("standards.widget.mine.count", mine.size(), overdue));
        count.setId("my-actions-count");
        if (overdue > 0) {
            count.addClassName("alignment-overdue");
        }
        card.add(new H2(card.getTranslation("standards.widget.mine")), count);
        if (!mine.isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (ActionItem action : mine.subList(0, Math.min(SHOWN, mine.size()))) {
                ListItem item = new ListItem(action.title() + " (" + action.standardCode() + ", "
                        + card.getTranslation("standards.action.due", PortalDates.date(action.dueDate())) + ")");
                if (action.overdue()) {
                    Span flag = new Span(" " + card.getTranslation("standards.action.overdue"));
                    flag.addClassName("alignment-overdue");
                    item.add(flag);
                }
                list.add(item);
            }
            card.add(list);
        }
        RouterLink open = new RouterLink(card.getTranslation("standards.widget.mine.open"), ActionsView.class);
        open.setQueryParameters(QueryParameters.of("show", ActionsView.Show.MINE.name()));
        open.setId("my-actions-open");
        card.add(open);
        return card;
    }
}
