package za.gov.dpsa.isdip.standards.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.RouterLink;

import za.gov.dpsa.isdip.core.BathoPelePrinciple;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.platform.ui.component.PortalChart;
import za.gov.dpsa.isdip.platform.ui.component.PortalNumbers;
import za.gov.dpsa.isdip.standards.internal.ActionStatus;
import za.gov.dpsa.isdip.standards.internal.AlignmentFigures;
import za.gov.dpsa.isdip.standards.internal.CatalogueStatus;
import za.gov.dpsa.isdip.standards.internal.Rating;
import za.gov.dpsa.isdip.standards.internal.SdipStatus;
import za.gov.dpsa.isdip.tenancy.DepartmentMember;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.platform.ui.component.PortalMessages;

/** What the alignment views share: the area's navigation, labels, the bar charts and field errors. */
final class AlignmentUi {

    private AlignmentUi() {
    }

    /** The alignment area's own navigation; department pages only for users working in their department. */
    static Nav nav(Component host, Class<? extends Component> active) {
        Nav nav = new Nav();
        nav.addClassName("alignment-nav");
        nav.setId("alignment-nav");
        nav.getElement().setAttribute("aria-label", host.getTranslation("standards.nav.label"));
        boolean department = PortalUser.current().flatMap(PortalUser::workingDepartment).isPresent();
        if (department) {
            nav.add(link(host, "standards.nav.dashboard", StandardsView.class, active));
            nav.add(link(host, "standards.nav.assessments", AssessmentListView.class, active));
            nav.add(link(host, "standards.nav.actions", ActionsView.class, active));
            nav.add(link(host, "standards.nav.sdip", SdipView.class, active));
            nav.add(link(host, "standards.nav.services", ServicesView.class, active));
        }
        nav.add(link(host, "standards.nav.catalogue", CatalogueView.class, active));
        return nav;
    }

    private static RouterLink link(Component host, String key, Class<? extends Component> target,
                                   Class<? extends Component> active) {
        RouterLink link = new RouterLink(host.getTranslation(key), target);
        if (target.equals(active)) {
            link.getElement().setAttribute("aria-current", "page");
            link.addClassName("active");
        }
        return link;
    }

    static String mechanism(Component c, Mechanism mechanism) {
        return c.getTranslation(mechanism.labelKey());
    }

    static String principle(Component c, BathoPelePrinciple principle) {
        return c.getTranslation(principle.labelKey());
    }

    static String rating(Component c, Rating rating) {
        return rating == null ? c.getTranslation("standards.rating.none") : c.getTranslation("standards.rating." + rating.name());
    }

    static String status(Component c, CatalogueStatus status) {
        return c.getTranslation("standards.catalogueStatus." + status.name());
    }

    static String status(Component c, ActionStatus status) {
        return c.getTranslation("standards.actionStatus." + status.name());
    }

    static String status(Component c, SdipStatus status) {
        return c.getTranslation("standards.sdipStatus." + status.name());
    }

    /** An official as the owner pickers list them: their name, and their account name to tell namesakes apart. */
    static String ownerLabel(DepartmentMember member) {
        return member.displayName() + " (" + member.username() + ")";
    }

    /**
     * Sets up an action's owner picker (the action dialog's and the assessment form's): the department's officials
     * who may own actions, named with their account name; an owner already chosen stays chosen while still listed.
     */
    static ComboBox<DepartmentMember> ownerPicker(Component host, ComboBox<DepartmentMember> picker,
                                                  List<DepartmentMember> owners, String id) {
        DepartmentMember chosen = picker.getValue();
        picker.setLabel(host.getTranslation("standards.field.actionOwner"));
        picker.setId(id);
        picker.setItems(owners);
        picker.setItemLabelGenerator(AlignmentUi::ownerLabel);
        picker.setHelperText(host.getTranslation("standards.actions.ownerHelp"));
        if (chosen != null) {
            // By username: the member's copy may have been refreshed (a sign-in, new roles) since it was chosen.
            owners.stream().filter(owner -> owner.username().equals(chosen.username())).findFirst()
                    .ifPresent(picker::setValue);
        }
        return picker;
    }

    static String percent(Component c, AlignmentFigures.Figure figure) {
        return figure.percent() == null ? c.getTranslation("standards.figure.none")
                : c.getTranslation("standards.figure.percent", PortalNumbers.percentPoints(figure.percent(),
                PortalNumbers.localeOf(c)), figure.met(), figure.applicable());
    }

    /**
     * Horizontal bars of the share met, one per row with a figure, on the portal's bar chart (scale, legend and a
     * table with the same figures): readable as text by a screen reader.
     */
    static <K> Div bars(Component c, String id, String title, String header, Map<K, AlignmentFigures.Figure> figures,
                        java.util.function.Function<K, String> label) {
        List<PortalChart.PercentBar> rows = figures.entrySet().stream().filter(e -> e.getValue().total() != 0)
                .map(e -> new PortalChart.PercentBar(
                        e.getKey().toString().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                        label.apply(e.getKey()), e.getValue().percent(), percent(c, e.getValue())))
                .toList();
        return PortalChart.percentBars(c, id, title, header, c.getTranslation("standards.chart.met"), rows);
    }

    /** Form fields by the name the services use, so a refusal lands on its field. */
    static final class Fields {
        private final Map<String, HasValidation> fields = new LinkedHashMap<>();
        private final Map<String, Span> messages = new LinkedHashMap<>();

        /** A field that cannot show its own error (an upload): the message goes to this text next to it. */
        Span message(String name) {
            Span message = new Span();
            message.addClassName("alignment-overdue");
            message.getElement().setAttribute("role", "alert");
            messages.put(name, message);
            return message;
        }

        <T extends HasValidation> T put(String name, T field) {
            fields.put(name, field);
            return field;
        }

        void clear() {
            messages.values().forEach(m -> m.setText(""));
            fields.values().forEach(f -> {
                f.setInvalid(false);
                f.setErrorMessage(null);
            });
        }

        /** Marks the field at fault with the message; a refusal without a field shows as a notification. */
        void show(Component host, InvalidInput refusal) {
            HasValidation field = fields.get(refusal.field());
            String message = host.getTranslation(refusal.messageKey());
            if (messages.containsKey(refusal.field())) {
                messages.get(refusal.field()).setText(message);
            } else if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
                if (field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                    focusable.focus();
                }
            } else {
                error(message);
            }
        }
    }

    static void error(String message) {
        PortalMessages.problem(Notification.show(message, 6000, Notification.Position.BOTTOM_START));
    }

    static void saved(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
