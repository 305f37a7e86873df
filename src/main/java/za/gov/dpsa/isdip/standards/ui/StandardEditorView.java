package za.gov.dpsa.isdip.standards.ui;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;

import za.gov.dpsa.isdip.core.Conflict;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.standards.internal.Catalogue;
import za.gov.dpsa.isdip.standards.internal.CatalogueStatus;
import za.gov.dpsa.isdip.standards.internal.HarmonisedStandard;
import za.gov.dpsa.isdip.standards.internal.MechanismRequirement;
import za.gov.dpsa.isdip.tenancy.PortalRole;

/**
 * DPSA's editor for a harmonised standard: a new standard, or a draft version of one. It links the mechanism
 * requirements the standard answers, and publishes it for departments to assess.
 */
@Route("standards/catalogue/standard")
@RolesAllowed(PortalRole.Names.DPSA_ADMIN)
public class StandardEditorView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final Catalogue catalogue;
    private final AlignmentUi.Fields fields = new AlignmentUi.Fields();
    final TextField code = fields.put("code", new TextField());
    final TextField title = fields.put("title", new TextField());
    final TextArea requirement = fields.put("requirement", new TextArea());
    final TextArea evidenceExpected = fields.put("evidenceExpected", new TextArea());
    final DatePicker effectiveDate = fields.put("effectiveDate", new DatePicker());
    final CheckboxGroup<MechanismRequirement> requirements = fields.put("requirements", new CheckboxGroup<>());
    final Button save = new Button();
    final Button publish = new Button();
    private HarmonisedStandard draft;
    private final PageHeader heading = new PageHeader("");

    public StandardEditorView(Catalogue catalogue) {
        this.catalogue = catalogue;
        save.addClickListener(click -> save(false));
        publish.addClickListener(click -> save(true));
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        draft = null;
        code.setReadOnly(false);
        if (id != null) {
            draft = catalogue.standard(id).orElse(null);
            if (draft == null) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
        }
        build();
    }

    private void build() {
        removeAll();
        heading.title().setText(draft == null ? getTranslation("standards.editor.newStandard")
                : getTranslation("standards.editor.standard", draft.code(), draft.version()));
        add(heading, AlignmentUi.nav(this, CatalogueView.class));
        if (draft != null && draft.status() != CatalogueStatus.DRAFT) {
            add(new Paragraph(getTranslation("standards.editor.notDraft")));
            return;
        }
        code.setLabel(getTranslation("standards.field.code"));
        code.setHelperText(getTranslation("standards.editor.codeHelp"));
        code.setId("standard-code");
        title.setLabel(getTranslation("standards.field.title"));
        title.setId("standard-title");
        title.setMaxLength(200);
        title.setWidthFull();
        requirement.setLabel(getTranslation("standards.field.requirement"));
        requirement.setId("standard-requirement");
        requirement.setWidthFull();
        evidenceExpected.setLabel(getTranslation("standards.field.evidenceExpected"));
        evidenceExpected.setId("standard-evidence");
        evidenceExpected.setWidthFull();
        effectiveDate.setLabel(getTranslation("standards.field.effectiveDate"));
        effectiveDate.setId("standard-effective");
        PortalDates.southAfrican(effectiveDate);
        requirements.setLabel(getTranslation("standards.editor.links"));
        requirements.setHelperText(getTranslation("standards.editor.linksHelp"));
        requirements.setId("standard-requirements");
        requirements.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        List<MechanismRequirement> choices = catalogue.requirements().stream()
                .filter(r -> r.status() != CatalogueStatus.RETIRED)
                .sorted(Comparator.comparing(MechanismRequirement::code)).toList();
        requirements.setItems(choices);
        requirements.setItemLabelGenerator(r -> r.code() + " " + r.title() + " ("
                + AlignmentUi.mechanism(this, r.mechanism()) + ", " + r.regulationRef() + ")");
        if (draft == null) {
            code.clear();
            title.clear();
            requirement.clear();
            evidenceExpected.clear();
            requirements.clear();
            effectiveDate.setValue(LocalDate.now(PortalTime.ZONE));
        } else {
            code.setValue(draft.code());
            code.setReadOnly(true);
            title.setValue(draft.title());
            requirement.setValue(draft.requirement());
            evidenceExpected.setValue(draft.evidenceExpected());
            effectiveDate.setValue(draft.effectiveDate());
            Set<Long> linked = draft.requirements().stream().map(MechanismRequirement::id).collect(Collectors.toSet());
            requirements.setValue(choices.stream().filter(r -> linked.contains(r.id())).collect(Collectors.toSet()));
        }
        save.setText(getTranslation("standards.editor.saveDraft"));
        save.setId("standard-save");
        publish.setText(getTranslation("standards.editor.publish"));
        publish.setId("standard-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("standards.action.cancel"),
                click -> getUI().ifPresent(ui -> ui.navigate(CatalogueView.class)));
        add(code, title, requirement, evidenceExpected, effectiveDate, requirements,
                new HorizontalLayout(save, publish, cancel));
    }

    private void save(boolean andPublish) {
        fields.clear();
        HarmonisedStandard.Input input = new HarmonisedStandard.Input(code.getValue(), title.getValue(),
                requirement.getValue(), evidenceExpected.getValue(), effectiveDate.getValue(),
                requirements.getValue().stream().map(MechanismRequirement::id).collect(Collectors.toSet()));
        try {
            long id;
            if (draft == null) {
                id = catalogue.createStandard(input);
            } else {
                catalogue.updateDraft(draft.id(), draft.rowVersion(), input);
                id = draft.id();
            }
            draft = catalogue.standard(id).orElseThrow();
            if (andPublish) {
                catalogue.publish(id, draft.rowVersion());
                AlignmentUi.saved(getTranslation("standards.catalogue.published", draft.code(), draft.version()));
                getUI().ifPresent(ui -> ui.navigate(CatalogueView.class));
            } else {
                AlignmentUi.saved(getTranslation("standards.editor.saved", draft.code(), draft.version()));
                heading.title().setText(getTranslation("standards.editor.standard", draft.code(), draft.version()));
                code.setReadOnly(true);
            }
        } catch (InvalidInput refusal) {
            if (effectiveDate.isInvalid() && effectiveDate.getValue() == null && "effectiveDate".equals(refusal.field())) {
                refusal = new InvalidInput("effectiveDate", "standards.invalid.date");
            }
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
