package za.gov.dpsa.isdip.standards.ui;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;

import za.gov.dpsa.isdip.core.BathoPelePrinciple;
import za.gov.dpsa.isdip.core.Conflict;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.standards.internal.Catalogue;
import za.gov.dpsa.isdip.standards.internal.CatalogueStatus;
import za.gov.dpsa.isdip.standards.internal.MechanismRequirement;
import za.gov.dpsa.isdip.tenancy.PortalRole;

/** DPSA's editor for one mechanism requirement: what a mechanism demands, where it comes from, its status. */
@Route("standards/catalogue/requirement")
@RolesAllowed(PortalRole.Names.DPSA_ADMIN)
public class RequirementEditorView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final Catalogue catalogue;
    private final AlignmentUi.Fields fields = new AlignmentUi.Fields();
    final TextField code = fields.put("code", new TextField());
    final TextField title = fields.put("title", new TextField());
    final TextArea requirement = fields.put("requirement", new TextArea());
    final Select<Mechanism> mechanism = fields.put("mechanism", new Select<>());
    final TextField regulationRef = fields.put("regulationRef", new TextField());
    final Select<BathoPelePrinciple> principle = new Select<>();
    final TextArea evidenceExpected = fields.put("evidenceExpected", new TextArea());
    final IntegerField version = fields.put("version", new IntegerField());
    final DatePicker effectiveDate = fields.put("effectiveDate", new DatePicker());
    private MechanismRequirement existing;

    public RequirementEditorView(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        existing = null;
        code.setReadOnly(false);
        if (id != null) {
            existing = catalogue.requirement(id).orElse(null);
            if (existing == null) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
        }
        build();
    }

    private void build() {
        removeAll();
        add(new PageHeader(existing == null ? getTranslation("standards.editor.newRequirement")
                : getTranslation("standards.editor.requirement", existing.code())),
                AlignmentUi.nav(this, CatalogueView.class));
        code.setLabel(getTranslation("standards.field.code"));
        code.setHelperText(getTranslation("standards.editor.requirementCodeHelp"));
        code.setId("requirement-code");
        title.setLabel(getTranslation("standards.field.title"));
        title.setId("requirement-title");
        title.setWidthFull();
        requirement.setLabel(getTranslation("standards.field.requirement"));
        requirement.setId("requirement-text");
        requirement.setWidthFull();
        mechanism.setLabel(getTranslation("standards.field.mechanism"));
        mechanism.setId("requirement-mechanism");
        mechanism.setItems(Mechanism.named());
        mechanism.setItemLabelGenerator(m -> AlignmentUi.mechanism(this, m));
        regulationRef.setLabel(getTranslation("standards.field.regulationRef"));
        regulationRef.setId("requirement-ref");
        principle.setLabel(getTranslation("standards.field.principleOptional"));
        principle.setId("requirement-principle");
        principle.setItems(BathoPelePrinciple.values());
        principle.setEmptySelectionAllowed(true);
        principle.setEmptySelectionCaption(getTranslation("standards.field.noPrinciple"));
        principle.setItemLabelGenerator(p -> p == null ? getTranslation("standards.field.noPrinciple")
                : AlignmentUi.principle(this, p));
        evidenceExpected.setLabel(getTranslation("standards.field.evidenceExpected"));
        evidenceExpected.setId("requirement-evidence");
        evidenceExpected.setWidthFull();
        version.setLabel(getTranslation("standards.field.version"));
        version.setId("requirement-version");
        version.setMin(1);
        version.setMax(99);
        effectiveDate.setLabel(getTranslation("standards.field.effectiveDate"));
        effectiveDate.setId("requirement-effective");
        PortalDates.southAfrican(effectiveDate);
        if (existing == null) {
            version.setValue(1);
            effectiveDate.setValue(LocalDate.now(PortalTime.ZONE));
        } else {
            code.setValue(existing.code());
            code.setReadOnly(true);
            title.setValue(existing.title());
            requirement.setValue(existing.requirement());
            mechanism.setValue(existing.mechanism());
            regulationRef.setValue(existing.regulationRef());
            principle.setValue(existing.principle());
            evidenceExpected.setValue(existing.evidenceExpected() == null ? "" : existing.evidenceExpected());
            version.setValue(existing.version());
            effectiveDate.setValue(existing.effectiveDate());
            add(new Paragraph(getTranslation("standards.editor.status", AlignmentUi.status(this, existing.status()))));
        }
        Button save = new Button(getTranslation("standards.action.save"), click -> save(null));
        save.setId("requirement-save");
        HorizontalLayout buttons = new HorizontalLayout(save);
        if (existing == null || existing.status() != CatalogueStatus.PUBLISHED) {
            Button publish = new Button(getTranslation("standards.editor.saveAndPublish"),
                    click -> save(CatalogueStatus.PUBLISHED));
            publish.setId("requirement-publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(publish);
        }
        if (existing != null && existing.status() == CatalogueStatus.PUBLISHED) {
            Button retire = new Button(getTranslation("standards.catalogue.retire"), click -> save(CatalogueStatus.RETIRED));
            retire.setId("requirement-retire");
            retire.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            buttons.add(retire);
        }
        buttons.add(new Button(getTranslation("standards.action.cancel"),
                click -> getUI().ifPresent(ui -> ui.navigate(CatalogueView.class))));
        add(code, title, requirement, mechanism, regulationRef, principle, evidenceExpected, version, effectiveDate,
                buttons);
    }

    private void save(CatalogueStatus status) {
        fields.clear();
        try {
            long id = catalogue.saveRequirement(existing == null ? null : existing.id(),
                    existing == null ? 0 : existing.rowVersion(), new MechanismRequirement.Input(code.getValue(),
                            title.getValue(), requirement.getValue(), mechanism.getValue(), regulationRef.getValue(),
                            principle.getValue(), evidenceExpected.getValue(), version.getValue(),
                            effectiveDate.getValue()));
            if (status != null) {
                catalogue.setRequirementStatus(id, status);
            }
            AlignmentUi.saved(getTranslation("standards.editor.requirementSaved", code.getValue().strip()));
            getUI().ifPresent(ui -> ui.navigate(CatalogueView.class));
        } catch (InvalidInput refusal) {
            fields.show(this, refusal);
        } catch (Conflict stale) {
            AlignmentUi.error(getTranslation("standards.stale"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("standards.catalogue.title") + " | " + getTranslation("app.name");
    }
}
