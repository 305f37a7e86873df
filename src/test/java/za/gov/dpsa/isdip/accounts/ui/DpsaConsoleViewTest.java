package za.gov.dpsa.isdip.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;

import za.gov.dpsa.isdip.support.WithPortalUser;

/** DPSA's department console: the departments, the logged way into one, onboarding with a first administrator. */
@SpringBootTest
@ActiveProfiles("test")
// Every test class sees all the portal's routes (the default is the test's own package, cached per JVM).
@ViewPackages(packages = "za.gov.dpsa.isdip")
// Browserless Vaadin keeps some state per JVM that follows the newest application context; a context of its own,
// started for this class, keeps another test class's context from getting in the way.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class DpsaConsoleViewTest extends SpringBrowserlessTest {

    @Test
    @WithPortalUser(username = "dpsa.superadmin", department = "", roles = "dpsa-admin")
    void aDpsaSuperAdminSeesEveryDepartmentInTheConsole() {
        navigate(DpsaConsoleView.class);

        assertThat(navigationLabels()).contains("DPSA console");
        @SuppressWarnings("unchecked")
        Grid<za.gov.dpsa.isdip.tenancy.Department> grid = find(Grid.class).id("dpsa-departments");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(7);
        assertThat(find(Paragraph.class).withTextContaining("departments on the platform").exists()).isTrue();
    }

    @Test
    @WithPortalUser(username = "dpsa.superadmin", department = "", roles = "dpsa-admin")
    void enteringADepartmentNeedsAReason() {
        navigate(DpsaConsoleView.class);
        @SuppressWarnings("unchecked")
        Grid<za.gov.dpsa.isdip.tenancy.Department> grid = find(Grid.class).id("dpsa-departments");
        test(grid).select(0);
        test(find(Button.class).id("enter-department")).click();

        TextArea reason = find(TextArea.class).id("enter-reason");
        test(reason).setValue("too short");
        test(find(Button.class).id("enter-confirm")).click();

        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give a reason of at least 10 characters.");
        assertThat(find(Dialog.class).single().isOpened()).isTrue();
    }

    @Test
    @WithPortalUser(username = "dpsa.superadmin", department = "", roles = "dpsa-admin")
    void onboardingFromTheConsoleRefusesAProvincialDepartmentWithoutProvinceOnThatField() {
        navigate(DpsaConsoleView.class);
        test(find(com.vaadin.flow.component.textfield.TextField.class).id("onboard-id")).setValue("fs-health");
        test(find(com.vaadin.flow.component.textfield.TextField.class).id("onboard-name"))
                .setValue("Free State Department of Health");
        test(find(com.vaadin.flow.component.textfield.TextField.class).id("onboard-short-code")).setValue("FSDOH");

        test(find(Button.class).id("onboard-button")).click();

        var province = find(com.vaadin.flow.component.combobox.ComboBox.class)
                .withCaption("Province").single();
        assertThat(province.isInvalid()).isTrue();
        assertThat(province.getErrorMessage()).isEqualTo("Choose the province of a provincial department.");
        assertThat(find(com.vaadin.flow.component.textfield.TextField.class).id("onboard-name").getValue())
                .isEqualTo("Free State Department of Health");
    }

    @Test
    @WithPortalUser(username = "dpsa.superadmin", department = "", roles = "dpsa-admin")
    void onboardingRefusesAShortCodeAnotherDepartmentUsesOnThatFieldInPlainWords() {
        navigate(DpsaConsoleView.class);
        test(find(com.vaadin.flow.component.textfield.TextField.class).id("onboard-id")).setValue("nat-home");
        test(find(com.vaadin.flow.component.textfield.TextField.class).id("onboard-name"))
                .setValue("National Department of Home Matters");
        test(find(com.vaadin.flow.component.textfield.TextField.class).id("onboard-short-code")).setValue("DHA");
        test(find(com.vaadin.flow.component.select.Select.class).withCaption("Sphere").single()).selectItem("National");
        test(find(com.vaadin.flow.component.textfield.EmailField.class).id("onboard-admin-email"))
                .setValue("head.of.it@home.example.gov.za");
        test(find(com.vaadin.flow.component.textfield.TextField.class).id("onboard-admin-first-name")).setValue("Anna");
        test(find(com.vaadin.flow.component.textfield.TextField.class).id("onboard-admin-last-name")).setValue("Smit");

        test(find(Button.class).id("onboard-button")).click();

        var shortCode = find(com.vaadin.flow.component.textfield.TextField.class).id("onboard-short-code");
        assertThat(shortCode.isInvalid()).isTrue();
        assertThat(shortCode.getErrorMessage()).isEqualTo("The short code DHA is already used by another department.");
        assertThat(find(com.vaadin.flow.component.textfield.TextField.class).id("onboard-id").isInvalid()).isFalse();
        assertThat(find(Dialog.class).exists()).isFalse();
    }

    @Test
    @WithPortalUser(username = "dpsa.superadmin", department = "", roles = "dpsa-admin")
    void onboardingRefusesABadFirstAdministratorAddressOnThatFieldBeforeCreatingAnything() {
        navigate(DpsaConsoleView.class);
        test(find(com.vaadin.flow.component.textfield.TextField.class).id("onboard-id")).setValue("nc-tourism");
        test(find(com.vaadin.flow.component.textfield.TextField.class).id("onboard-name"))
                .setValue("Northern Cape Department of Tourism");
        test(find(com.vaadin.flow.component.textfield.TextField.class).id("onboard-short-code")).setValue("NCDT");
        test(find(com.vaadin.flow.component.combobox.ComboBox.class).id("onboard-province"))
                .selectItem("Northern Cape");
        test(find(com.vaadin.flow.component.textfield.EmailField.class).id("onboard-admin-email"))
                .setValue("head of it");
        test(find(com.vaadin.flow.component.textfield.TextField.class).id("onboard-admin-first-name")).setValue("Anna");
        test(find(com.vaadin.flow.component.textfield.TextField.class).id("onboard-admin-last-name")).setValue("Smit");

        test(find(Button.class).id("onboard-button")).click();

        var email = find(com.vaadin.flow.component.textfield.EmailField.class).id("onboard-admin-email");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Enter a valid email address.");
        // No outcome to show: nothing was onboarded.
        assertThat(find(Dialog.class).exists()).isFalse();
    }

    private List<String> navigationLabels() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }
}
