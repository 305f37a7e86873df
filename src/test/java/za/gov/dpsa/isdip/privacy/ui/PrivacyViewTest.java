package za.gov.dpsa.isdip.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import za.gov.dpsa.isdip.platform.ui.NotFoundView;
import za.gov.dpsa.isdip.privacy.internal.DataSubjectRequests;
import za.gov.dpsa.isdip.support.WithPortalUser;

/** The privacy page: a bad request is refused on its field with what was typed kept; a good one opens. */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "za.gov.dpsa.isdip")
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class PrivacyViewTest extends SpringBrowserlessTest {

    @Test
    @WithPortalUser(username = "kzn-transport.admin", department = "kzn-transport", roles = {"dept-user", "dept-admin"})
    @SuppressWarnings("unchecked")
    void aBadRequestIsRefusedOnItsFieldAndAGoodOneOpensItsPage() {
        navigate(PrivacyView.class);
        Select<DataSubjectRequests.Kind> kind = find(Select.class).id("privacy-kind");
        TextField name = find(TextField.class).id("privacy-subject-name");
        EmailField email = find(EmailField.class).id("privacy-email");
        kind.setValue(DataSubjectRequests.Kind.ACCESS);
        test(name).setValue("Sizwe Mthembu");
        test(email).setValue("sizwe@");

        test(find(Button.class).id("privacy-register")).click();

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Enter an email address such as name@example.org.");
        assertThat(name.getValue()).isEqualTo("Sizwe Mthembu");

        test(email).setValue("sizwe@example.org");
        test(find(DatePicker.class).id("privacy-received-on")).setValue(LocalDate.now().minusDays(1));
        test(find(Button.class).id("privacy-register")).click();

        assertThat(find(H1.class).id("privacy-request-heading").getText()).matches("POPIA-\\d{4}-\\d{4}: Sizwe Mthembu");
        Grid<?> steps = find(Grid.class).id("privacy-steps");
        assertThat(test(steps).size()).isEqualTo(2); // registered, records looked up
    }

    @Test
    @WithPortalUser(username = "kzn-transport.official", department = "kzn-transport", roles = "dept-user")
    void anOfficialCannotOpenThePrivacyPage() {
        navigate("privacy", NotFoundView.class);

        assertThat(find(H1.class).id("not-found-heading").getText()).isEqualTo("Not found");
    }

    @Test
    @WithPortalUser(username = "dpsa.superadmin", department = "", roles = "dpsa-admin")
    void dpsaSeesTheRetentionRulesButRegistersNoRequests() {
        navigate(PrivacyView.class);

        assertThat(find(Grid.class).withId("privacy-rules").exists()).isTrue();
        assertThat(find(Button.class).id("privacy-run-retention").getText())
                .isEqualTo("Run retention now for every department");
        assertThat(find(TextField.class).withId("privacy-subject-name").exists()).isFalse();
    }
}
