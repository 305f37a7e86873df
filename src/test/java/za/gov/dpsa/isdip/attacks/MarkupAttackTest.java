package za.gov.dpsa.isdip.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;

import za.gov.dpsa.isdip.cases.internal.CaseDetails;
import za.gov.dpsa.isdip.cases.internal.CasePriority;
import za.gov.dpsa.isdip.cases.internal.CaseService;
import za.gov.dpsa.isdip.cases.internal.CitizenDetails;
import za.gov.dpsa.isdip.cases.internal.EscalationService;
import za.gov.dpsa.isdip.cases.internal.EscalationState;
import za.gov.dpsa.isdip.cases.internal.NewCase;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.privacy.internal.DataSubjectRequests;
import za.gov.dpsa.isdip.standards.internal.RegisteredService;
import za.gov.dpsa.isdip.standards.internal.ServiceRegister;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.support.WithPortalUser;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * Stored cross-site scripting: markup typed into every free-text field of a case, its comment, an attachment's file
 * name, its escalation and DPSA's reply, a citizen's name, a POPIA request and a registered service, then shown in each view that displays
 * it, to the department and to DPSA. Every value must reach the page as text (a text node or a property the
 * component escapes), never as markup: no element's inner HTML holds it and no element was made from it.
 */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "za.gov.dpsa.isdip")
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class MarkupAttackTest extends SpringBrowserlessTest {

    static final PortalUser OFFICIAL = TestUsers.user("ec-social-development.official", "ec-social-development",
            "dept-user", "dept-admin");
    static final PortalUser DPSA = TestUsers.user("dpsa.superadmin", null, "dpsa-admin");
    static final String MARKER = "xss-probe";

    static String payload(String field) {
        return "Grant queue <img src=x onerror=\"alert('" + MARKER + "-" + field + "')\"><script>" + MARKER
                + "</script><a href=\"javascript:alert(1)\">" + MARKER + "</a>";
    }

    @Autowired
    CaseService cases;
    @Autowired
    EscalationService escalations;
    @Autowired
    DataSubjectRequests privacy;
    @Autowired
    ServiceRegister services;

    @Test
    @WithPortalUser(username = "ec-social-development.official", department = "ec-social-development",
            roles = {"dept-user", "dept-admin"})
    void markupInEveryFreeTextFieldIsShownAsTextToTheDepartment() {
        Seeded seeded = seed();
        List<String> shown = new ArrayList<>();

        shown.addAll(visit("cases/" + seeded.reference()));
        shown.addAll(visit("cases"));
        shown.addAll(visit("privacy/" + seeded.privacyReference()));
        shown.addAll(visit("standards/services"));
        shown.addAll(visit(""));

        assertThat(shown).as("pages that showed the typed markup as text").contains("cases/" + seeded.reference());
    }

    @Test
    @WithPortalUser(username = "dpsa.superadmin", department = "", roles = "dpsa-admin")
    void markupInAnEscalationIsShownAsTextToDpsa() {
        Seeded seeded = seed();
        List<String> shown = new ArrayList<>();

        shown.addAll(visit("dpsa/escalations/" + seeded.escalation()));
        shown.addAll(visit("dpsa/escalations"));
        shown.addAll(visit("dpsa"));

        assertThat(shown).as("pages that showed the typed markup as text")
                .contains("dpsa/escalations/" + seeded.escalation());
    }

    record Seeded(String reference, long escalation, String privacyReference) {
    }

    private Seeded seed() {
        String reference = TestUsers.callAs(OFFICIAL, () -> {
            long id = cases.create(new NewCase(payload("title"), payload("description"),
                    Mechanism.SERVICE_STANDARDS, null, payload("servicepoint"), CasePriority.HIGH,
                    new CitizenDetails("Lindiwe <b onmouseover=alert(1)>" + MARKER + "</b>", null, "0821234567",
                            null)));
            cases.comment(id, payload("comment"), true);
            // A file name is shown in the case's attachment list and offered as the download's name.
            assertThat(cases.attach(id, "<img src=x onerror=alert('" + MARKER + "')>.pdf",
                    "%PDF-1.7 minimal".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).accepted()).isTrue();
            CaseDetails details = cases.details(id);
            cases.escalate(id, details.version(), payload("reason"), true);
            services.add(new RegisteredService.Input("Social grants <svg onload=alert(1)>" + MARKER
                    + " " + id, payload("recipients")));
            return details.reference();
        });
        String privacyReference = TestUsers.callAs(OFFICIAL, () -> privacy.open(new DataSubjectRequests.NewRequest(
                DataSubjectRequests.Kind.ACCESS, "Sipho <i>" + MARKER + "</i>", null, "sipho@example.org", null,
                LocalDate.now(ZoneId.of("Africa/Johannesburg")))).reference());
        long escalation = TestUsers.callAs(DPSA, () -> {
            long escalationId = escalations.queue(EnumSet.allOf(EscalationState.class), "ec-social-development")
                    .stream().filter(e -> e.caseReference().equals(reference)).findFirst().orElseThrow().id();
            escalations.reply(escalationId, payload("reply"));
            return escalationId;
        });
        return new Seeded(reference, escalation, privacyReference);
    }

    /** Opens the view and checks every element; returns the address when the markup was shown as text. */
    private List<String> visit(String address) {
        com.vaadin.flow.component.UI.getCurrent().navigate(address);
        Element view = ((com.vaadin.flow.component.Component) getCurrentView()).getElement();
        List<String> unsafe = new ArrayList<>();
        check(UI.getCurrent().getElement(), unsafe);
        check(view, unsafe);
        assertThat(unsafe).as(address).isEmpty();
        String text = view.getTextRecursively();
        return text.contains("onerror=\"alert('" + MARKER) ? List.of(address) : List.of();
    }

    private static void check(Element element, List<String> unsafe) {
        if (element.isTextNode()) {
            return; // text, by definition: what the browser shows as typed
        }
        String tag = element.getTag() == null ? "" : element.getTag().toLowerCase();
        if (List.of("script", "img", "svg", "iframe", "object", "embed").contains(tag)
                && String.valueOf(element.getOuterHTML()).contains(MARKER)) {
            unsafe.add("element <" + tag + "> made from typed text");
        }
        for (String property : element.getPropertyNames().toList()) {
            if (property.equalsIgnoreCase("innerHTML") && String.valueOf(element.getProperty(property)).contains(MARKER)) {
                unsafe.add("innerHTML of <" + tag + "> holds typed markup");
            }
        }
        for (String attribute : element.getAttributeNames().toList()) {
            String value = String.valueOf(element.getAttribute(attribute));
            if (attribute.toLowerCase().startsWith("on") && value.contains(MARKER)) {
                unsafe.add("event handler attribute " + attribute + " on <" + tag + ">");
            }
            if ((attribute.equals("href") || attribute.equals("src")) && value.toLowerCase().startsWith("javascript:")) {
                unsafe.add(attribute + "=javascript: on <" + tag + ">");
            }
        }
        element.getChildren().forEach(child -> check(child, unsafe));
    }
}
