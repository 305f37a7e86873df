package za.gov.dpsa.isdip.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import za.gov.dpsa.isdip.accounts.internal.AccountSetup;
import za.gov.dpsa.isdip.accounts.internal.DirectoryUnavailableException;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;

/**
 * Where an invited user, not signed in yet, opens their one-time setup link and chooses their password. The token
 * in the address is the only credential; an unknown, used or expired one gets the same "link no longer works".
 */
@Route(value = AccountSetup.PATH + "/:token", autoLayout = false)
@AnonymousAllowed
public class AccountSetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountSetup accountSetup;

    public AccountSetupView(AccountSetup accountSetup) {
        this.accountSetup = accountSetup;
        addClassName("not-assigned");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        accountSetup.find(token).ifPresentOrElse(pending -> showForm(token, pending), this::showUnusable);
    }

    private void showForm(String token, AccountSetup.PendingAccountSetup pending) {
        H1 heading = new H1(getTranslation("setup.title"));
        heading.setId("setup-heading");
        PasswordField password = new PasswordField(getTranslation("setup.password"));
        password.setId("setup-password");
        password.setHelperText(getTranslation("setup.password.help", AccountSetup.MIN_PASSWORD_LENGTH));
        password.setManualValidation(true);
        password.setWidthFull();
        PasswordField repeat = new PasswordField(getTranslation("setup.repeat"));
        repeat.setId("setup-repeat");
        repeat.setManualValidation(true);
        repeat.setWidthFull();
        Button save = new Button(getTranslation("setup.save"), click -> {
            password.setInvalid(false);
            repeat.setInvalid(false);
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("setup.error.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            try {
                accountSetup.complete(token, password.getValue());
                showDone(pending.username());
            } catch (InvalidInput e) {
                password.setErrorMessage(getTranslation(e.messageKey(), AccountSetup.MIN_PASSWORD_LENGTH));
                password.setInvalid(true);
            } catch (AccountSetup.SetupLinkNotUsableException e) {
                showUnusable();
            } catch (DirectoryUnavailableException e) {
                password.setErrorMessage(getTranslation("setup.error.unavailable"));
                password.setInvalid(true);
            }
        });
        save.setId("setup-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(heading, new Paragraph(getTranslation("setup.welcome", pending.displayName(), pending.username())),
                password, repeat, save,
                new Paragraph(getTranslation("setup.expires", PortalDates.dateTime(pending.expiresAt()))));
    }

    private void showDone(String username) {
        removeAll();
        H1 heading = new H1(getTranslation("setup.done.title"));
        heading.setId("setup-done");
        Anchor signIn = new Anchor("/", getTranslation("setup.done.signIn"));
        signIn.setId("setup-sign-in");
        // A full page load, so the sign-in goes through Keycloak.
        signIn.setRouterIgnore(true);
        add(heading, new Paragraph(getTranslation("setup.done.body", username)), signIn);
    }

    private void showUnusable() {
        removeAll();
        H1 heading = new H1(getTranslation("setup.unusable.title"));
        heading.setId("setup-unusable");
        add(heading, new Paragraph(getTranslation("setup.unusable.body")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title") + " | " + getTranslation("app.name");
    }
}
