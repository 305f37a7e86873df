package za.gov.dpsa.isdip.training.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.training.internal.CertificateVerification;

/**
 * The public page that verifies a training certificate, for anyone and without signing in: a valid code shows the
 * holder's name, the course and the date; any other code shows only that it is not valid.
 */
@Route(value = "verify", autoLayout = false)
@AnonymousAllowed
public class VerifyCertificateView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final CertificateVerification verification;
    final TextField code = new TextField();
    final Button verify = new Button();
    final Section result = new Section();

    public VerifyCertificateView(CertificateVerification verification) {
        this.verification = verification;
        getStyle().set("padding", "var(--lumo-space-l)").set("max-width", "48em").set("margin", "0 auto");
        code.setLabel(getTranslation("training.verify.code"));
        code.setHelperText(getTranslation("training.verify.code.help"));
        code.setId("verify-code");
        code.setMaxLength(40);
        code.setWidth("min(24em, 100%)");
        verify.setText(getTranslation("training.verify.button"));
        verify.setId("verify-button");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickListener(click -> check(code.getValue()));
        verify.addClickShortcut(Key.ENTER);
        result.setId("verify-result");
        result.getElement().setAttribute("aria-live", "polite");
        add(new PageHeader(getTranslation("training.verify.title")).withIntro(getTranslation("training.verify.help")),
                code, verify, result);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        if (parameter != null && !parameter.isBlank()) {
            code.setValue(parameter);
            check(parameter);
        }
    }

    private void check(String typed) {
        result.removeAll();
        verification.verify(typed).ifPresentOrElse(v -> {
            Paragraph valid = new Paragraph(getTranslation("training.verify.valid"));
            valid.setId("verify-valid");
            result.add(valid, new Paragraph(getTranslation("training.verify.holder", v.holderName())),
                    new Paragraph(getTranslation("training.verify.course", v.courseTitle())),
                    new Paragraph(getTranslation("training.verify.date", PortalDates.date(v.completedOn()))));
        }, () -> {
            Paragraph invalid = new Paragraph(getTranslation("training.verify.invalid"));
            invalid.setId("verify-invalid");
            result.add(invalid);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.verify.title") + " | " + getTranslation("app.name");
    }
}
