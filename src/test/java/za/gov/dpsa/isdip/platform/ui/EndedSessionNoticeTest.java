package za.gov.dpsa.isdip.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;

import za.gov.dpsa.isdip.platform.security.EndedSessionMarker;
import za.gov.dpsa.isdip.support.WithPortalUser;

/** Back from sign-in after a session ended under them, the official is told once what was not saved. */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "za.gov.dpsa.isdip")
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class EndedSessionNoticeTest extends SpringBrowserlessTest {

    @Test
    @WithPortalUser(username = "dha.offline", department = "dha", roles = "dept-user")
    void theOfficialIsToldOnceThatUnsavedTextWasLost() {
        navigate(HomeView.class);
        UI ui = UI.getCurrent();
        ui.getSession().getSession().setAttribute(EndedSessionMarker.ENDED, Boolean.TRUE);

        EndedSessionNotice.tell(ui);
        EndedSessionNotice.tell(ui);
        ui.getSession().getService().runPendingAccessTasks(ui.getSession());

        assertThat($(Notification.class).all()).singleElement().satisfies(notice -> assertThat(test(notice).getText())
                .contains("was not saved").contains("back on the page you were on"));
        assertThat(ui.getSession().getSession().getAttribute(EndedSessionMarker.ENDED)).isNull();
    }
}
