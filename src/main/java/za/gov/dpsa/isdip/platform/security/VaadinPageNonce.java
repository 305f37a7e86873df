package za.gov.dpsa.isdip.platform.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;

/**
 * Gives the inline scripts and style elements of Vaadin's page (the bootstrap that starts the Flow client, in
 * production and development mode alike) this request's Content-Security-Policy nonce, so the policy needs no
 * {@code 'unsafe-inline'} for scripts. Vaadin calls this after it has added all its own scripts to the page.
 */
@Component
class VaadinPageNonce implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(VaadinPageNonce::addNonce);
    }

    static void addNonce(IndexHtmlResponse page) {
        if (page.getVaadinRequest() instanceof HttpServletRequest request) {
            String nonce = ContentSecurityPolicy.nonce(request);
            page.getDocument().getElementsByTag("script").attr("nonce", nonce);
        }
    }
}
