package za.gov.dpsa.isdip.privacy.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.privacy.internal.DataSubjectRequests;
import za.gov.dpsa.isdip.privacy.internal.RetentionJob;
import za.gov.dpsa.isdip.privacy.internal.RetentionRules;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * POPIA at a glance: a department administrator registers and follows data-subject requests and sees what
 * the retention rules anonymised in their department; DPSA sees the rules and every department's runs.
 */
@Route("privacy")
@Menu(title = "nav.privacy", order = 85)
@RolesAllowed({PortalRole.Names.DEPT_ADMIN, PortalRole.Names.DPSA_ADMIN})
public class PrivacyView extends VerticalLayout implements HasDynamicTitle {

    private final DataSubjectRequests requests;
    private final RetentionJob retention;
    private final RetentionRules rules;
    private final Grid<DataSubjectRequests.Request> requestGrid = new Grid<>();
    private final Grid<RunRow> runGrid = new Grid<>();

    /** A line of a run's report, with when and by whom the run was started. */
    record RunRow(java.time.Instant ranAt, String startedBy, RetentionJob.Line line) {
    }
    private final boolean departmentAdmin;

    private final Select<DataSubjectRequests.Kind> kind = new Select<>();
    private final TextField subjectName = new TextField();
    private final TextField idNumber = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final DatePicker receivedOn = new DatePicker();

    public PrivacyView(DataSubjectRequests requests, RetentionJob retention, RetentionRules rules) {
        this.requests = requests;
        this.retention = retention;
        this.rules = rules;
        PortalUser user = PortalUser.current().orElseThrow();
        departmentAdmin = user.hasRole(PortalRole.DEPT_ADMIN) && user.workingDepartment().isPresent();
        add(new PageHeader(getTranslation("privacy.title")).withIntro(getTranslation("privacy.help")));
        if (departmentAdmin) {
            addRequests();
        }
        addRetention(user);
        setWidthFull();
    }

    private void addRequests() {
        add(new H2(getTranslation("privacy.requests")));
        kind.setLabel(getTranslation("privacy.kind"));
        kind.setItems(DataSubjectRequests.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("privacy.kind." + k.name()));
        kind.setId("privacy-kind");
        subjectName.setLabel(getTranslation("privacy.subjectName"));
        subjectName.setHelperText(getTranslation("privacy.subjectName.help"));
        subjectName.setId("privacy-subject-name");
        subjectName.setMaxLength(200);
        idNumber.setLabel(getTranslation("privacy.field.idNumber"));
        idNumber.setId("privacy-id-number");
        idNumber.setMaxLength(13);
        email.setLabel(getTranslation("privacy.field.email"));
        email.setId("privacy-email");
        phone.setLabel(getTranslation("privacy.field.phone"));
        phone.setId("privacy-phone");
        receivedOn.setLabel(getTranslation("privacy.receivedOn"));
        receivedOn.setId("privacy-received-on");
        PortalDates.southAfrican(receivedOn);
        receivedOn.setValue(LocalDate.now(PortalTime.ZONE));
        receivedOn.setMax(LocalDate.now(PortalTime.ZONE));
        Button register = new Button(getTranslation("privacy.register"), click -> register());
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setId("privacy-register");
        FormLayout form = new FormLayout(kind, subjectName, idNumber, email, phone, receivedOn);
        VerticalLayout formBlock = new VerticalLayout(new Paragraph(getTranslation("privacy.register.help")), form,
                register);
        formBlock.setPadding(false);
        Details details = new Details(getTranslation("privacy.register.title"), formBlock);
        details.setId("privacy-register-details");
        add(details);

        requestGrid.setId("privacy-requests");
        requestGrid.setAriaLabel(getTranslation("privacy.requests"));
        requestGrid.addColumn(DataSubjectRequests.Request::reference).setHeader(getTranslation("privacy.reference"));
        requestGrid.addColumn(r -> getTranslation("privacy.kind." + r.kind().name()))
                .setHeader(getTranslation("privacy.kind"));
        requestGrid.addColumn(DataSubjectRequests.Request::subjectName).setHeader(getTranslation("privacy.subjectName"))
                .setFlexGrow(2);
        requestGrid.addColumn(r -> PortalDates.date(r.receivedOn())).setHeader(getTranslation("privacy.receivedOn"))
                .setAutoWidth(true).setFlexGrow(0);
        requestGrid.addColumn(r -> getTranslation(r.open() ? "privacy.status.open" : "privacy.status.closed"))
                .setHeader(getTranslation("privacy.status"));
        requestGrid.addItemClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate(PrivacyRequestView.class, PrivacyRequestView.parameters(e.getItem().reference()))));
        requestGrid.setAllRowsVisible(true);
        requestGrid.setEmptyStateText(getTranslation("privacy.requests.none"));
        add(requestGrid);
        requestGrid.setItems(requests.list());
    }

    private void register() {
        clearErrors();
        try {
            DataSubjectRequests.Request request = requests.open(new DataSubjectRequests.NewRequest(kind.getValue(),
                    subjectName.getValue(), idNumber.getValue(), email.getValue(), phone.getValue(),
                    receivedOn.getValue()));
            Notification.show(getTranslation("privacy.registered", request.reference()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(PrivacyRequestView.class,
                    PrivacyRequestView.parameters(request.reference())));
        } catch (InvalidInput invalid) {
            HasValidation field = fields().getOrDefault(invalid.field(), subjectName);
            field.setErrorMessage(getTranslation(invalid.messageKey()));
            field.setInvalid(true);
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("kind", kind, "subjectName", subjectName, "idNumber", idNumber, "email", email,
                "phone", phone, "receivedOn", receivedOn);
    }

    private void clearErrors() {
        fields().values().forEach(f -> f.setInvalid(false));
    }

    private void addRetention(PortalUser user) {
        add(new H2(getTranslation("privacy.retention")), new Paragraph(getTranslation("privacy.retention.help")));
        Grid<RetentionRules.Rule> ruleGrid = new Grid<>();
        ruleGrid.setId("privacy-rules");
        ruleGrid.setAriaLabel(getTranslation("privacy.retention.rules"));
        ruleGrid.addColumn(r -> getTranslation(r.source().labelKey())).setHeader(getTranslation("privacy.recordType"))
                .setFlexGrow(2);
        ruleGrid.addColumn(r -> PrivacyLabels.period(this, r.retention())).setHeader(getTranslation("privacy.keptFor"));
        ruleGrid.addColumn(r -> getTranslation(r.source().retentionStartDescriptionKey()))
                .setHeader(getTranslation("privacy.countedFrom")).setFlexGrow(2);
        ruleGrid.setItems(rules.rules());
        ruleGrid.setAllRowsVisible(true);
        Button run = new Button(getTranslation(departmentAdmin ? "privacy.retention.runMine"
                : "privacy.retention.runAll"), click -> runRetention());
        run.setId("privacy-run-retention");
        runGrid.setId("privacy-runs");
        runGrid.setAriaLabel(getTranslation("privacy.retention.runs"));
        runGrid.addColumn(r -> PortalDates.dateTime(r.ranAt())).setHeader(getTranslation("privacy.retention.ranAt"))
                .setAutoWidth(true);
        runGrid.addColumn(RunRow::startedBy).setHeader(getTranslation("privacy.retention.startedBy"));
        if (user.hasRole(PortalRole.DPSA_ADMIN)) {
            runGrid.addColumn(r -> r.line().departmentId()).setHeader(getTranslation("privacy.department"));
        }
        runGrid.addColumn(r -> typeLabel(r.line().recordType())).setHeader(getTranslation("privacy.recordType"))
                .setFlexGrow(2);
        runGrid.addColumn(r -> PortalDates.dateTime(r.line().cutoff())).setHeader(getTranslation("privacy.retention.cutoff"));
        runGrid.addColumn(r -> r.line().anonymised()).setHeader(getTranslation("privacy.retention.anonymised"));
        runGrid.addColumn(r -> r.line().failure() == null ? "" : r.line().failure())
                .setHeader(getTranslation("privacy.retention.failure")).setFlexGrow(2);
        runGrid.setEmptyStateText(getTranslation("privacy.retention.none"));
        runGrid.setAllRowsVisible(true);
        add(ruleGrid, run, new H2(getTranslation("privacy.retention.runs")), runGrid);
        refreshRuns();
    }

    private void runRetention() {
        RetentionJob.Report report = departmentAdmin ? retention.runForMyDepartment() : retention.runForAllDepartments();
        Notification.show(getTranslation("privacy.retention.done", report.anonymised()))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refreshRuns();
    }

    private void refreshRuns() {
        List<RetentionJob.Report> reports = retention.recentRuns(10);
        runGrid.setItems(reports.stream().flatMap(r -> r.lines().stream().map(l -> new RunRow(r.ranAt(), r.startedBy(), l)))
                .toList());
    }

    private String typeLabel(String recordType) {
        return rules.rules().stream().filter(r -> r.source().recordType().equals(recordType)).findFirst()
                .map(r -> getTranslation(r.source().labelKey())).orElse(recordType);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title") + " | " + getTranslation("app.name");
    }
}
