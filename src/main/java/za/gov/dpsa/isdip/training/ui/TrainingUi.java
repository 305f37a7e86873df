package za.gov.dpsa.isdip.training.ui;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.training.internal.TrainingExceptions;
import za.gov.dpsa.isdip.platform.ui.component.PortalMessages;

/** What the training views share: their own navigation, field errors, notifications and downloads. */
final class TrainingUi {

    private TrainingUi() {
    }

    /** The training area's own links, for the user's roles (the side navigation has one "Training" entry). */
    static Nav navigation(Component labels) {
        PortalUser user = PortalUser.current().orElseThrow();
        Nav nav = new Nav();
        nav.addClassName("training-nav");
        nav.setId("training-nav");
        nav.getElement().setAttribute("aria-label", labels.getTranslation("training.nav.label"));
        if (user.hasRole(PortalRole.TRAINER)) {
            nav.add(link(labels, "training.nav.courses", TrainerCoursesView.class));
            nav.add(link(labels, "training.nav.sessions", SessionsView.class));
        }
        if (user.worksAcrossDepartments()) {
            nav.add(link(labels, "training.nav.dashboard", TrainingDashboardView.class));
            nav.add(link(labels, "training.nav.readiness", ReadinessView.class));
        } else {
            nav.add(link(labels, "training.nav.myLearning", TrainingView.class));
            nav.add(link(labels, "training.nav.catalogue", CatalogueView.class));
            nav.add(link(labels, "training.nav.sessions", SessionsView.class));
            nav.add(link(labels, "training.nav.readiness", ReadinessView.class));
            if (user.hasRole(PortalRole.DEPT_ADMIN)) {
                nav.add(link(labels, "training.nav.department", DepartmentTrainingView.class));
            }
        }
        return nav;
    }

    private static RouterLink link(Component labels, String key, Class<? extends Component> view) {
        return new RouterLink(labels.getTranslation(key), view);
    }

    static Anchor download(String text, String fileName, String contentType, java.util.function.Supplier<byte[]> bytes) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, contentType, content.length);
        }), text);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    static void error(Component labels, String key, Object... args) {
        PortalMessages.problem(Notification.show(labels.getTranslation(key, args), 5000, Notification.Position.MIDDLE));
    }

    static void done(Component labels, String key, Object... args) {
        Notification.show(labels.getTranslation(key, args), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Marks refused input on its field, with the message next to it; clears the marks of the last attempt. */
    static final class FieldErrors {
        private final Map<String, HasValidation> fields = new HashMap<>();
        private final Component labels;

        FieldErrors(Component labels) {
            this.labels = labels;
        }

        FieldErrors field(String name, HasValidation field) {
            fields.put(name, field);
            return this;
        }

        void clear() {
            fields.values().forEach(f -> f.setInvalid(false));
        }

        /** Runs the work; refused input is shown on its field (or as a message) and the work's result is kept. */
        boolean run(Runnable work) {
            clear();
            try {
                work.run();
                return true;
            } catch (InvalidInput e) {
                HasValidation field = fields.get(e.field());
                if (field != null) {
                    field.setErrorMessage(labels.getTranslation(e.messageKey()));
                    field.setInvalid(true);
                } else {
                    error(labels, e.messageKey());
                }
                return false;
            } catch (TrainingExceptions.NotAllowed e) {
                error(labels, e.messageKey());
                return false;
            }
        }
    }
}
