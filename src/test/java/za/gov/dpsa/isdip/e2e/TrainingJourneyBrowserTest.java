package za.gov.dpsa.isdip.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Training from end to end: the trainer writes and publishes a course, an official takes it to completion, and
 * anyone, without signing in, verifies the certificate code (and a forged one is not valid).
 */
class TrainingJourneyBrowserTest extends BrowserTestBase {

    private static final String PASSWORD = "isdip-demo";
    private static final String TITLE = "Service charters in practice";

    @Test
    void aTrainerPublishesAnOfficialCompletesAndTheCertificateVerifies() {
        // The trainer writes a course with one lesson and publishes it to every department.
        signIn("trainer.thandi", PASSWORD).open("training/courses");
        type(By.cssSelector("#course-title-field input"), TITLE);
        type(By.cssSelector("#course-summary-field textarea"), "What a service charter promises and how to keep it.");
        type(By.cssSelector("#course-audience-field input"), "Front-office officials");
        click(By.id("course-create"));
        waitForTextContent(By.id("course-status"), "Version 1, draft");
        type(By.cssSelector("#module-title input"), "Charters");
        click(By.id("module-add"));
        click(By.cssSelector("vaadin-button[id^='lesson-add-']"));
        type(By.cssSelector("#lesson-title-field input"), "What a charter promises");
        type(By.cssSelector("#lesson-body-field textarea"), "A charter states **standards** and the *redress* owed.");
        click(By.id("lesson-save"));
        waitForTextContent(By.id("course-modules"), "What a charter promises");
        click(By.id("course-publish"));
        waitForTextContent(By.id("course-status"), "Version 1, published");
        new PortalPage(driver).logout();
        new KeycloakLoginPage(driver).waitUntilShown();

        // An official enrols from the catalogue and completes the lesson.
        signIn("dpsa.official", PASSWORD).open("training/catalogue");
        click(By.cssSelector("vaadin-button[aria-label='Enrol: " + TITLE + "']"));
        waitForTextContent(By.id("lesson-title"), "What a charter promises");
        assertThat(textContentOf(By.cssSelector("#lesson strong"))).isEqualTo("standards");
        click(By.id("lesson-done"));
        waitForTextContent(By.id("course-complete"), "Completed on");
        String code = textContentOf(By.id("certificate-code")).replaceFirst(".*: ", "").strip();
        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(driver.findElement(By.id("certificate-download")).getAttribute("href")).isNotBlank();
        new PortalPage(driver).logout();
        new KeycloakLoginPage(driver).waitUntilShown();

        // Anyone verifies the code without signing in: name, course and date only.
        driver.get(PORTAL + "/verify");
        type(By.cssSelector("#verify-code input"), code.toLowerCase());
        click(By.id("verify-button"));
        waitForTextContent(By.id("verify-result"), "This certificate is valid.");
        String result = textContentOf(By.id("verify-result"));
        assertThat(result).contains("Lerato Mokoena").contains(TITLE).contains("Completed on:");
        assertThat(new KeycloakLoginPage(driver).isShown()).isFalse();

        // A forged code: not valid, and nothing else.
        String forged = code.substring(0, code.length() - 1) + (code.endsWith("A") ? "B" : "A");
        driver.get(PORTAL + "/verify/" + forged);
        waitForTextContent(By.id("verify-result"), "This code is not valid.");
        assertThat(textContentOf(By.id("verify-result"))).isEqualTo("This code is not valid.");
    }

}
