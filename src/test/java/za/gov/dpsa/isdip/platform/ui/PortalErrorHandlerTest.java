package za.gov.dpsa.isdip.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;

import za.gov.dpsa.isdip.cases.internal.CaseExceptions;
import za.gov.dpsa.isdip.cases.ui.NewCaseView;
import za.gov.dpsa.isdip.core.Conflict;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.support.WithPortalUser;

/**
 * A refusal no view caught, wherever it happens, reaches the user as the same clear message, and the page they
 * were typing in stays as it was; a fault shows an incident number instead of a stack trace or nothing.
 */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "za.gov.dpsa.isdip")
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class PortalErrorHandlerTest extends SpringBrowserlessTest {

    @Test
    @WithPortalUser(username = "dha.official", department = "dha", roles = "dept-user")
    void everyRefusalShowsItsMessageAndWhatWasTypedStays() {
        NewCaseView form = navigate(NewCaseView.class);
        TextField title = find(TextField.class).id("case-title");
        title.setValue("Queues at the Soweto office");

        assertThat(shown(new NotFound("No case 9 in this department")))
                .isEqualTo("This record no longer exists, or it is not in your department. Nothing was changed.");
        // A module's own conflict, wrapped as a listener's exception is, still shows the one message.
        assertThat(shown(new RuntimeException(new CaseExceptions.Conflict("Thabo Nkosi", java.time.Instant.now()))))
                .startsWith("Someone else changed this meanwhile, so nothing was saved.");
        assertThat(shown(new Conflict("Changed meanwhile", "report.conflict")))
                .isEqualTo(getTranslation("report.conflict"));
        assertThat(shown(new InvalidInput("databaseServer", "dpsa.onboard.invalid.serverUnknown", "db-9")))
                .isEqualTo(getTranslation("dpsa.onboard.invalid.serverUnknown", "db-9"));
        assertThat(shown(new AccessDeniedException("Not allowed"))).isEqualTo("You may not do this. Nothing was changed.");
        assertThat(shown(new IllegalStateException("a bug"))).matches(
                "Something went wrong on our side and nothing was changed; what you typed is still here\\. If it "
                + "happens again, quote incident [0-9a-f]{8} to the service desk\\.");

        assertThat(getCurrentView()).isSameAs(form);
        assertThat(find(TextField.class).id("case-title").getValue()).isEqualTo("Queues at the Soweto office");
    }

    private String shown(Throwable thrown) {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(thrown));
        String text = test($(Notification.class).single()).getText();
        $(Notification.class).all().forEach(Notification::close);
        return text;
    }

    private static String getTranslation(String key, Object... arguments) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key, arguments);
    }
}
