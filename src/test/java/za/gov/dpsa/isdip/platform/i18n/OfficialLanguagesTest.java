package za.gov.dpsa.isdip.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;

import za.gov.dpsa.isdip.advocacy.ui.AdvocacyView;
import za.gov.dpsa.isdip.cases.ui.CaseListView;
import za.gov.dpsa.isdip.cases.ui.NewCaseView;
import za.gov.dpsa.isdip.platform.data.platform.LanguagePreferenceEntity;
import za.gov.dpsa.isdip.platform.data.platform.LanguagePreferenceRepository;
import za.gov.dpsa.isdip.platform.ui.HomeView;
import za.gov.dpsa.isdip.reporting.ui.ReportingView;
import za.gov.dpsa.isdip.standards.ui.StandardsView;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.support.WithPortalUser;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantWork;
import za.gov.dpsa.isdip.training.ui.TrainingView;

/**
 * An official reads the portal in English, isiZulu or Afrikaans: the header offers the three, the choice is kept
 * with the account and applied at the next sign-in, a stored language the portal no longer offers falls back to
 * English and says so once, and no page shows a raw message key in any language.
 */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "za.gov.dpsa.isdip")
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class OfficialLanguagesTest extends SpringBrowserlessTest {

    static final Locale ISIZULU = Locale.of("zu", "ZA");
    static final Locale AFRIKAANS = Locale.of("af", "ZA");
    /** What the portal shows for a key no language has. */
    static final Pattern RAW_KEY = Pattern.compile("![a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+)+");

    @Autowired
    PortalTranslations translations;
    @Autowired
    LanguagePreferences preferences;
    @Autowired
    LanguagePreferenceRepository stored;
    @Autowired
    TenantWork tenantWork;
    @Autowired
    LanguageAtSignIn atSignIn;

    @Test
    void theThreeOfficialLanguagesAreOfferedEnglishFirst() {
        assertThat(translations.getProvidedLocales()).containsExactly(PortalTranslations.ENGLISH, AFRIKAANS, ISIZULU);
        assertThat(translations.getTranslation("nav.cases", ISIZULU)).isEqualTo("Amakesi");
        assertThat(translations.getTranslation("nav.cases", AFRIKAANS)).isNotEqualTo("Cases");
        // A language the portal does not have is shown in English, never in the server's own language.
        assertThat(translations.getTranslation("nav.cases", Locale.of("xh", "ZA"))).isEqualTo("Cases");
        assertThat(translations.getTranslation("header.signedInAs", AFRIKAANS, "Thabo")).isEqualTo("Aangemeld as Thabo");
        assertThat(translations.getTranslation("no.such.key", ISIZULU)).isEqualTo("!no.such.key");
    }

    @Test
    @WithPortalUser(username = "dha.language", department = "dha", roles = "dept-user")
    @SuppressWarnings("unchecked")
    void theHeaderOffersEachLanguageInItsOwnNameAndTheChoiceIsKeptForTheNextSignIn() {
        navigate(HomeView.class);
        Select<Locale> language = (Select<Locale>) find(Select.class).id("header-language");
        assertThat(language.getListDataView().getItems().map(LanguageSelect::ownName))
                .containsExactly("English", "Afrikaans", "isiZulu");
        assertThat(language.getValue()).isEqualTo(PortalTranslations.ENGLISH);

        test(language).selectItem("isiZulu");

        PortalUser official = PortalUser.current().orElseThrow();
        assertThat(preferences.stored(official)).contains("zu-ZA");
        // The next sign-in: a new session, in the browser's language until the stored one is applied.
        UI.getCurrent().getSession().setAttribute(LanguageAtSignIn.APPLIED, null);
        UI.getCurrent().getSession().setLocale(PortalTranslations.ENGLISH);
        UI.getCurrent().setLocale(PortalTranslations.ENGLISH);
        atSignIn.apply(UI.getCurrent());
        assertThat(UI.getCurrent().getLocale()).isEqualTo(ISIZULU);
        navigate(HomeView.class);
        assertThat(UI.getCurrent().getTranslation("nav.cases")).isEqualTo("Amakesi");
    }

    @Test
    @WithPortalUser(username = "dha.xhosa", department = "dha", roles = "dept-user")
    void aStoredLanguageThePortalDoesNotOfferFallsBackToEnglishAndSaysSoOnce() {
        TestUsers.runAs(TestUsers.user("dha.xhosa", "dha", "dept-user"), () -> tenantWork.inPlatform(() ->
                stored.save(new LanguagePreferenceEntity("dha.xhosa", "xh-ZA", java.time.Instant.now()))));
        navigate(HomeView.class);
        UI.getCurrent().getSession().setAttribute(LanguageAtSignIn.APPLIED, null);
        UI.getCurrent().setLocale(ISIZULU);

        atSignIn.apply(UI.getCurrent());
        atSignIn.apply(UI.getCurrent());
        runPendingAccess();

        assertThat(UI.getCurrent().getLocale()).isEqualTo(PortalTranslations.ENGLISH);
        assertThat($(Notification.class).all()).singleElement()
                .satisfies(n -> assertThat(test(n).getText()).contains("(xh-ZA)").contains("English"));
    }

    @Test
    @WithPortalUser(username = "dha.reader", department = "dha", roles = {"dept-user", "dept-reporter"})
    void noPageShowsARawKeyInAnyLanguage() {
        List<String> raw = new ArrayList<>();
        for (Locale language : translations.getProvidedLocales()) {
            UI.getCurrent().getSession().setLocale(language);
            UI.getCurrent().setLocale(language);
            for (Class<? extends Component> view : List.of(HomeView.class, CaseListView.class, NewCaseView.class,
                    AdvocacyView.class, StandardsView.class, TrainingView.class, ReportingView.class)) {
                navigate(view);
                // The page as the user sees it: the view inside the shell's layout (header, navigation).
                Component page = (Component) getCurrentView();
                while (page.getParent().isPresent() && !(page.getParent().get() instanceof UI)) {
                    page = page.getParent().get();
                }
                collectRawKeys(page.getElement(), language + " " + view.getSimpleName(), raw);
            }
        }
        assertThat(raw).isEmpty();
    }

    private void runPendingAccess() {
        UI.getCurrent().getSession().getService().runPendingAccessTasks(UI.getCurrent().getSession());
    }

    private static void collectRawKeys(Element element, String where, List<String> raw) {
        List<String> texts = new ArrayList<>();
        if (element.isTextNode()) {
            texts.add(element.getText());
        }
        for (String property : List.of("label", "placeholder", "helperText", "title", "text", "errorMessage")) {
            texts.add(element.getProperty(property, ""));
        }
        texts.add(element.getAttribute("aria-label") == null ? "" : element.getAttribute("aria-label"));
        texts.stream().filter(t -> RAW_KEY.matcher(t).find()).forEach(t -> raw.add(where + ": " + t));
        element.getChildren().forEach(child -> collectRawKeys(child, where, raw));
    }
}
