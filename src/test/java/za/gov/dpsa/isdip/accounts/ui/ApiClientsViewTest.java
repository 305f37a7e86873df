package za.gov.dpsa.isdip.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;

import za.gov.dpsa.isdip.accounts.internal.ApiClients;
import za.gov.dpsa.isdip.platform.ui.NotFoundView;
import za.gov.dpsa.isdip.support.ApiTestClients;
import za.gov.dpsa.isdip.support.KeycloakTestServer;
import za.gov.dpsa.isdip.support.WithPortalUser;

/**
 * The API clients page as a department administrator uses it, against the real Keycloak: make a client and see its
 * secret once (a token can be had with it), revoke it; a refused name says why and makes nothing.
 */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "za.gov.dpsa.isdip")
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class ApiClientsViewTest extends SpringBrowserlessTest {

    @BeforeAll
    static void startKeycloak() {
        KeycloakTestServer.start();
    }

    @Test
    @WithPortalUser(username = "wc-education.admin", department = "wc-education", roles = {"dept-user", "dept-admin"})
    @SuppressWarnings("unchecked")
    void anAdministratorMakesAClientSeesItsSecretOnceAndRevokesIt() {
        navigate(ApiClientsView.class);
        assertThat(find(H1.class).first().getText()).isEqualTo("API clients");
        Grid<ApiClients.ApiClient> grid = find(Grid.class).id("api-clients-grid");
        int before = rows(grid).size();
        TextField name = find(TextField.class).id("api-client-name");
        assertThat(name.getLabel()).isEqualTo("Name of the system");
        // A department administrator makes clients for their own department only: no choice of department.
        assertThat(find(ComboBox.class).all()).isEmpty();

        test(name).setValue("WC");
        test(find(Button.class).id("api-client-create")).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter 3 to 60 characters.");
        assertThat(rows(grid)).hasSize(before);

        test(name).setValue("Learner admissions system");
        test(find(Button.class).id("api-client-create")).click();
        String clientId = find(TextField.class).id("api-client-issued-id").getValue();
        String secret = find(TextField.class).id("api-client-issued-secret").getValue();
        assertThat(clientId).startsWith("isdip-api-wc-education-learner-admissions-system-");
        assertThat(secret).hasSizeGreaterThan(20);
        assertThat(ApiTestClients.token(clientId, secret)).isNotBlank();
        test(find(Button.class).id("api-client-secret-close")).click();

        ApiClients.ApiClient made = rows(grid).stream().filter(c -> c.clientId().equals(clientId)).findFirst()
                .orElseThrow();
        assertThat(made.active()).isTrue();
        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) test(grid)
                .getCellComponent(rows(grid).indexOf(made), "actions");
        Button revoke = actions.getChildren().map(Button.class::cast)
                .filter(b -> b.getId().orElse("").equals("api-client-revoke-" + made.id())).findFirst().orElseThrow();
        assertThat(revoke.getText()).isEqualTo("Revoke");
        test(revoke).click();
        test(find(Button.class).id("api-client-confirm-yes")).click();
        assertThat(rows(grid)).filteredOn(c -> c.clientId().equals(clientId)).singleElement()
                .satisfies(c -> assertThat(c.active()).isFalse());
    }

    @Test
    @WithPortalUser(username = "wc-education.official", department = "wc-education", roles = "dept-user")
    void anOfficialCannotOpenThePage() {
        navigate("api-clients", NotFoundView.class);
        assertThat(find(H1.class).id("not-found-heading").getText()).isEqualTo("Not found");
    }

    private static List<ApiClients.ApiClient> rows(Grid<ApiClients.ApiClient> grid) {
        return grid.getGenericDataView().getItems().toList();
    }
}
