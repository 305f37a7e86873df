package za.gov.dpsa.isdip.tenancy.metrics;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a request to the portal is, from Vaadin's {@code v-r} query parameter and the path. Read from the query
 * string, never through {@code getParameter}, which would read a form's or an upload's body.
 */
enum RequestKind {

    /** A page (a route) loaded or reloaded in the browser. */
    PAGE,
    /** The page's first round trip, which builds its UI (Vaadin's {@code v-r=init}). */
    INIT,
    /** A UI round trip: a click, a value change, a grid page (Vaadin's {@code v-r=uidl}). */
    UIDL,
    /** An open tab saying it is still there (Vaadin's {@code v-r=heartbeat}). */
    HEARTBEAT,
    /** A file upload (Vaadin's {@code v-r=upload}). */
    UPLOAD,
    /** Scripts, styles, images and fonts. */
    STATIC,
    /** Sign-in with Keycloak and sign-out. */
    SIGN_IN,
    OTHER;

    static RequestKind of(HttpServletRequest request) {
        if (request == null) {
            return OTHER;
        }
        String vaadinRequest = vaadinRequestType(request.getQueryString());
        if (vaadinRequest != null) {
            return switch (vaadinRequest) {
                case "uidl" -> UIDL;
                case "heartbeat" -> HEARTBEAT;
                case "init" -> INIT;
                case "upload" -> UPLOAD;
                default -> OTHER;
            };
        }
        String path = request.getRequestURI();
        if (path == null) {
            return OTHER;
        }
        path = path.substring(request.getContextPath() == null ? 0 : request.getContextPath().length());
        if (path.startsWith("/login") || path.startsWith("/oauth2/") || path.startsWith("/logout")) {
            return SIGN_IN;
        }
        if (path.startsWith("/VAADIN/") || path.startsWith("/images/") || path.startsWith("/styles/")
                || path.startsWith("/icons/") || path.lastIndexOf('.') > path.lastIndexOf('/')) {
            return STATIC;
        }
        return "GET".equals(request.getMethod()) ? PAGE : OTHER;
    }

    String tag() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String vaadinRequestType(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("v-r=")) {
                return pair.substring(4);
            }
        }
        return null;
    }
}
