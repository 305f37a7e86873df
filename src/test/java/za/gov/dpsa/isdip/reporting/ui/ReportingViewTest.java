package za.gov.dpsa.isdip.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import za.gov.dpsa.isdip.reporting.ReportingPeriods;
import za.gov.dpsa.isdip.reporting.internal.ReportingTestAccess;
import za.gov.dpsa.isdip.support.WithPortalUser;

/** The department's report page: a bad figure is refused on its field and nothing typed is lost. */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "za.gov.dpsa.isdip")
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@org.springframework.context.annotation.Import(za.gov.dpsa.isdip.reporting.internal.TestFigures.class)
class ReportingViewTest extends SpringBrowserlessTest {

    @Autowired
    ReportingPeriods periods;

    @BeforeEach
    void periodIsOpen() {
        ReportingTestAccess.currentQuarter(periods);
    }

    @Test
    @WithPortalUser(username = "del.reporter", department = "del", roles = {"dept-user", "dept-reporter"})
    void aFigureThatIsNotANumberIsRefusedOnItsFieldAndTheNarrativeStays() {
        navigate(ReportingView.class);
        // A figure the reporting officer enters by hand (a test figure: the modules count every real one).
        TextField sops = find(TextField.class).id("manual-test-manualPercent");
        TextArea narrative = find(TextArea.class).id("narrative-advocacy-activities");
        test(sops).setValue("four");
        test(narrative).setValue("Public Service Month events at three offices.");

        test(find(Button.class).id("report-save")).click();

        assertThat(sops.isInvalid()).isTrue();
        assertThat(sops.getErrorMessage()).isEqualTo("This is not a number.");
        assertThat(sops.getValue()).isEqualTo("four");
        assertThat(narrative.getValue()).isEqualTo("Public Service Month events at three offices.");
    }

    @Test
    @WithPortalUser(username = "gp-health.reporter", department = "gp-health", roles = {"dept-user", "dept-reporter"})
    void nothingIsSubmittedWhenWhatWasTypedCouldNotBeSaved() {
        navigate(ReportingView.class);
        test(find(TextField.class).id("manual-test-manualPercent")).setValue("60 percent");

        test(find(Button.class).id("report-submit")).click();

        assertThat(find(TextField.class).id("manual-test-manualPercent").isInvalid()).isTrue();
        assertThat(reports.history(periods.all().getFirst().id())).isEmpty();
        assertThat(find(Button.class).id("report-submit").isEnabled()).isTrue();
    }

    @Autowired
    za.gov.dpsa.isdip.reporting.internal.DepartmentReports reports;

    @Test
    @WithPortalUser(username = "del.official", department = "del", roles = "dept-user")
    void anOfficialReadsTheReportButOnlyTheReportingOfficerSubmits() {
        navigate(ReportingView.class);

        assertThat(find(Button.class).withId("report-submit").exists()).isFalse();
        assertThat(find(TextArea.class).id("narrative-cases-opened").isReadOnly()).isTrue();
    }

    @Test
    @WithPortalUser(username = "dpsa.superadmin", department = "", roles = "dpsa-admin")
    void theConsolesTrendIsAChartWithItsFiguresAsATableInTheOfficialsLanguage() {
        navigate(za.gov.dpsa.isdip.platform.ui.HomeView.class);
        UI.getCurrent().setLocale(Locale.of("af", "ZA"));
        navigate(ReportingConsoleView.class);

        Div trend = find(Div.class).id("report-trend");
        Details table = (Details) trend.getChildren().filter(Details.class::isInstance).findFirst().orElseThrow();
        assertThat(table.isOpened()).isFalse();
        assertThat(table.getSummaryText()).isEqualTo("Wys as tabel");
        String text = trend.getElement().getTextRecursively();
        assertThat(text).contains("nasionale syfer per verslagdoeningstydperk").contains("Verslagdoeningstydperk")
                .contains(ReportingTestAccess.currentQuarter(periods).label());
    }
}
