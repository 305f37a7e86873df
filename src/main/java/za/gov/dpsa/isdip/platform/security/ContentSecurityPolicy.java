package za.gov.dpsa.isdip.platform.security;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.header.HeaderWriter;

/**
 * The portal's Content-Security-Policy, the same on every response. Scripts: only the portal's own files and the
 * inline bootstrap scripts of Vaadin's page, which carry this request's nonce ({@link VaadinPageNonce}); an
 * injected {@code <script>}, {@code onerror=} attribute or {@code javascript:} address does not run. The
 * relaxations Vaadin Flow needs, and why, are in docs/security.md, "Headers and cookies".
 */
final class ContentSecurityPolicy implements HeaderWriter {

    static final String HEADER = "Content-Security-Policy";
    private static final String NONCE_ATTRIBUTE = ContentSecurityPolicy.class.getName() + ".nonce";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String beforeNonce;
    private final String afterNonce;

    /** @param issuer the OIDC issuer ({@code isdip.oidc.issuer}): its origin may receive the portal's forms */
    ContentSecurityPolicy(String issuer) {
        String signIn = origin(issuer);
        beforeNonce = "default-src 'self'; script-src 'self'";
        afterNonce = " 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self'; font-src 'self' data:; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"
                + (signIn.isEmpty() ? "" : " " + signIn) + "; frame-ancestors 'none'";
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader(HEADER)) {
            response.setHeader(HEADER, policy(nonce(request)));
        }
    }

    /** The policy; inline scripts that carry the nonce run. */
    String policy(String nonce) {
        return beforeNonce + (nonce == null ? "" : " 'nonce-" + nonce + "'") + afterNonce;
    }

    /**
     * This request's nonce, made on first use: 128 random bits. The policy is written before the request is handled,
     * so every response gets one; only Vaadin's page puts it on scripts.
     */
    static String nonce(HttpServletRequest request) {
        String nonce = existingNonce(request);
        if (nonce == null) {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            nonce = Base64.getEncoder().encodeToString(bytes);
            request.setAttribute(NONCE_ATTRIBUTE, nonce);
        }
        return nonce;
    }

    private static String existingNonce(HttpServletRequest request) {
        return request.getAttribute(NONCE_ATTRIBUTE) instanceof String nonce ? nonce : null;
    }

    /** {@code https://sso.example.gov.za} of {@code https://sso.example.gov.za/realms/isdip}; empty when unset. */
    static String origin(String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        URI uri = URI.create(address.trim());
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("Not an absolute address: " + address);
        }
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
