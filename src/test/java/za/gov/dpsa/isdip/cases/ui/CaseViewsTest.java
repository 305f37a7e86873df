package za.gov.dpsa.isdip.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;

import za.gov.dpsa.isdip.cases.internal.CaseFilter;
import za.gov.dpsa.isdip.cases.internal.CasePriority;
import za.gov.dpsa.isdip.cases.internal.CaseService;
import za.gov.dpsa.isdip.cases.internal.CaseStatus;
import za.gov.dpsa.isdip.cases.internal.CitizenAccess;
import za.gov.dpsa.isdip.cases.internal.CitizenDetails;
import za.gov.dpsa.isdip.cases.internal.EscalationService;
import za.gov.dpsa.isdip.cases.internal.NewCase;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.platform.AuditTrail;
import za.gov.dpsa.isdip.platform.SecurityEvents;
import za.gov.dpsa.isdip.platform.ui.NotFoundView;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.support.WithPortalUser;

/**
 * The case views as an official uses them: the form's checks, the bookmarkable list, not-found ids (recorded as
 * security events), citizen details shown only on request (with a reason for officials not on the case), and DPSA's
 * escalation view, which holds nothing of a shared citizen until DPSA asks.
 */
@SpringBootTest
@ActiveProfiles("test")
// Every test class sees all the portal's routes (the default is the test's own package, cached per JVM).
@ViewPackages(packages = "za.gov.dpsa.isdip")
// Browserless Vaadin keeps some state per JVM that follows the newest application context; a context of its own,
// started for this class, keeps another test class's context from getting in the way.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@WithPortalUser(username = "kzn-transport.official", department = "kzn-transport", roles = "dept-user")
class CaseViewsTest extends SpringBrowserlessTest {

    static final za.gov.dpsa.isdip.tenancy.PortalUser AUTHOR = TestUsers.user("kzn-transport.author", "kzn-transport",
            "dept-user");
    static final za.gov.dpsa.isdip.tenancy.PortalUser DPSA = TestUsers.user("dpsa.superadmin", null, "dpsa-admin");

    @Autowired
    CaseService cases;
    @Autowired
    EscalationService escalations;
    @Autowired
    SecurityEvents securityEvents;
    @Autowired
    AuditTrail auditTrail;

    @Test
    void theFormRefusesBadInputWithAClearMessageAndKeepsWhatWasTyped() {
        long before = cases.count(CaseFilter.none());
        NewCaseView form = navigate(NewCaseView.class);
        test(form.title).setValue("Hi");
        test(form.description).setValue("Licences are issued late at the Pietermaritzburg testing centre.");
        form.category.setValue(Mechanism.SERVICE_STANDARDS);

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
        form.category.setValue(Mechanism.COMPLAINTS_MANAGEMENT);
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
        form.category.setValue(Mechanism.SERVICE_STANDARDS);
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
    void theCsvOfTheCaseListWritesAFormulaTitleAsText() {
        navigate(CaseListView.class);
        za.gov.dpsa.isdip.cases.internal.CaseSummary row = new za.gov.dpsa.isdip.cases.internal.CaseSummary(1, "KZNDOT-2026-000001",
                "=HYPERLINK(\"http://evil.example\",\"Open\")", Mechanism.SDIP, CasePriority.LOW, CaseStatus.NEW,
                "@admin", java.time.Instant.parse("2026-04-01T08:00:00Z"), java.time.Instant.parse("2026-04-08T08:00:00Z"),
                false, false);

        String csv = new String(CaseCsv.write(java.util.List.of(row), (com.vaadin.flow.component.Component) getCurrentView()),
                java.nio.charset.StandardCharsets.UTF_8);

        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Open\"\")\"").contains("\"'@admin\"");
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
    @WithPortalUser(username = "kzn-transport.wanderer", department = "kzn-transport", roles = "dept-user")
    void anotherDepartmentsCaseIsNotFoundByItsAddressAndEachRefusalIsRecordedOnce() {
        String[] elsewhere = new String[1];
        za.gov.dpsa.isdip.support.TestUsers.runAs(za.gov.dpsa.isdip.support.TestUsers.user("wc-education.official",
                "wc-education", "dept-user"), () -> elsewhere[0] = cases.details(cases.create(
                new za.gov.dpsa.isdip.cases.internal.NewCase("Learner transport late in Worcester",
                        "Buses arrive an hour late on the Worcester route.", Mechanism.SERVICE_STANDARDS, null,
                        null, CasePriority.MEDIUM, null))).reference());

        navigate("cases/" + elsewhere[0], NotFoundView.class);
        navigate("cases/KZNDOT-2026-999999", NotFoundView.class);
        navigate("cases/987654321", NotFoundView.class);

        // The case look-ups are recorded by the service (not again by the "not found" page); an address no view
        // answers is recorded by the page.
        List<SecurityEvents.Event> events = TestUsers.callAs(DPSA,
                () -> securityEvents.recent("kzn-transport.wanderer"));
        Map<SecurityEvents.Kind, Long> byKind = events.stream().collect(Collectors.groupingBy(
                SecurityEvents.Event::kind, Collectors.summingLong(SecurityEvents.Event::refusals)));
        assertThat(byKind).containsExactlyInAnyOrderEntriesOf(Map.of(SecurityEvents.Kind.NOT_FOUND, 2L,
                SecurityEvents.Kind.ADDRESS_NOT_FOUND, 1L));
        assertThat(events.stream().flatMap(e -> java.util.stream.Stream.of(e.firstAsked(), e.lastAsked())))
                .contains("case " + elsewhere[0], "case KZNDOT-2026-999999", "cases/987654321");
        assertThat(events).allSatisfy(e -> assertThat(e.departmentId()).isEqualTo("kzn-transport"));
    }

    @Test
    @WithPortalUser(username = "dpsa.superadmin", department = "", roles = "dpsa-admin")
    void dpsaSeesNothingOfASharedCitizenUntilItShowsTheDetailsAndTheShowingIsLoggedTwice() {
        CitizenDetails citizen = new CitizenDetails("Nokuthula Shabalala", null, "+27 33 555 0142",
                "nokuthula@example.org");
        long[] id = new long[1];
        String[] reference = new String[1];
        TestUsers.runAs(AUTHOR, () -> {
            id[0] = cases.create(new NewCase("Licence renewal complaint for DPSA",
                    "The complainant was sent away three times.", Mechanism.COMPLAINTS_MANAGEMENT, null, null,
                    CasePriority.HIGH, citizen));
            reference[0] = cases.details(id[0]).reference();
            cases.escalate(id[0], cases.details(id[0]).version(), "The complainant wrote to the Minister", true);
        });
        long escalation = escalations.queue(Set.of(), "kzn-transport").stream()
                .filter(e -> e.caseReference().equals(reference[0])).findFirst().orElseThrow().id();

        navigate("dpsa/escalations/" + escalation, EscalationView.class);

        assertThat(pageText()).contains("Licence renewal complaint for DPSA")
                .doesNotContain(citizen.fullName()).doesNotContain(citizen.phone()).doesNotContain(citizen.email());
        assertThat(find(Button.class).id("escalation-citizen-show").getText()).isEqualTo("Show citizen's details");
        assertThat(TestUsers.callAs(AUTHOR, () -> cases.citizenAccessLog(id[0]))).isEmpty();

        test(find(Button.class).id("escalation-citizen-show")).click();

        assertThat(find(Div.class).id("escalation-citizen-details").getElement().getTextRecursively())
                .contains(citizen.fullName(), citizen.phone(), citizen.email());
        assertThat(auditTrail.search(reference[0], AuditTrail.VIEW_PERSONAL_INFORMATION, null, null)).singleElement()
                .satisfies(e -> assertThat(e.username()).isEqualTo("dpsa.superadmin"));
        assertThat(TestUsers.callAs(AUTHOR, () -> cases.citizenAccessLog(id[0]))).singleElement()
                .satisfies(a -> assertThat(a.basis()).isEqualTo(CitizenAccess.DPSA));
    }

    @Test
    void anOfficialNotOnTheCaseStatesAReasonBeforeTheDetailsAreShown() {
        long id = caseWithCitizen("Taxi rank signage complaint", "Bongani Mthethwa");
        String reference = TestUsers.callAs(AUTHOR, () -> cases.details(id).reference());

        navigate("cases/" + reference, CaseView.class);
        TextArea reason = find(TextArea.class).id("case-citizen-reason");
        test(find(Button.class).id("case-citizen-show")).click();

        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo(
                "Say why you need these details, in at least 10 characters: your reason is kept in the access log.");
        assertThat(pageText()).doesNotContain("Bongani Mthethwa");

        test(reason).setValue("Answering the complainant's call at the front desk");
        test(find(Button.class).id("case-citizen-show")).click();

        assertThat(find(Div.class).id("case-citizen-details").getElement().getTextRecursively())
                .contains("Bongani Mthethwa");
        assertThat(find(UnorderedList.class).id("case-citizen-access-log").getElement().getTextRecursively())
                .contains("kzn-transport.official").contains("another official, with the reason given")
                .contains("Answering the complainant's call at the front desk");
    }

    @Test
    void takingAnUnassignedCaseShowsNoCitizenDetailsUntilTheyAreAskedFor() {
        long id = caseWithCitizen("Driving licence card not delivered", "Ayanda Khumalo");
        String reference = TestUsers.callAs(AUTHOR, () -> cases.details(id).reference());

        navigate("cases/" + reference, CaseView.class);
        test(find(Button.class).id("case-action-take")).click();

        assertThat(TestUsers.callAs(AUTHOR, () -> cases.details(id)).assignee()).isEqualTo("kzn-transport.official");
        assertThat(pageText()).doesNotContain("Ayanda Khumalo");
        assertThat(find(TextArea.class).withId("case-citizen-reason").exists()).as("no reason asked of the assignee")
                .isFalse();
        assertThat(TestUsers.callAs(AUTHOR, () -> cases.citizenAccessLog(id))).isEmpty();

        test(find(Button.class).id("case-citizen-show")).click();

        assertThat(pageText()).contains("Ayanda Khumalo");
        assertThat(find(UnorderedList.class).id("case-citizen-access-log").getElement().getTextRecursively())
                .contains("kzn-transport.official").contains("assignee (Case work)");
    }

    private long caseWithCitizen(String title, String name) {
        return TestUsers.callAs(AUTHOR, () -> cases.create(new NewCase(title,
                "Reported by the citizen at the licensing office.", Mechanism.COMPLAINTS_MANAGEMENT, null, null,
                CasePriority.MEDIUM, new CitizenDetails(name, null, "+27 31 555 0100", null))));
    }

    /** Every text, attribute and property of the page as the server holds it: what could reach the browser. */
    static String pageText() {
        StringBuilder all = new StringBuilder();
        // The UI's own element holds no children here: the router's content hangs from its components.
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        collect(ui.getElement(), all);
        ui.getChildren().forEach(child -> collect(child.getElement(), all));
        assertThat(all.toString()).as("the page's text was collected").contains("ISDIP");
        return all.toString();
    }

    private static void collect(com.vaadin.flow.dom.Element element, StringBuilder all) {
        all.append(element.getText()).append('\n');
        element.getAttributeNames().forEach(name -> all.append(element.getAttribute(name)).append('\n'));
        element.getPropertyNames().forEach(name -> all.append(element.getPropertyRaw(name)).append('\n'));
        element.getChildren().forEach(child -> collect(child, all));
    }

    @Test
    void theHomeCardsTrendHasALegendAndItsTwelveWeeksAsATable() {
        navigate(za.gov.dpsa.isdip.platform.ui.HomeView.class);

        Div trend = find(Div.class).id("case-trend");
        Details table = trend.getChildren().filter(Details.class::isInstance).map(Details.class::cast).findFirst()
                .orElseThrow();
        assertThat(table.isOpened()).isFalse();
        assertThat(table.getSummaryText()).isEqualTo("Show as a table");
        Element body = table.getContent().findFirst().orElseThrow().getElement().getChild(0)
                .getChild(2);
        assertThat(body.getChildCount()).isEqualTo(12);
        assertThat(body.getChild(0).getChild(0).getText()).matches("\\d{4}-\\d{2}-\\d{2}");
        String text = trend.getElement().getTextRecursively();
        assertThat(text).contains("Week starting").contains("Opened").contains("Resolved");
        assertThat(text).doesNotContain("Green:");
    }
}
