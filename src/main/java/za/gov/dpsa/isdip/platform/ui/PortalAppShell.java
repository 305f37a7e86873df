package za.gov.dpsa.isdip.platform.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell: Lumo and the portal's own stylesheet, loaded as plain CSS (no front-end bundle). Lumo's utility
 * classes are not used, so their stylesheet is not loaded (a request and 5 KB on a first load; docs/benchmarks.md).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/portal.css")
public class PortalAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("ISDIP Portal");
        settings.addMetaTag("description", "Integrated Service Delivery Improvement Policy portal");
    }
}
