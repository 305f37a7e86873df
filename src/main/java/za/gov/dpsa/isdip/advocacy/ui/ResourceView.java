package za.gov.dpsa.isdip.advocacy.ui;

import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import za.gov.dpsa.isdip.advocacy.internal.AdvocacyLibrary;
import za.gov.dpsa.isdip.advocacy.internal.ResourceDetails;
import za.gov.dpsa.isdip.advocacy.internal.ResourceSource;
import za.gov.dpsa.isdip.advocacy.internal.ResourceSummary;
import za.gov.dpsa.isdip.advocacy.internal.ResourceVersion;
import za.gov.dpsa.isdip.core.Conflict;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.platform.ui.component.Badge;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.platform.ui.component.PortalMessages;

/**
 * One resource: what it is, its tags, the latest version to download or open, the version history, and for
 * those who may change it a new version, featuring and retiring. Another department's resource is not found.
 */
@Route("advocacy/resource/:source([a-z]{1,20})/:id(\\d{1,18})")
@RolesAllowed({PortalRole.Names.DEPT_USER, PortalRole.Names.DEPT_ADMIN, PortalRole.Names.DEPT_REPORTER,
        PortalRole.Names.DPSA_ADMIN, PortalRole.Names.TRAINER})
public class ResourceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AdvocacyLibrary library;
    private ResourceSource source;
    private long id;
    private ResourceDetails details;
    VersionInput newVersion;
    Button publishVersion;
    Button feature;
    Button retire;

    public ResourceView(AdvocacyLibrary library) {
        this.library = library;
    }

    static RouteParameters parameters(ResourceSource source, long id) {
        return new RouteParameters(new RouteParam("source", source.slug()), new RouteParam("id", String.valueOf(id)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ResourceSource> from = event.getRouteParameters().get("source").flatMap(ResourceSource::fromSlug);
        Optional<Long> resourceId = event.getRouteParameters().getLong("id");
        if (from.isEmpty() || resourceId.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        source = from.get();
        id = resourceId.get();
        try {
            details = library.details(source, id);
        } catch (NotFound | za.gov.dpsa.isdip.tenancy.NoTenantException notFound) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    ResourceDetails details() {
        return details;
    }

    private void reload() {
        details = library.details(source, id);
        render();
    }

    private void render() {
        removeAll();
        ResourceSummary r = details.summary();
        PageHeader heading = new PageHeader(r.title());
        heading.title().setId("resource-heading");
        Div badges = new Div();
        badges.add(new Badge(AdvocacyLabels.of(this, r.source()), Badge.Tone.NEUTRAL), new Span(" "),
                new Badge(AdvocacyLabels.of(this, r.kind()), Badge.Tone.NEUTRAL));
        if (r.featured()) {
            badges.add(new Span(" "), new Badge(getTranslation("advocacy.featured"), Badge.Tone.SUCCESS));
        }
        if (r.retired()) {
            badges.add(new Span(" "), new Badge(getTranslation("advocacy.retired"), Badge.Tone.ERROR));
        }
        Paragraph summary = new Paragraph(r.summary());
        summary.setId("resource-summary-text");
        Div facts = new Div(
                fact("advocacy.field.mechanisms", AdvocacyLabels.all(this, r.mechanisms())),
                fact("advocacy.field.principles", r.principles().isEmpty() ? getTranslation("advocacy.none.tag")
                        : AdvocacyLabels.all(this, r.principles())),
                fact("advocacy.field.audiences", AdvocacyLabels.all(this, r.audiences())),
                fact("advocacy.field.published", PortalDates.dateTime(r.publishedAt())));
        add(new RouterLink(getTranslation("advocacy.back"), AdvocacyView.class), heading, badges, summary, facts);
        if (!r.retired()) {
            details.latest().ifPresent(version -> add(use(version, true)));
        }
        long uses = library.usesInMyDepartment(source, id);
        if (uses > 0 || source == ResourceSource.DEPARTMENT) {
            Paragraph used = new Paragraph(getTranslation("advocacy.uses", uses));
            used.setId("resource-uses");
            add(used);
        }
        add(history());
        if (details.mayEdit() && !r.retired()) {
            add(editing());
        }
    }

    private Paragraph fact(String labelKey, String value) {
        Paragraph p = new Paragraph();
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("advocacy-fact-label");
        p.add(label, new Span(value));
        return p;
    }

    /** The download link of a file version, or a button that opens a link version (both counted). */
    private Component use(ResourceVersion version, boolean primary) {
        Integer number = primary ? null : version.number();
        if (version.isLink()) {
            // A real link (the browser opens it on the official's click, no pop-up blocker in the way); the click
            // is also sent to the server, which counts the use.
            Anchor open = new Anchor(version.linkUrl(), getTranslation(primary ? "advocacy.openLink"
                    : "advocacy.openVersion", version.number()));
            open.setTarget("_blank");
            open.getElement().setAttribute("rel", "noopener noreferrer");
            open.getElement().addEventListener("click", click -> library.openLink(source, id, number));
            open.setId(primary ? "resource-open" : "resource-open-" + version.number());
            if (primary) {
                open.addClassName("advocacy-download");
            }
            return open;
        }
        Anchor download = new Anchor(new ResourceDownload(library, source, id, number), primary
                ? getTranslation("advocacy.download", version.fileName(),
                        AdvocacyLabels.size(this, version.sizeBytes()))
                : getTranslation("advocacy.downloadVersion", version.number()));
        download.getElement().setAttribute("download", true);
        download.setId(primary ? "resource-download" : "resource-download-" + version.number());
        if (primary) {
            download.addClassName("advocacy-download");
        }
        return download;
    }

    private Section history() {
        Section section = new Section(new H2(getTranslation("advocacy.versions")));
        UnorderedList list = new UnorderedList();
        list.setId("resource-versions");
        for (ResourceVersion v : details.versions()) {
            String what = v.isLink() ? v.linkUrl()
                    : v.fileName() + " (" + AdvocacyLabels.size(this, v.sizeBytes()) + ")";
            ListItem item = new ListItem(new Span(getTranslation("advocacy.version.line", v.number(),
                    PortalDates.dateTime(v.publishedAt()), v.publishedBy(), what)
                    + (v.note() == null ? "" : " — " + v.note()) + " "));
            if (!details.summary().retired()) {
                item.add(use(v, false));
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Section editing() {
        Section section = new Section(new H2(getTranslation("advocacy.newVersion")));
        newVersion = new VersionInput("version");
        publishVersion = new Button(getTranslation("advocacy.publishVersion"), click -> {
            newVersion.clearErrors();
            try {
                int number = library.addVersion(source, id, details.rowVersion(), newVersion.content());
                Notification.show(getTranslation("advocacy.versionPublished", number));
                reload();
            } catch (InvalidInput invalid) {
                newVersion.show(invalid);
                PortalMessages.problem(Notification.show(getTranslation("advocacy.invalid.summary",
                        getTranslation(invalid.messageKey(), invalid.arguments()))));
            } catch (Conflict conflict) {
                conflict();
            }
        });
        publishVersion.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publishVersion.setId("version-publish");
        HorizontalLayout actions = new HorizontalLayout(publishVersion);
        if (details.mayFeature()) {
            boolean featured = details.summary().featured();
            feature = new Button(getTranslation(featured ? "advocacy.unfeature" : "advocacy.feature"), click -> {
                try {
                    library.setFeatured(id, details.rowVersion(), !featured);
                    reload();
                } catch (Conflict conflict) {
                    conflict();
                }
            });
            feature.setId("resource-feature");
            actions.add(feature);
        }
        retire = new Button(getTranslation("advocacy.retire"), click -> confirmRetire());
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        retire.setId("resource-retire");
        actions.add(retire);
        section.add(newVersion, actions);
        return section;
    }

    private void confirmRetire() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("advocacy.retire.confirm.title"));
        dialog.add(new Paragraph(getTranslation("advocacy.retire.confirm", details.summary().title())));
        Button yes = new Button(getTranslation("advocacy.retire"), click -> {
            dialog.close();
            try {
                library.retire(source, id, details.rowVersion());
                Notification.show(getTranslation("advocacy.retired.done", details.summary().title()));
                getUI().ifPresent(ui -> ui.navigate(AdvocacyView.class));
            } catch (Conflict conflict) {
                conflict();
            }
        });
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        yes.setId("resource-retire-confirm");
        dialog.getFooter().add(new Button(getTranslation("advocacy.cancel"), click -> dialog.close()), yes);
        dialog.open();
    }

    private void conflict() {
        PortalMessages.problem(Notification.show(getTranslation("advocacy.conflict")));
        reload();
    }

    @Override
    public String getPageTitle() {
        return (details == null ? getTranslation("nav.advocacy") : details.summary().title()) + " | "
                + getTranslation("app.name");
    }
}
