package za.gov.dpsa.isdip.standards.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import za.gov.dpsa.isdip.core.Conflict;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.standards.internal.ActionItem;
import za.gov.dpsa.isdip.standards.internal.ActionStatus;
import za.gov.dpsa.isdip.standards.internal.Catalogue;
import za.gov.dpsa.isdip.standards.internal.DepartmentAlignment;
import za.gov.dpsa.isdip.standards.internal.HarmonisedStandard;
import za.gov.dpsa.isdip.tenancy.DepartmentMember;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * The department's action items: who closes which gap by when, flagged when overdue; officials update them and
 * pick each action's owner from the department's officials. {@code ?show=MINE} opens on the signed-in
 * official's own actions (the home card and the reminders link there).
 */
@Route("standards/actions")
@RolesAllowed({PortalRole.Names.DEPT_USER, PortalRole.Names.DEPT_ADMIN, PortalRole.Names.DEPT_REPORTER})
public class ActionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    enum Show { MINE, NOT_DONE, OVERDUE, ALL }

    private final DepartmentAlignment alignment;
    private final Catalogue catalogue;
    final Grid<ActionItem> grid = new Grid<>(ActionItem.class, false);
    final Select<Show> show = new Select<>();
    private final boolean official;
    private final boolean inDepartment;
    /** The owner picker of the dialog open last, for tests. */
    ComboBox<DepartmentMember> ownerPicker;

    public ActionsView(DepartmentAlignment alignment, Catalogue catalogue) {
        this.alignment = alignment;
        this.catalogue = catalogue;
        this.official = PortalUser.current().map(u -> u.hasRole(PortalRole.DEPT_USER)
                || u.hasRole(PortalRole.DEPT_ADMIN)).orElse(false);
        add(new PageHeader(getTranslation("standards.actions.title"))
                .withIntro(getTranslation("standards.actions.help")), AlignmentUi.nav(this, ActionsView.class));
        this.inDepartment = PortalUser.current().flatMap(PortalUser::workingDepartment).isPresent();
        if (!inDepartment) {
            add(new Paragraph(getTranslation("standards.platformContext")));
            return;
        }
        show.setLabel(getTranslation("standards.actions.show"));
        show.setId("actions-show");
        // Reading officers own no actions: "mine" would always be empty for them.
        show.setItems(official ? List.of(Show.values())
                : java.util.Arrays.stream(Show.values()).filter(s -> s != Show.MINE).toList());
        show.setItemLabelGenerator(s -> getTranslation("standards.actions.show." + s.name()));
        show.setValue(Show.NOT_DONE);
        show.setWidth("16em");
        show.addValueChangeListener(e -> refresh());
        grid.setId("actions-grid");
        grid.setAriaLabel(getTranslation("standards.actions.title"));
        grid.addColumn(ActionItem::standardCode).setHeader(getTranslation("standards.field.standard")).setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(ActionItem::title).setHeader(getTranslation("standards.field.actionTitle")).setFlexGrow(3);
        grid.addColumn(ActionItem::owner).setHeader(getTranslation("standards.field.actionOwner")).setAutoWidth(true);
        grid.addColumn(a -> PortalDates.date(a.dueDate())).setHeader(getTranslation("standards.field.actionDue"))
                .setAutoWidth(true).setComparator(ActionItem::dueDate);
        grid.addComponentColumn(a -> {
            Span status = new Span(AlignmentUi.status(this, a.status()) + (a.overdue()
                    ? " " + getTranslation("standards.action.overdue") : ""));
            if (a.overdue()) {
                status.addClassName("alignment-overdue");
            }
            return status;
        }).setHeader(getTranslation("standards.field.status")).setAutoWidth(true);
        if (official) {
            grid.addComponentColumn(a -> {
                Button edit = new Button(getTranslation("standards.action.edit"), click -> edit(a));
                edit.getElement().setAttribute("aria-label", getTranslation("standards.action.editNamed", a.title()));
                return edit;
            }).setAutoWidth(true);
            Button add = new Button(getTranslation("standards.actions.add"), click -> edit(null));
            add.setId("actions-add");
            HorizontalLayout bar = new HorizontalLayout(show, add);
            bar.setAlignItems(Alignment.BASELINE);
            add(bar);
        } else {
            add(show);
        }
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.setEmptyStateText(getTranslation("standards.actions.none"));
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!inDepartment) {
            return;
        }
        event.getLocation().getQueryParameters().getSingleParameter("show").flatMap(ActionsView::parse)
                .filter(choice -> official || choice != Show.MINE).ifPresent(show::setValue);
    }

    private static java.util.Optional<Show> parse(String value) {
        return java.util.Arrays.stream(Show.values()).filter(s -> s.name().equalsIgnoreCase(value)).findFirst();
    }

    private void refresh() {
        grid.setItems(switch (show.getValue()) {
            case MINE -> alignment.myActions();
            case NOT_DONE -> alignment.actions().stream().filter(a -> a.status() != ActionStatus.DONE).toList();
            case OVERDUE -> alignment.actions().stream().filter(ActionItem::overdue).toList();
            case ALL -> alignment.actions();
        });
    }

    /** A dialog to add an action (item null) or change one. */
    void edit(ActionItem item) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(item == null ? "standards.actions.add" : "standards.actions.edit"));
        AlignmentUi.Fields fields = new AlignmentUi.Fields();
        Select<HarmonisedStandard> standard = new Select<>();
        standard.setLabel(getTranslation("standards.field.standard"));
        standard.setId("action-standard");
        List<HarmonisedStandard> published = catalogue.published();
        standard.setItems(published);
        standard.setItemLabelGenerator(s -> s.code() + " " + s.title());
        TextField title = fields.put("actionTitle", new TextField(getTranslation("standards.field.actionTitle")));
        title.setId("action-edit-title");
        title.setWidthFull();
        List<DepartmentMember> owners = alignment.possibleOwners();
        ComboBox<DepartmentMember> owner = fields.put("actionOwner",
                AlignmentUi.ownerPicker(this, new ComboBox<>(), owners, "action-edit-owner"));
        owner.setWidthFull();
        ownerPicker = owner;
        DatePicker due = fields.put("actionDue", new DatePicker(getTranslation("standards.field.actionDue")));
        due.setId("action-edit-due");
        PortalDates.southAfrican(due);
        Select<ActionStatus> status = fields.put("actionStatus", new Select<>());
        status.setLabel(getTranslation("standards.field.status"));
        status.setId("action-edit-status");
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> AlignmentUi.status(this, s));
        VerticalLayout form = new VerticalLayout();
        if (item == null) {
            fields.put("standard", standard);
            form.add(standard);
        } else {
            title.setValue(item.title());
            owners.stream().filter(m -> m.username().equals(item.ownerUsername())).findFirst()
                    .ifPresentOrElse(owner::setValue, () -> owner.setHelperText(
                            getTranslation("standards.actions.ownerKept", item.owner())));
            due.setValue(item.dueDate());
            status.setValue(item.status());
        }
        form.add(title, owner, due);
        if (item != null) {
            form.add(status);
        }
        dialog.add(form);
        Button save = new Button(getTranslation("standards.action.save"), click -> {
            fields.clear();
            try {
                ActionItem.Input input = new ActionItem.Input(title.getValue(),
                        owner.getValue() == null ? null : owner.getValue().username(), due.getValue());
                if (item == null) {
                    if (standard.getValue() == null) {
                        throw new InvalidInput("standard", "standards.invalid.required");
                    }
                    alignment.addAction(standard.getValue().code(), input);
                } else {
                    alignment.updateAction(item.id(), item.rowVersion(), input, status.getValue());
                }
                dialog.close();
                AlignmentUi.saved(getTranslation("standards.actions.saved"));
                refresh();
            } catch (InvalidInput refusal) {
                fields.show(this, refusal);
            } catch (Conflict | NotFound stale) {
                AlignmentUi.error(getTranslation("standards.stale"));
                dialog.close();
                refresh();
            }
        });
        save.setId("action-edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("standards.action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("standards.actions.title") + " | " + getTranslation("app.name");
    }
}
