package za.gov.dpsa.isdip.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.reporting.ReportingPeriods;
import za.gov.dpsa.isdip.reporting.internal.ReportingTestAccess;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * The main grids on a 1,366 × 900 laptop, the most common screen in departments: the case list's dates and references
 * and the reporting console's department names are shown in full, never cut with an ellipsis.
 */
class LaptopColumnsBrowserTest extends ScreenSizeBrowserTest {

    private static final String PASSWORD = "isdip-demo";
    private static final PortalUser DPSA = TestUsers.user("dpsa.superadmin", null, "dpsa-admin");

    @Autowired
    ReportingPeriods periods;

    @Override
    protected String windowSize() {
        return "1366,900";
    }

    @Test
    void onALaptopTheCaseListsDatesAndReferencesAndTheConsolesDepartmentNamesAreShownInFull() {
        // Eight quarters, as on a console in use: the periods take their width and the names what is left.
        ReportingPeriod current = ReportingTestAccess.currentQuarter(periods);
        int year = current.fiscalYear();
        int quarter = current.quarter();
        for (int i = 1; i < 8; i++) {
            year = quarter == 1 ? year - 1 : year;
            quarter = quarter == 1 ? 4 : quarter - 1;
            int y = year;
            int q = quarter;
            TestUsers.callAs(DPSA, () -> periods.all().stream()
                    .filter(p -> p.fiscalYear() == y && p.quarter() == q).findFirst()
                    .orElseGet(() -> periods.open(y, q, ReportingPeriod.end(y, q).plusDays(30))));
        }

        // A case of today, so the list has a row with a reference and two dates.
        PortalPage portal = signIn("dha.official", PASSWORD);
        assertThat(script("return window.innerWidth")).isEqualTo(1366L);
        portal.open("cases/new");
        waitFor(By.cssSelector("#case-title input")).sendKeys("Laptop widths " + System.currentTimeMillis() % 100000);
        waitFor(By.cssSelector("#case-description textarea")).sendKeys("Checking the list's columns.");
        click("case-category");
        waitFor(By.xpath("//vaadin-select-item[normalize-space(.)='Service standards']")).click();
        click("case-save");
        waitFor(By.id("case-heading"));
        portal.open("cases");
        waitFor(By.id("case-grid"));
        List<?> cells = patiently(Duration.ofSeconds(30)).until(d -> {
            List<?> found = (List<?>) script("""
                    return [...document.querySelectorAll('#case-grid vaadin-grid-cell-content')]
                      .filter(c => c.getClientRects().length > 0)
                      .filter(c => /^(\\d{4}-\\d{2}-\\d{2}|[A-Z][A-Z0-9-]*-\\d{4}-\\d+)$/.test(c.textContent.trim()))
                      .map(c => c.textContent.trim() + ' ' + c.scrollWidth + ' ' + c.clientWidth);
                    """);
            return found.size() >= 3 ? found : null;
        });
        assertThat(cells).as("dates and references (text, scroll width, width)").allSatisfy(cell -> {
            String[] parts = cell.toString().split(" ");
            assertThat(Integer.parseInt(parts[1])).as(cell.toString()).isLessThanOrEqualTo(Integer.parseInt(parts[2]));
        });
        fitsTheScreen("case list at 1,366");
        screenshot("case-list-1366");
        portal.logout();
        new KeycloakLoginPage(driver).waitUntilShown();

        // DPSA's console: every department's name in full, wrapped onto a second line if need be.
        signIn("dpsa.superadmin", PASSWORD).open("dpsa/reporting");
        waitFor(By.id("report-matrix"));
        List<?> names = patiently(Duration.ofSeconds(30)).until(d -> {
            List<?> found = (List<?>) script("""
                    return [...document.querySelectorAll('#report-matrix .portal-cell-wrap')]
                      .filter(s => s.getClientRects().length > 0)
                      .map(s => { const c = s.parentElement;
                        return [s.textContent.trim(), c.scrollWidth, c.clientWidth, c.scrollHeight, c.clientHeight]; });
                    """);
            return found.isEmpty() ? null : found;
        });
        assertThat(names).as("department names (text, scroll width, width, scroll height, height)")
                .anySatisfy(row -> assertThat(((List<?>) row).getFirst().toString())
                        .isEqualTo("Western Cape Education Department"))
                .allSatisfy(row -> {
                    List<?> r = (List<?>) row;
                    assertThat(((Number) r.get(1)).intValue()).as(r.toString())
                            .isLessThanOrEqualTo(((Number) r.get(2)).intValue());
                    assertThat(((Number) r.get(3)).intValue()).as(r.toString())
                            .isLessThanOrEqualTo(((Number) r.get(4)).intValue() + 1);
                });
        fitsTheScreen("reporting console at 1,366");
        screenshot("reporting-console-1366");
    }
}
