package za.gov.dpsa.isdip.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.H1;

import za.gov.dpsa.isdip.cases.CaseCategory;
import za.gov.dpsa.isdip.cases.CaseFilter;
import za.gov.dpsa.isdip.cases.CasePriority;
import za.gov.dpsa.isdip.cases.CaseService;
import za.gov.dpsa.isdip.cases.CaseStatus;
import za.gov.dpsa.isdip.platform.ui.NotFoundView;
import za.gov.dpsa.isdip.support.WithPortalUser;

/** The case views as an official uses them: the form's checks, the bookmarkable list, not-found ids. */
@SpringBootTest
@ActiveProfiles("test")
// Every test class sees all the portal's routes (the default is the test's own package, cached per JVM).
@ViewPackages(packages = "za.gov.dpsa.isdip")
// Browserless Vaadin keeps some state per JVM that follows the newest application context; a context of its own,
// started for this class, keeps another test class's context from getting in the way.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@WithPortalUser(username = "kzn-transport.official", department = "kzn-transport", roles = "dept-user")
class CaseViewsTest extends SpringBrowserlessTest {

    @Autowired
    CaseService cases;

    @Test
    void theFormRefusesBadInputWithAClearMessageAndKeepsWhatWasTyped() {
        long before = cases.count(CaseFilter.none());
        NewCaseView form = navigate(NewCaseView.class);
        test(form.title).setValue("Hi");
        test(form.description).setValue("Licences are issued late at the Pietermaritzburg testing centre.");
        form.category.setValue(CaseCategory.SERVICE_STANDARDS);

        test(form.save).click();

        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("This is too short.");
        assertThat(form.description.getValue()).startsWith("Licences are issued late");
        assertThat(cases.count(CaseFilter.none())).isEqualTo(before);
        assertThat(getCurrentView()).isInstanceOf(NewCaseView.class);
    }

    @Test
    void citizenDetailsNeedAWayToContactTheCitizen() {
        NewCaseView form = navigate(NewCaseView.class);
        test(form.title).setValue("Complaint about driving licence test booking");
        test(form.description).setValue("The complainant could not book a test for three months.");
        form.category.setValue(CaseCategory.COMPLAINTS_MANAGEMENT);
        test(form.citizenInvolved).click();
        test(form.citizenName).setValue("Lindani Cele");

        test(form.save).click();

        assertThat(form.citizenPhone.isInvalid()).isTrue();
        assertThat(form.citizenPhone.getErrorMessage()).contains("phone number or an email address");
        assertThat(form.citizenName.getValue()).isEqualTo("Lindani Cele");
    }

    @Test
    void aValidCaseIsSavedAndOpened() {
        NewCaseView form = navigate(NewCaseView.class);
        test(form.title).setValue("Testing centre queue above the service standard");
        test(form.description).setValue("Average waiting time measured at 3 hours against a standard of 1 hour.");
        form.category.setValue(CaseCategory.SERVICE_STANDARDS);
        form.priority.setValue(CasePriority.HIGH);

        test(form.save).click();

        assertThat(getCurrentView()).isInstanceOf(CaseView.class);
        assertThat(find(H1.class).id("case-heading").getText())
                .matches("KZNDOT-\\d{4}-\\d{6} Testing centre queue above the service standard");
    }

    @Test
    void aFilteredListCanBeBookmarked() {
        com.vaadin.flow.component.UI.getCurrent().navigate(CaseListView.class,
                com.vaadin.flow.router.QueryParameters.fromString(
                        "status=NEW,ASSIGNED,BOGUS&priority=CRITICAL&q=licence&breached=true&from=not-a-date"));
        CaseListView list = (CaseListView) getCurrentView();

        assertThat(list.filter().statuses()).isEqualTo(Set.of(CaseStatus.NEW, CaseStatus.ASSIGNED));
        assertThat(list.filter().priorities()).containsExactly(CasePriority.CRITICAL);
        assertThat(list.filter().text()).isEqualTo("licence");
        assertThat(list.filter().breachedOnly()).isTrue();
        assertThat(list.filter().from()).isNull();
    }

    @Test
    void anAddressWithAnImpossibleDateOpensTheListAndSaysWhatItLeftOut() {
        com.vaadin.flow.component.UI.getCurrent().navigate(CaseListView.class,
                com.vaadin.flow.router.QueryParameters.fromString("to=%2B999999999-12-31&priority=CRITICAL"));

        CaseListView list = (CaseListView) getCurrentView();
        assertThat(list.filter().to()).isNull();
        assertThat(list.filter().priorities()).containsExactly(CasePriority.CRITICAL);
        assertThat(test($(com.vaadin.flow.component.notification.Notification.class).single()).getText())
                .contains("left out of the filter").contains("Logged until");
    }

    @Test
    void anotherDepartmentsCaseIsNotFoundByItsAddress() {
        String[] elsewhere = new String[1];
        za.gov.dpsa.isdip.support.TestUsers.runAs(za.gov.dpsa.isdip.support.TestUsers.user("wc-education.official",
                "wc-education", "dept-user"), () -> elsewhere[0] = cases.details(cases.create(
                new za.gov.dpsa.isdip.cases.NewCase("Learner transport late in Worcester",
                        "Buses arrive an hour late on the Worcester route.", CaseCategory.SERVICE_STANDARDS, null,
                        null, CasePriority.MEDIUM, null))).reference());

        navigate("cases/" + elsewhere[0], NotFoundView.class);
        navigate("cases/KZNDOT-2026-999999", NotFoundView.class);
        navigate("cases/987654321", NotFoundView.class);
    }
}
