package za.gov.dpsa.isdip.standards.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import za.gov.dpsa.isdip.core.Conflict;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.standards.internal.Catalogue;
import za.gov.dpsa.isdip.standards.internal.CatalogueHeadline;
import za.gov.dpsa.isdip.standards.internal.CatalogueStatus;
import za.gov.dpsa.isdip.standards.internal.HarmonisedStandard;
import za.gov.dpsa.isdip.standards.internal.MechanismRequirement;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * DPSA's catalogue of norms and standards: each harmonised standard with the mechanisms it serves and the
 * requirements it answers, and the headline of how many separate demands harmonisation removed. Everyone reads
 * the published catalogue; DPSA super-admins also see drafts and earlier versions, and edit and publish.
 */
@Route("standards/catalogue")
@RolesAllowed({PortalRole.Names.DEPT_USER, PortalRole.Names.DEPT_ADMIN, PortalRole.Names.DEPT_REPORTER,
        PortalRole.Names.DPSA_ADMIN})
public class CatalogueView extends VerticalLayout implements HasDynamicTitle {

    private final Catalogue catalogue;
    private final boolean dpsa;
    private final Div body = new Div();

    public CatalogueView(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.dpsa = PortalUser.current().map(u -> u.hasRole(PortalRole.DPSA_ADMIN)).orElse(false);
        add(new PageHeader(getTranslation("standards.catalogue.title")), AlignmentUi.nav(this, CatalogueView.class));
        body.setWidthFull();
        add(body);
        render();
    }

    private void render() {
        body.removeAll();
        CatalogueHeadline headline = catalogue.headline();
        Paragraph harmonised = new Paragraph(getTranslation("standards.headline", headline.demands(),
                headline.standards(), headline.removed()));
        harmonised.setId("catalogue-headline");
        harmonised.addClassName("alignment-headline");
        body.add(harmonised, new Paragraph(getTranslation("standards.catalogue.help")));
        if (dpsa) {
            Button newStandard = new Button(getTranslation("standards.catalogue.newStandard"),
                    click -> getUI().ifPresent(ui -> ui.navigate(StandardEditorView.class)));
            newStandard.setId("catalogue-new-standard");
            newStandard.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button newRequirement = new Button(getTranslation("standards.catalogue.newRequirement"),
                    click -> getUI().ifPresent(ui -> ui.navigate(RequirementEditorView.class)));
            newRequirement.setId("catalogue-new-requirement");
            body.add(new HorizontalLayout(newStandard, newRequirement));
        }

        List<HarmonisedStandard> standards = dpsa ? catalogue.allVersions() : catalogue.published();
        body.add(new H2(getTranslation("standards.catalogue.standards")));
        Div cards = new Div();
        cards.setId("catalogue-standards");
        standards.forEach(standard -> cards.add(card(standard)));
        body.add(cards);

        body.add(new H2(getTranslation("standards.catalogue.requirements")));
        Map<Long, String> harmonisedInto = standards.stream()
                .filter(s -> s.status() == CatalogueStatus.PUBLISHED)
                .flatMap(s -> s.requirements().stream().map(r -> Map.entry(r.id(), s.code())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a + ", " + b));
        Grid<MechanismRequirement> grid = new Grid<>(MechanismRequirement.class, false);
        grid.setId("catalogue-requirements");
        grid.setAriaLabel(getTranslation("standards.catalogue.requirements"));
        grid.addColumn(MechanismRequirement::code).setHeader(getTranslation("standards.field.code")).setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(r -> AlignmentUi.mechanism(this, r.mechanism()))
                .setHeader(getTranslation("standards.field.mechanism")).setAutoWidth(true).setSortable(true);
        grid.addColumn(MechanismRequirement::regulationRef).setHeader(getTranslation("standards.field.regulationRef"))
                .setAutoWidth(true);
        grid.addColumn(MechanismRequirement::title).setHeader(getTranslation("standards.field.title")).setFlexGrow(2);
        grid.addColumn(r -> r.principle() == null ? "" : AlignmentUi.principle(this, r.principle()))
                .setHeader(getTranslation("standards.field.principle")).setAutoWidth(true);
        grid.addColumn(r -> "v" + r.version() + ", " + PortalDates.date(r.effectiveDate()))
                .setHeader(getTranslation("standards.field.versionEffective")).setAutoWidth(true);
        grid.addColumn(r -> AlignmentUi.status(this, r.status())).setHeader(getTranslation("standards.field.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> harmonisedInto.getOrDefault(r.id(), getTranslation("standards.catalogue.notHarmonised")))
                .setHeader(getTranslation("standards.catalogue.harmonisedInto")).setAutoWidth(true);
        if (dpsa) {
            grid.addComponentColumn(r -> {
                Button edit = new Button(getTranslation("standards.action.edit"), click -> getUI()
                        .ifPresent(ui -> ui.navigate(RequirementEditorView.class, r.id())));
                edit.getElement().setAttribute("aria-label", getTranslation("standards.catalogue.editRequirement",
                        r.code()));
                return edit;
            }).setAutoWidth(true);
        }
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(catalogue.requirements());
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        body.add(grid);
    }

    private Section card(HarmonisedStandard standard) {
        Section card = new Section();
        card.addClassName("portal-card");
        card.setId("standard-" + standard.code() + "-v" + standard.version());
        List<MechanismRequirement> live = Catalogue.liveRequirements(standard);
        H3 title = new H3(standard.code() + " " + standard.title());
        Paragraph facts = new Paragraph(getTranslation("standards.catalogue.facts", standard.version(),
                AlignmentUi.status(this, standard.status()), PortalDates.date(standard.effectiveDate())));
        Paragraph serves = new Paragraph(getTranslation("standards.catalogue.serves",
                standard.mechanisms().stream().map(m -> AlignmentUi.mechanism(this, m))
                        .collect(Collectors.joining(", ")), live.size()));
        serves.addClassName("standard-serves");
        Paragraph requirement = new Paragraph(standard.requirement());
        Paragraph evidence = new Paragraph(getTranslation("standards.catalogue.evidence", standard.evidenceExpected()));
        UnorderedList links = new UnorderedList();
        for (MechanismRequirement r : standard.requirements()) {
            links.add(new ListItem(r.code() + " (" + AlignmentUi.mechanism(this, r.mechanism()) + ", "
                    + r.regulationRef() + "): " + r.title()
                    + (r.status() == CatalogueStatus.PUBLISHED ? "" : " [" + AlignmentUi.status(this, r.status()) + "]")));
        }
        card.add(title, facts, serves, requirement, evidence, links);
        if (dpsa) {
            HorizontalLayout buttons = new HorizontalLayout();
            String suffix = standard.code() + "-v" + standard.version();
            if (standard.status() == CatalogueStatus.DRAFT) {
                Button edit = new Button(getTranslation("standards.action.edit"), click -> getUI()
                        .ifPresent(ui -> ui.navigate(StandardEditorView.class, standard.id())));
                edit.setId("edit-" + suffix);
                Button publish = new Button(getTranslation("standards.catalogue.publish"), click -> {
                    try {
                        catalogue.publish(standard.id(), standard.rowVersion());
                        AlignmentUi.saved(getTranslation("standards.catalogue.published", standard.code(),
                                standard.version()));
                    } catch (InvalidInput e) {
                        AlignmentUi.error(getTranslation(e.messageKey()));
                    } catch (Conflict e) {
                        AlignmentUi.error(getTranslation("standards.stale"));
                    }
                    render();
                });
                publish.setId("publish-" + suffix);
                publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                buttons.add(edit, publish);
            } else if (standard.status() == CatalogueStatus.PUBLISHED) {
                Button next = new Button(getTranslation("standards.catalogue.newVersion"), click -> {
                    long draft = catalogue.newVersion(standard.code());
                    getUI().ifPresent(ui -> ui.navigate(StandardEditorView.class, draft));
                });
                next.setId("new-version-" + suffix);
                Button retire = new Button(getTranslation("standards.catalogue.retire"), click -> {
                    catalogue.retire(standard.id());
                    AlignmentUi.saved(getTranslation("standards.catalogue.retired", standard.code()));
                    render();
                });
                retire.setId("retire-" + suffix);
                retire.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                buttons.add(next, retire);
            }
            card.add(buttons);
        }
        if (standard.status() != CatalogueStatus.PUBLISHED) {
            card.add(new Span(getTranslation("standards.catalogue.notAnswered")));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("standards.catalogue.title") + " | " + getTranslation("app.name");
    }
}
