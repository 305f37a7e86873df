package za.gov.dpsa.isdip.standards.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import za.gov.dpsa.isdip.core.BathoPelePrinciple;
import za.gov.dpsa.isdip.core.Conflict;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.standards.CoreService;
import za.gov.dpsa.isdip.standards.CoreServices;
import za.gov.dpsa.isdip.standards.internal.SdipPlan;
import za.gov.dpsa.isdip.standards.internal.SdipPlans;
import za.gov.dpsa.isdip.standards.internal.SdipStatus;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * The department's SDIP as a structured record (PSR 2016 reg. 38): cycle, key services picked from its core
 * services with their recipients, current and desired standard per Batho Pele principle, consultation and
 * access arrangements, and approval.
 */
@Route("standards/sdip")
@RolesAllowed({PortalRole.Names.DEPT_USER, PortalRole.Names.DEPT_ADMIN, PortalRole.Names.DEPT_REPORTER})
public class SdipView extends VerticalLayout implements HasDynamicTitle {

    private final SdipPlans plans;
    private final CoreServices coreServices;
    private final AlignmentUi.Fields fields = new AlignmentUi.Fields();
    final IntegerField startYear = fields.put("startYear", new IntegerField());
    final Select<Integer> years = fields.put("years", new Select<>());
    final TextArea consultation = fields.put("consultation", new TextArea());
    final TextArea access = fields.put("accessArrangements", new TextArea());
    final CheckboxGroup<CoreService> keyServices = fields.put("services", new CheckboxGroup<>());
    final Button save = new Button();
    private final Div serviceForms = new Div();
    /** Typed values per core service, kept while services are ticked and unticked. */
    private final Map<Long, ServiceForm> forms = new HashMap<>();
    private final Div body = new Div();
    private SdipPlan plan;
    private final boolean official;
    private final boolean admin;

    public SdipView(SdipPlans plans, CoreServices coreServices) {
        this.plans = plans;
        this.coreServices = coreServices;
        PortalUser user = PortalUser.current().orElse(null);
        this.official = user != null && (user.hasRole(PortalRole.DEPT_USER) || user.hasRole(PortalRole.DEPT_ADMIN));
        this.admin = user != null && user.hasRole(PortalRole.DEPT_ADMIN);
        add(new PageHeader(getTranslation("standards.sdip.title"))
                .withIntro(getTranslation("standards.sdip.help")), AlignmentUi.nav(this, SdipView.class));
        if (user == null || user.workingDepartment().isEmpty()) {
            add(new Paragraph(getTranslation("standards.platformContext")));
            return;
        }
        body.setWidthFull();
        add(body);
        plan = plans.current().orElse(null);
        render();
    }

    private void render() {
        body.removeAll();
        forms.clear();
        Paragraph status = new Paragraph(plan == null ? getTranslation("standards.sdip.none")
                : getTranslation("standards.sdip.summary", plan.cycle(), AlignmentUi.status(this, plan.status()),
                plan.approvedOn() == null ? "" : getTranslation("standards.sdip.approvedOn",
                        PortalDates.date(plan.approvedOn()), plan.approvedBy())));
        status.setId("sdip-status");
        body.add(status);
        if (plan != null && plan.submittedOn() != null) {
            body.add(new Paragraph(getTranslation("standards.sdip.submittedOn", PortalDates.date(plan.submittedOn()),
                    plan.submittedBy())));
        }
        if (plan != null && plan.status() != SdipStatus.DRAFT) {
            body.add(new Paragraph(getTranslation("standards.sdip.changeReopens")));
        }

        startYear.setLabel(getTranslation("standards.sdip.startYear"));
        startYear.setHelperText(getTranslation("standards.sdip.startYearHelp"));
        startYear.setId("sdip-start");
        years.setLabel(getTranslation("standards.sdip.years"));
        years.setId("sdip-years");
        years.setItems(3, 5);
        years.setItemLabelGenerator(y -> getTranslation("standards.sdip.yearsValue", y));
        consultation.setLabel(getTranslation("standards.sdip.consultation"));
        consultation.setHelperText(getTranslation("standards.sdip.consultationHelp"));
        consultation.setId("sdip-consultation");
        consultation.setWidthFull();
        access.setLabel(getTranslation("standards.sdip.access"));
        access.setHelperText(getTranslation("standards.sdip.accessHelp"));
        access.setId("sdip-access");
        access.setWidthFull();
        keyServices.setLabel(getTranslation("standards.sdip.keyServices"));
        keyServices.setId("sdip-services");
        // Active services to pick from, and any retired one the plan already names, so saving keeps it.
        List<CoreService> services = new java.util.ArrayList<>(coreServices.list());
        if (plan != null) {
            for (SdipPlan.KeyService key : plan.services()) {
                if (key.coreServiceId() != null && services.stream().noneMatch(s -> s.id() == key.coreServiceId())) {
                    coreServices.find(key.coreServiceId()).ifPresent(services::add);
                }
            }
        }
        keyServices.setItems(services);
        keyServices.setItemLabelGenerator(CoreService::name);
        serviceForms.setWidthFull();

        LocalDate today = LocalDate.now(PortalTime.ZONE);
        if (plan == null) {
            startYear.setValue(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1);
            years.setValue(3);
        } else {
            startYear.setValue(plan.startYear());
            years.setValue(plan.years());
            consultation.setValue(nullToEmpty(plan.consultation()));
            access.setValue(nullToEmpty(plan.accessArrangements()));
            for (SdipPlan.KeyService key : plan.services()) {
                services.stream().filter(s -> s.id() == key.coreServiceId()).findFirst()
                        .ifPresent(s -> forms.put(s.id(), new ServiceForm(s, key)));
            }
            keyServices.setValue(new LinkedHashSet<>(services.stream()
                    .filter(s -> forms.containsKey(s.id())).toList()));
        }
        showServiceForms();
        startYear.setWidth("20em");
        years.setWidth("12em");
        Section form = new Section(new HorizontalLayout(startYear, years), consultation, access, keyServices,
                serviceForms);
        form.setId("sdip-form");
        body.add(form);
        boolean readOnly = !official;
        startYear.setReadOnly(readOnly);
        years.setReadOnly(readOnly);
        consultation.setReadOnly(readOnly);
        access.setReadOnly(readOnly);
        keyServices.setReadOnly(readOnly);
        if (!official) {
            return;
        }
        save.setText(getTranslation("standards.sdip.save"));
        save.setId("sdip-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout(save);
        if (plan != null && plan.status() == SdipStatus.DRAFT) {
            Button submit = new Button(getTranslation("standards.sdip.submit"), click -> {
                try {
                    plans.submit(plan.id(), plan.rowVersion());
                    AlignmentUi.saved(getTranslation("standards.sdip.submitted"));
                    reload();
                } catch (InvalidInput refusal) {
                    fields.show(this, refusal);
                } catch (Conflict stale) {
                    AlignmentUi.error(getTranslation("standards.stale"));
                }
            });
            submit.setId("sdip-submit");
            buttons.add(submit);
        }
        body.add(buttons);
        if (plan != null && plan.status() == SdipStatus.SUBMITTED && admin) {
            body.add(approval());
        }
    }

    private Section approval() {
        Section section = new Section(new H2(getTranslation("standards.sdip.approval")));
        TextField approver = fields.put("approver", new TextField(getTranslation("standards.sdip.approver")));
        approver.setHelperText(getTranslation("standards.sdip.approverHelp"));
        approver.setId("sdip-approver");
        approver.setWidthFull();
        DatePicker approvedOn = fields.put("approvedOn", new DatePicker(getTranslation("standards.sdip.approvedOnField")));
        approvedOn.setId("sdip-approved-on");
        PortalDates.southAfrican(approvedOn);
        approvedOn.setMax(LocalDate.now(PortalTime.ZONE));
        Button approve = new Button(getTranslation("standards.sdip.approve"), click -> {
            fields.clear();
            try {
                plans.approve(plan.id(), plan.rowVersion(), approver.getValue(), approvedOn.getValue());
                AlignmentUi.saved(getTranslation("standards.sdip.approved"));
                reload();
            } catch (InvalidInput refusal) {
                fields.show(this, refusal);
            } catch (Conflict stale) {
                AlignmentUi.error(getTranslation("standards.stale"));
            }
        });
        approve.setId("sdip-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(approver, approvedOn, approve);
        return section;
    }

    private void showServiceForms() {
        serviceForms.removeAll();
        keyServices.getValue().stream().sorted(Comparator.comparing(CoreService::name)).forEach(service ->
                serviceForms.add(forms.computeIfAbsent(service.id(), id -> new ServiceForm(service, null)).section));
    }

    private void save() {
        fields.clear();
        List<SdipPlan.KeyService> services = new ArrayList<>();
        List<CoreService> chosen = keyServices.getValue().stream().sorted(Comparator.comparing(CoreService::name))
                .toList();
        for (int i = 0; i < chosen.size(); i++) {
            ServiceForm form = forms.get(chosen.get(i).id());
            form.register(i);
            services.add(form.value());
        }
        try {
            long id = plans.save(plan == null ? null : plan.id(), plan == null ? 0 : plan.rowVersion(),
                    new SdipPlan.Input(startYear.getValue(), years.getValue(), consultation.getValue(),
                            access.getValue(), services));
            plan = plans.plan(id).orElseThrow();
            AlignmentUi.saved(getTranslation("standards.sdip.saved", plan.cycle()));
            render();
        } catch (InvalidInput refusal) {
            fields.show(this, refusal);
        } catch (Conflict stale) {
            AlignmentUi.error(getTranslation("standards.stale"));
        }
    }

    private void reload() {
        plan = plan == null ? null : plans.plan(plan.id()).orElse(null);
        render();
    }

    {
        save.addClickListener(click -> save());
        keyServices.addValueChangeListener(e -> showServiceForms());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** One key service's recipients and its current and desired standard per principle. */
    private final class ServiceForm {
        final CoreService service;
        final Section section = new Section();
        final TextField recipients = new TextField();
        final Map<BathoPelePrinciple, TextField[]> standards = new EnumMap<>(BathoPelePrinciple.class);

        ServiceForm(CoreService service, SdipPlan.KeyService saved) {
            this.service = service;
            section.addClassName("portal-card");
            section.setId("sdip-service-" + service.id());
            recipients.setLabel(getTranslation("standards.sdip.recipients", service.name()));
            recipients.setValue(saved != null ? saved.recipients()
                    : service.recipients() == null ? "" : service.recipients());
            recipients.setWidthFull();
            recipients.setReadOnly(!official);
            section.add(new H3(service.name()), recipients);
            for (BathoPelePrinciple principle : BathoPelePrinciple.values()) {
                String name = AlignmentUi.principle(SdipView.this, principle);
                TextField current = new TextField(getTranslation("standards.sdip.current", name));
                TextField desired = new TextField(getTranslation("standards.sdip.desired", name));
                current.setId("sdip-" + service.id() + "-" + principle.name() + "-current");
                desired.setId("sdip-" + service.id() + "-" + principle.name() + "-desired");
                current.setWidthFull();
                desired.setWidthFull();
                current.setReadOnly(!official);
                desired.setReadOnly(!official);
                SdipPlan.PrincipleStandard value = saved == null ? null : saved.standards().get(principle);
                if (value != null) {
                    current.setValue(value.current());
                    desired.setValue(value.desired());
                }
                standards.put(principle, new TextField[] {current, desired});
                HorizontalLayout row = new HorizontalLayout(current, desired);
                row.setWidthFull();
                section.add(row);
            }
        }

        void register(int index) {
            String prefix = "service." + index + ".";
            fields.put(prefix + "recipients", recipients);
            standards.forEach((principle, pair) -> {
                fields.put(prefix + principle.name() + ".current", pair[0]);
                fields.put(prefix + principle.name() + ".desired", pair[1]);
            });
        }

        SdipPlan.KeyService value() {
            Map<BathoPelePrinciple, SdipPlan.PrincipleStandard> values = new EnumMap<>(BathoPelePrinciple.class);
            standards.forEach((principle, pair) -> values.put(principle,
                    new SdipPlan.PrincipleStandard(pair[0].getValue(), pair[1].getValue())));
            return new SdipPlan.KeyService(service.id(), service.name(), recipients.getValue(), values);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("standards.sdip.title") + " | " + getTranslation("app.name");
    }
}
