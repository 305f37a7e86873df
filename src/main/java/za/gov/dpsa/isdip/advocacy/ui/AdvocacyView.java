package za.gov.dpsa.isdip.advocacy.ui;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import za.gov.dpsa.isdip.advocacy.internal.AdvocacyLibrary;
import za.gov.dpsa.isdip.advocacy.internal.Audience;
import za.gov.dpsa.isdip.advocacy.internal.LibraryPage;
import za.gov.dpsa.isdip.advocacy.internal.ResourceFilter;
import za.gov.dpsa.isdip.advocacy.internal.ResourceKind;
import za.gov.dpsa.isdip.advocacy.internal.ResourceSource;
import za.gov.dpsa.isdip.advocacy.internal.ResourceSummary;
import za.gov.dpsa.isdip.core.BathoPelePrinciple;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.platform.ui.component.Badge;
import za.gov.dpsa.isdip.platform.ui.component.EmptyState;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * The advocacy library: DPSA's guides, toolkits, templates, case studies and videos, and the department's own
 * resources, searchable and filterable by mechanism, Batho Pele principle, audience, type and source.
 */
@Route("advocacy")
@Menu(title = "nav.advocacy", order = 20)
@RolesAllowed({PortalRole.Names.DEPT_USER, PortalRole.Names.DEPT_ADMIN, PortalRole.Names.DEPT_REPORTER,
        PortalRole.Names.DPSA_ADMIN, PortalRole.Names.TRAINER})
public class AdvocacyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** How many resources the library shows at first and adds on each "show more". */
    static final int PAGE_SIZE = 50;

    final TextField search = new TextField();
    final Select<Mechanism> mechanism = new Select<>();
    final Select<BathoPelePrinciple> principle = new Select<>();
    final Select<Audience> audience = new Select<>();
    final Select<ResourceKind> kind = new Select<>();
    final Select<ResourceSource> source = new Select<>();
    final Div results = new Div();
    final Paragraph count = new Paragraph();
    final Button showMore = new Button();
    private final AdvocacyLibrary library;
    private boolean applyingAddress;
    private int limit = PAGE_SIZE;

    public AdvocacyView(AdvocacyLibrary library) {
        this.library = library;
        PortalUser user = PortalUser.current().orElseThrow();
        PageHeader heading = new PageHeader(getTranslation("advocacy.library"));
        heading.title().setId("advocacy-heading");
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        for (ResourceSource s : ResourceSource.values()) {
            if (AdvocacyLibrary.mayPublish(user, s)) {
                Button add = new Button(getTranslation("advocacy.new." + s.name()), click -> getUI().ifPresent(
                        ui -> ui.navigate(ResourceFormView.class, QueryParameters.of("source", s.slug()))));
                add.setId("advocacy-new-" + s.slug());
                add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(add);
            }
        }
        actions.add(new RouterLink(getTranslation("advocacy.campaigns"), CampaignsView.class));

        search.setLabel(getTranslation("advocacy.search"));
        search.setPlaceholder(getTranslation("advocacy.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("advocacy-search");
        filter(mechanism, "advocacy.field.mechanism", Mechanism.named().toArray(Mechanism[]::new),
                "advocacy-filter-mechanism");
        filter(principle, "advocacy.field.principle", BathoPelePrinciple.values(), "advocacy-filter-principle");
        filter(audience, "advocacy.field.audience", Audience.values(), "advocacy-filter-audience");
        filter(kind, "advocacy.field.kind", ResourceKind.values(), "advocacy-filter-kind");
        filter(source, "advocacy.field.source", user.workingDepartment().isPresent() ? ResourceSource.values()
                : new ResourceSource[] {ResourceSource.DPSA}, "advocacy-filter-source");
        search.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, mechanism, principle, audience, kind, source);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        results.addClassName("portal-cards");
        results.setId("advocacy-results");
        count.setId("advocacy-count");
        count.getElement().setAttribute("aria-live", "polite");
        showMore.setText(getTranslation("advocacy.more"));
        showMore.setId("advocacy-more");
        showMore.addClickListener(e -> {
            limit += PAGE_SIZE;
            show();
        });
        heading.withIntro(getTranslation("advocacy.library.intro")).withActions(actions);
        add(heading, filters, count, results,
                showMore);
    }

    /** The filter lives in the address, so a filtered library can be bookmarked and shared. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        applyingAddress = true;
        try {
            search.setValue(first(parameters, "q").orElse(""));
            mechanism.setValue(constant(parameters, "mechanism", Mechanism.class));
            principle.setValue(constant(parameters, "principle", BathoPelePrinciple.class));
            audience.setValue(constant(parameters, "audience", Audience.class));
            kind.setValue(constant(parameters, "type", ResourceKind.class));
            source.setValue(first(parameters, "source").flatMap(ResourceSource::fromSlug)
                    .filter(s -> source.getListDataView().contains(s)).orElse(null));
        } finally {
            applyingAddress = false;
        }
        refresh();
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
    }

    /** An unknown value in the address is ignored rather than refused. */
    private static <E extends Enum<E>> E constant(Map<String, List<String>> parameters, String name, Class<E> type) {
        return first(parameters, name).flatMap(value -> Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(value)).findFirst()).orElse(null);
    }

    private void rememberInAddress() {
        Map<String, String> parameters = new LinkedHashMap<>();
        ResourceFilter filter = currentFilter();
        if (filter.text() != null && !filter.text().isBlank()) {
            parameters.put("q", filter.text().strip());
        }
        if (filter.mechanism() != null) {
            parameters.put("mechanism", filter.mechanism().name());
        }
        if (filter.principle() != null) {
            parameters.put("principle", filter.principle().name());
        }
        if (filter.audience() != null) {
            parameters.put("audience", filter.audience().name());
        }
        if (filter.kind() != null) {
            parameters.put("type", filter.kind().name());
        }
        if (filter.source() != null) {
            parameters.put("source", filter.source().slug());
        }
        String location = new Location("advocacy", QueryParameters.simple(parameters)).getPathWithQueryParameters();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location));
    }

    private <E extends Enum<E>> void filter(Select<E> select, String labelKey, E[] values, String id) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("advocacy.filter.any"));
        select.setItemLabelGenerator(v -> v == null ? getTranslation("advocacy.filter.any")
                : AdvocacyLabels.of(this, v));
        select.setId(id);
        select.addValueChangeListener(e -> refresh());
    }

    ResourceFilter currentFilter() {
        return new ResourceFilter(search.getValue(), mechanism.getValue(), principle.getValue(), audience.getValue(),
                kind.getValue(), source.getValue());
    }

    /** The titles shown, in order (for tests and screen readers' summary). */
    List<String> shownTitles() {
        return shown.stream().map(ResourceSummary::title).toList();
    }

    private List<ResourceSummary> shown = List.of();

    /** A changed filter starts again from the first resources. */
    private void refresh() {
        if (applyingAddress) {
            return;
        }
        rememberInAddress();
        limit = PAGE_SIZE;
        show();
    }

    /** A library of thousands shows its first resources and how many there are; "show more" adds the next. */
    private void show() {
        LibraryPage page = library.browse(currentFilter(), limit);
        shown = page.resources();
        results.removeAll();
        count.setText(page.complete() ? getTranslation("advocacy.count", page.total())
                : getTranslation("advocacy.count.first", shown.size(), page.total()));
        showMore.setVisible(!page.complete());
        if (shown.isEmpty()) {
            results.add(new EmptyState(getTranslation("advocacy.none")));
        }
        for (ResourceSummary resource : shown) {
            results.add(card(resource));
        }
    }

    private Div card(ResourceSummary resource) {
        Div card = new Div();
        card.addClassNames("portal-card", "advocacy-card");
        RouterLink title = new RouterLink(resource.title(), ResourceView.class,
                ResourceView.parameters(resource.source(), resource.id()));
        H2 heading = new H2(title);
        Div badges = new Div();
        badges.addClassName("advocacy-badges");
        // A department's own resources stand apart from DPSA's national ones.
        Badge origin = new Badge(AdvocacyLabels.of(this, resource.source()),
                resource.source() == ResourceSource.DPSA ? Badge.Tone.NEUTRAL : Badge.Tone.CONTRAST);
        badges.add(origin, new Span(" "), new Badge(AdvocacyLabels.of(this, resource.kind()), Badge.Tone.NEUTRAL));
        if (resource.featured()) {
            badges.add(new Span(" "), new Badge(getTranslation("advocacy.featured"), Badge.Tone.SUCCESS));
        }
        String summary = resource.summary().length() > 220 ? resource.summary().substring(0, 217) + "…"
                : resource.summary();
        Paragraph tags = new Paragraph(AdvocacyLabels.all(this, resource.mechanisms()));
        tags.addClassName("advocacy-tags");
        Paragraph meta = new Paragraph(getTranslation("advocacy.card.meta", resource.latestVersion(),
                PortalDates.dateTime(resource.updatedAt())));
        meta.addClassName("advocacy-meta");
        card.add(heading, badges, new Paragraph(summary), tags, meta);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.advocacy") + " | " + getTranslation("app.name");
    }
}
