package za.gov.dpsa.isdip.advocacy.ui;

import za.gov.dpsa.isdip.advocacy.internal.ActivityType;
import za.gov.dpsa.isdip.advocacy.internal.AdvocacyCampaigns;
import za.gov.dpsa.isdip.advocacy.internal.Campaign;
import za.gov.dpsa.isdip.advocacy.internal.CampaignActivity;
import za.gov.dpsa.isdip.advocacy.internal.CampaignFigures;
import za.gov.dpsa.isdip.advocacy.internal.CampaignTotals;
import za.gov.dpsa.isdip.advocacy.internal.NewActivity;
import za.gov.dpsa.isdip.advocacy.internal.NewCampaign;
import za.gov.dpsa.isdip.core.Conflict;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.platform.ui.component.EmptyState;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.platform.ui.component.PortalNumbers;
import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import za.gov.dpsa.isdip.platform.ui.component.RequiredChoice;
import za.gov.dpsa.isdip.platform.ui.component.PortalMessages;

/**
 * Campaigns such as Public Service Month. DPSA creates and edits them and sees the figures departments reported;
 * a department sees the campaigns it takes part in, logs its activities and follows its own totals.
 */
@Route("advocacy/campaigns")
@RolesAllowed({PortalRole.Names.DEPT_USER, PortalRole.Names.DEPT_ADMIN, PortalRole.Names.DEPT_REPORTER,
        PortalRole.Names.DPSA_ADMIN, PortalRole.Names.TRAINER})
public class CampaignsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AdvocacyCampaigns campaigns;
    private final PortalUser user;
    final Grid<Campaign> list = new Grid<>(Campaign.class, false);

    // DPSA's campaign form
    final TextField name = new TextField();
    final TextArea description = new TextArea();
    final DatePicker startsOn = new DatePicker();
    final DatePicker endsOn = new DatePicker();
    final Checkbox allDepartments = new Checkbox();
    final MultiSelectComboBox<Department> participants = new MultiSelectComboBox<>();
    final Button saveCampaign = new Button();
    final Section figures = new Section();
    private Campaign editing;

    // The department's activity form
    final Select<Campaign> campaign = new Select<>();
    final TextField title = new TextField();
    final DatePicker heldOn = new DatePicker();
    final Select<ActivityType> type = new Select<>();
    final IntegerField peopleReached = new IntegerField();
    final TextField servicePoint = new TextField();
    final TextArea activityDescription = new TextArea();
    final Button logActivity = new Button();
    final Grid<CampaignActivity> activities = new Grid<>(CampaignActivity.class, false);
    final Paragraph totals = new Paragraph();

    public CampaignsView(AdvocacyCampaigns campaigns) {
        this.campaigns = campaigns;
        this.user = PortalUser.current().orElseThrow();
        PageHeader heading = new PageHeader(getTranslation("advocacy.campaigns"));
        heading.title().setId("campaigns-heading");
        add(new RouterLink(getTranslation("advocacy.back"), AdvocacyView.class),
                heading.withIntro(getTranslation("advocacy.campaigns.intro")));
        campaigns.active().ifPresent(active -> {
            Paragraph running = new Paragraph(getTranslation("advocacy.campaign.active", active.name(),
                    PortalDates.date(active.endsOn())));
            running.setId("campaign-active");
            running.addClassName("portal-figure");
            add(running);
        });
        list.addColumn(Campaign::name).setHeader(getTranslation("advocacy.field.campaignName")).setFlexGrow(2);
        list.addColumn(c -> PortalDates.date(c.startsOn()) + " – " + PortalDates.date(c.endsOn()))
                .setHeader(getTranslation("advocacy.field.dates")).setAutoWidth(true).setFlexGrow(0);
        list.addColumn(c -> c.allDepartments() ? getTranslation("advocacy.campaign.allDepartments")
                : getTranslation("advocacy.campaign.someDepartments", c.participants().size()))
                .setHeader(getTranslation("advocacy.field.participants"));
        list.setAllRowsVisible(true);
        list.setId("campaign-list");
        list.setAriaLabel(getTranslation("advocacy.campaigns"));
        add(list);
        if (AdvocacyCampaigns.mayManageCampaigns(user)) {
            add(campaignForm(), figures);
            list.addSelectionListener(e -> e.getFirstSelectedItem().ifPresentOrElse(this::edit, () -> edit(null)));
        } else if (user.workingDepartment().isPresent()) {
            add(departmentSection());
            list.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(campaign::setValue));
        }
        refreshCampaigns();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("campaign").flatMap(id -> {
            try {
                return campaigns.campaigns().stream().filter(c -> c.id() == Long.parseLong(id)).findFirst();
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        }).ifPresent(list::select);
    }

    // ---- DPSA -----------------------------------------------------------------------------------------------

    private Section campaignForm() {
        name.setLabel(getTranslation("advocacy.field.campaignName"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        name.setId("campaign-name");
        description.setLabel(getTranslation("advocacy.field.description"));
        description.setRequiredIndicatorVisible(true);
        description.setMaxLength(5000);
        description.setWidthFull();
        description.setId("campaign-description");
        startsOn.setLabel(getTranslation("advocacy.field.startsOn"));
        startsOn.setRequiredIndicatorVisible(true);
        startsOn.setId("campaign-starts");
        endsOn.setLabel(getTranslation("advocacy.field.endsOn"));
        endsOn.setRequiredIndicatorVisible(true);
        endsOn.setId("campaign-ends");
        allDepartments.setLabel(getTranslation("advocacy.campaign.allDepartments"));
        allDepartments.setValue(true);
        allDepartments.setId("campaign-all");
        participants.setLabel(getTranslation("advocacy.field.participants"));
        participants.setItems(campaigns.departments());
        participants.setItemLabelGenerator(Department::name);
        participants.setVisible(false);
        participants.setId("campaign-participants");
        allDepartments.addValueChangeListener(e -> participants.setVisible(!e.getValue()));
        saveCampaign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveCampaign.setId("campaign-save");
        saveCampaign.addClickListener(click -> saveCampaign());
        Button fresh = new Button(getTranslation("advocacy.campaign.new"), click -> list.deselectAll());
        fresh.setId("campaign-new");
        AdvocacyLabels.checkedByTheService(name, description, startsOn, endsOn, participants);
        PortalDates.southAfrican(startsOn, endsOn);
        FormLayout form = new FormLayout(name, startsOn, endsOn, allDepartments, participants);
        form.setColspan(name, 2);
        Section section = new Section(new H2(getTranslation("advocacy.campaign.form")), form, description,
                new HorizontalLayout(saveCampaign, fresh));
        edit(null);
        return section;
    }

    private void edit(Campaign chosen) {
        editing = chosen;
        clearCampaignErrors();
        saveCampaign.setText(getTranslation(chosen == null ? "advocacy.campaign.create" : "advocacy.campaign.save"));
        name.setValue(chosen == null ? "" : chosen.name());
        description.setValue(chosen == null ? "" : chosen.description());
        startsOn.setValue(chosen == null ? null : chosen.startsOn());
        endsOn.setValue(chosen == null ? null : chosen.endsOn());
        allDepartments.setValue(chosen == null || chosen.allDepartments());
        participants.setValue(chosen == null ? Set.of() : participants.getListDataView().getItems()
                .filter(d -> chosen.participants().contains(d.id())).collect(Collectors.toSet()));
        showFigures(chosen);
    }

    private void saveCampaign() {
        clearCampaignErrors();
        NewCampaign input = new NewCampaign(name.getValue(), description.getValue(), startsOn.getValue(),
                endsOn.getValue(), allDepartments.getValue(),
                participants.getValue().stream().map(Department::id).collect(Collectors.toSet()));
        try {
            if (editing == null) {
                campaigns.create(input);
            } else {
                campaigns.update(editing.id(), editing.rowVersion(), input);
            }
            Notification.show(getTranslation("advocacy.campaign.saved", input.name().strip()));
            refreshCampaigns();
            list.deselectAll();
            edit(null);
        } catch (InvalidInput invalid) {
            showError(invalid, Map.of("name", name, "description", description, "startsOn", startsOn, "endsOn",
                    endsOn, "participants", participants));
        } catch (Conflict conflict) {
            PortalMessages.problem(Notification.show(getTranslation("advocacy.conflict")));
            refreshCampaigns();
        }
    }

    private void clearCampaignErrors() {
        for (HasValidation field : new HasValidation[] {name, description, startsOn, endsOn, participants}) {
            field.setInvalid(false);
        }
    }

    private void showFigures(Campaign chosen) {
        figures.removeAll();
        figures.setId("campaign-figures");
        if (chosen == null) {
            return;
        }
        figures.add(new H2(getTranslation("advocacy.campaign.figures", chosen.name())));
        List<CampaignFigures> reported = campaigns.nationalFigures(chosen.id());
        if (reported.isEmpty()) {
            figures.add(new EmptyState(getTranslation("advocacy.campaign.figures.none")));
        }
        for (CampaignFigures period : reported) {
            UnorderedList lines = new UnorderedList();
            for (CampaignFigures.Figure figure : period.figures()) {
                lines.add(new ListItem(getTranslation(figure.nameKey()) + ": "
                        + (figure.national() == null ? "—" : PortalNumbers.decimal(figure.national(), getLocale()))
                        + " " + getTranslation("advocacy.campaign.figures.departments", figure.departments())));
            }
            figures.add(new Paragraph(getTranslation("advocacy.campaign.figures.period", period.periodLabel())),
                    lines);
        }
    }

    // ---- the department -------------------------------------------------------------------------------------

    private Section departmentSection() {
        Section section = new Section();
        campaign.setLabel(getTranslation("advocacy.field.campaign"));
        campaign.setItemLabelGenerator(c -> c == null ? "" : c.name() + " (" + PortalDates.date(c.startsOn())
                + " – " + PortalDates.date(c.endsOn()) + ")");
        campaign.setId("activity-campaign");
        campaign.setMinWidth("min(28rem, 100%)");
        campaign.addValueChangeListener(e -> refreshActivities());
        section.add(new H2(getTranslation("advocacy.activities")), campaign, totals);
        totals.setId("activity-totals");
        if (AdvocacyCampaigns.mayLogActivities(user)) {
            title.setLabel(getTranslation("advocacy.field.activityTitle"));
            title.setRequiredIndicatorVisible(true);
            title.setMaxLength(200);
            title.setId("activity-title");
            heldOn.setLabel(getTranslation("advocacy.field.heldOn"));
            heldOn.setRequiredIndicatorVisible(true);
            heldOn.setId("activity-held-on");
            type.setLabel(getTranslation("advocacy.field.activityType"));
            type.setItems(ActivityType.values());
            type.setItemLabelGenerator(t -> AdvocacyLabels.of(this, t));
            RequiredChoice.mark(type);
            type.setId("activity-type");
            peopleReached.setLabel(getTranslation("advocacy.field.peopleReached"));
            peopleReached.setMin(0);
            peopleReached.setRequiredIndicatorVisible(true);
            peopleReached.setId("activity-people");
            servicePoint.setLabel(getTranslation("advocacy.field.servicePoint"));
            servicePoint.setMaxLength(200);
            servicePoint.setId("activity-service-point");
            activityDescription.setLabel(getTranslation("advocacy.field.description"));
            activityDescription.setMaxLength(5000);
            activityDescription.setWidthFull();
            activityDescription.setId("activity-description");
            logActivity.setText(getTranslation("advocacy.activity.log"));
            logActivity.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            logActivity.setId("activity-log");
            logActivity.addClickListener(click -> log());
            AdvocacyLabels.checkedByTheService(campaign, title, heldOn, type, peopleReached, servicePoint,
                    activityDescription);
            PortalDates.southAfrican(heldOn);
            FormLayout form = new FormLayout(title, heldOn, type, peopleReached, servicePoint);
            form.setColspan(title, 2);
            section.add(new H2(getTranslation("advocacy.activity.new")), form, activityDescription, logActivity);
        }
        activities.addColumn(a -> PortalDates.date(a.heldOn())).setHeader(getTranslation("advocacy.field.heldOn"))
                .setAutoWidth(true).setFlexGrow(0);
        activities.addColumn(CampaignActivity::title).setHeader(getTranslation("advocacy.field.activityTitle"))
                .setFlexGrow(2);
        activities.addColumn(a -> AdvocacyLabels.of(this, a.type()))
                .setHeader(getTranslation("advocacy.field.activityType"));
        activities.addColumn(CampaignActivity::peopleReached)
                .setHeader(getTranslation("advocacy.field.peopleReached"));
        activities.addColumn(a -> a.servicePoint() == null ? "" : a.servicePoint())
                .setHeader(getTranslation("advocacy.field.servicePoint"));
        activities.setAllRowsVisible(true);
        activities.setId("activity-list");
        activities.setAriaLabel(getTranslation("advocacy.activities"));
        section.add(new H2(getTranslation("advocacy.activity.logged")), activities);
        return section;
    }

    private void log() {
        for (HasValidation field : new HasValidation[] {campaign, title, heldOn, type, peopleReached, servicePoint,
                activityDescription}) {
            field.setInvalid(false);
        }
        Campaign chosen = campaign.getValue();
        try {
            campaigns.logActivity(new NewActivity(chosen == null ? null : chosen.id(), title.getValue(),
                    heldOn.getValue(), type.getValue(), activityDescription.getValue(), peopleReached.getValue(),
                    servicePoint.getValue()));
            Notification.show(getTranslation("advocacy.activity.logged.done", title.getValue().strip()));
            title.clear();
            activityDescription.clear();
            peopleReached.clear();
            refreshActivities();
        } catch (InvalidInput invalid) {
            showError(invalid, Map.of("campaign", campaign, "title", title, "heldOn", heldOn, "type", type,
                    "peopleReached", peopleReached, "servicePoint", servicePoint, "description",
                    activityDescription));
        }
    }

    private void refreshCampaigns() {
        List<Campaign> all = campaigns.campaigns();
        list.setItems(all);
        if (user.workingDepartment().isPresent() && !AdvocacyCampaigns.mayManageCampaigns(user)) {
            Campaign previous = campaign.getValue();
            campaign.setItems(all);
            LocalDate today = LocalDate.now(za.gov.dpsa.isdip.core.PortalTime.ZONE);
            campaign.setValue(previous != null ? all.stream().filter(c -> c.id() == previous.id()).findFirst()
                    .orElse(null) : all.stream().filter(c -> c.runsOn(today)).findFirst()
                    .orElse(all.isEmpty() ? null : all.getFirst()));
            refreshActivities();
        }
    }

    private void refreshActivities() {
        Campaign chosen = campaign.getValue();
        if (chosen == null) {
            activities.setItems(List.of());
            totals.setText(getTranslation("advocacy.campaign.noneForDepartment"));
            return;
        }
        activities.setItems(campaigns.activities(chosen.id()));
        CampaignTotals sum = campaigns.totals(chosen.id());
        totals.setText(getTranslation("advocacy.activity.totals", sum.activities(), sum.peopleReached()));
    }

    private void showError(InvalidInput invalid, Map<String, HasValidation> fields) {
        String message = getTranslation(invalid.messageKey(), invalid.arguments());
        HasValidation field = fields.get(invalid.field());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
        PortalMessages.problem(Notification.show(getTranslation("advocacy.invalid.summary", message)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("advocacy.campaigns") + " | " + getTranslation("app.name");
    }
}
