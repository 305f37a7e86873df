package za.gov.dpsa.isdip.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab of one official, speaking Vaadin Flow's own client-server protocol as FlowClient.js does (checked
 * against what Chromium sends, see docs/load-testing.md): the page and {@code v-r=init} request of a full load, UIDL
 * round trips carrying the CSRF token, {@code syncId} and {@code clientId}, DOM events with the event data the server
 * asked for, property syncs, grid calls ({@code sortersChanged}, {@code select}, {@code confirmUpdate}) and
 * heartbeats. It keeps the state tree the server sends (tags, {@code id} attributes, listeners, grid rows), so an
 * action finds its element by id like a test would, and a changed view shows up as a missing element.
 * <p>
 * Sign-in goes through Keycloak's real login page. Static files (scripts, styles) are not fetched: a browser has them
 * in its cache after the first visit. Not thread-safe: one virtual user drives one tab.
 */
final class VaadinTab {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern LOGOUT_URL = Pattern.compile("(https?://[^\"\\s]+/protocol/openid-connect/logout[^\"\\s]*)");
    private static final Pattern SERVER_TIMING = Pattern.compile("app;dur=([0-9.]+)");
    private static final int FEATURE_ELEMENT_DATA = 0;
    private static final int FEATURE_PROPERTIES = 1;
    private static final int FEATURE_ATTRIBUTES = 3;
    private static final int FEATURE_LISTENERS = 4;

    private final HttpClient http;
    private final URI portal;
    private final Recorder recorder;
    private final Map<String, Map<String, String>> cookiesByHost = new HashMap<>();
    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private final Map<Integer, List<JsonNode>> gridRows = new HashMap<>();
    private final List<int[]> gridConfirmations = new ArrayList<>();
    private String csrfToken;
    private int uiId = -1;
    private int syncId = -1;
    private int clientId;
    private int promise;
    private int historyIndex;
    private String lastResponse = "";
    private String location = "";

    VaadinTab(HttpClient http, URI portal, Recorder recorder) {
        this.http = http;
        this.portal = portal;
        this.recorder = recorder;
    }

    /** A client shared by every tab: cookies are kept per tab, so one connection pool serves all. */
    static HttpClient sharedClient() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
    }

    // ---- sign-in, pages, sign-out ----------------------------------------------------------------------------

    /** Opens the portal signed out, signs in on Keycloak's login page, and lands on the home page (a full load). */
    void signIn(String username, String password) {
        long started = System.nanoTime();
        Page login = follow(get(portal.resolve("/")));
        Matcher action = FORM_ACTION.matcher(login.body);
        if (!action.find()) {
            throw new JourneyError("sign-in", "Keycloak's login form was not shown (HTTP " + login.status + " at "
                    + login.uri + ")");
        }
        URI post = URI.create(action.group(1).replace("&amp;", "&"));
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&credentialId=";
        Page landed = follow(send(HttpRequest.newBuilder(post).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), post));
        if (!landed.uri.getHost().equals(portal.getHost()) || landed.uri.getPort() != portal.getPort()) {
            throw new JourneyError("sign-in", "Sign-in did not come back to the portal (at " + landed.uri + ")");
        }
        bootstrap(landed.uri.getPath(), "sign-in", started);
    }

    /** A full page load of {@code path} (as typed into the address bar or reloaded): a new UI for this tab. */
    void open(String path) {
        long started = System.nanoTime();
        Page page = follow(get(portal.resolve(path)));
        if (!page.uri.getHost().equals(portal.getHost()) || page.status != 200) {
            throw new JourneyError("page " + path, "HTTP " + page.status + " at " + page.uri);
        }
        bootstrap(path, "page " + path, started);
    }

    private void bootstrap(String path, String action, long started) {
        location = path;
        String route = path.startsWith("/") ? path.substring(1) : path;
        String init = "?v-r=init&location=" + encode(route) + "&query=&v-sh=900&v-sw=1400&v-wh=900&v-ww=1400"
                + "&v-bh=900&v-bw=1400&v-curdate=" + System.currentTimeMillis() + "&v-tzo=-120&v-dstd=0&v-rtzo=-120"
                + "&v-dston=false&v-tzid=Africa%2FJohannesburg&v-wn=v-" + ThreadLocalRandom.current().nextLong(1L << 40)
                + "&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN"
                + "&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=GRANTED&v-wla=SUPPORTED&v-ws=false";
        URI initUri = portal.resolve("/" + init);
        HttpResponse<String> response = send(HttpRequest.newBuilder(initUri).GET(), initUri);
        if (response.statusCode() != 200) {
            throw new JourneyError(action, "v-r=init answered HTTP " + response.statusCode());
        }
        JsonNode config = parse(action, response.body()).path("appConfig");
        JsonNode uidl = config.path("uidl");
        nodes.clear();
        gridRows.clear();
        gridConfirmations.clear();
        uiId = config.path("v-uiId").asInt();
        csrfToken = uidl.path("Vaadin-Security-Key").asString();
        clientId = 0;
        promise = 0;
        historyIndex = 0;
        apply(uidl);
        // The client's router then asks for the route: the view is built in this round trip.
        ObjectNode data = JSON.createObjectNode().put("route", route.isEmpty() ? "/" : route).put("query", "")
                .put("appShellTitle", "").put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        roundTrip(action, List.of(event(1, "ui-navigate", data)), started);
    }

    /** Clicks "Sign out" and follows the portal to Keycloak's logout; the portal session must be gone after it. */
    void signOut() {
        long started = System.nanoTime();
        Node logoutButton = element("sign-out", "logout");
        roundTrip("sign-out (click)", List.of(event(logoutButton.id, "click", eventData("sign-out", logoutButton, "click"))),
                started, true);
        Matcher logout = LOGOUT_URL.matcher(lastResponse.replace("\\u0026", "&").replace("\\/", "/"));
        if (!logout.find()) {
            throw new JourneyError("sign-out", "the portal did not send the browser to Keycloak's logout");
        }
        follow(get(URI.create(logout.group(1))));
        Page after = follow(get(portal.resolve("/")));
        if (!FORM_ACTION.matcher(after.body).find()) {
            throw new JourneyError("sign-out", "after sign-out the portal still served " + after.uri);
        }
        recorder.record("sign-out", System.nanoTime() - started, -1, 0);
    }

    /** Vaadin's heartbeat: an open tab saying it is still there. */
    void heartbeat() {
        URI uri = portal.resolve("/?v-r=heartbeat&v-uiId=" + uiId);
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()), uri);
        if (response.statusCode() != 200) {
            throw new JourneyError("heartbeat", "HTTP " + response.statusCode());
        }
    }

    /** Whether the portal still knows this tab's UI: a heartbeat is refused once the session or UI is gone. */
    boolean uiAlive() {
        URI uri = portal.resolve("/?v-r=heartbeat&v-uiId=" + uiId);
        return send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()), uri).statusCode() == 200;
    }

    // ---- UI actions ------------------------------------------------------------------------------------------

    /** A click on a menu entry or link: the client's router asks the server for the route. */
    void navigate(String action, String route) {
        location = "/" + route;
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "")
                .put("trigger", "client");
        data.putObject("historyState").put("idx", ++historyIndex);
        roundTrip(action, List.of(event(1, "ui-navigate", data)), System.nanoTime());
    }

    void click(String action, String elementId) {
        Node button = element(action, elementId);
        roundTrip(action, List.of(event(button.id, "click", eventData(action, button, "click"))), System.nanoTime());
    }

    /** The nodes the server sent as invisible: a browser shows nothing of them, and offers nothing to click. */
    List<Integer> hiddenNodes() {
        return nodes.values().stream().filter(node -> !node.visible).map(node -> node.id).sorted().toList();
    }

    /** A click no browser would send: on a node by its number, as a tampered request would. */
    void clickNode(String action, int nodeId) {
        roundTrip(action, List.of(event(nodeId, "click", JSON.createObjectNode())), System.nanoTime());
    }

    /** Types into a text field or area and leaves it: the value is synced with the field's change event. */
    void type(String action, String elementId, String text) {
        Node field = element(action, elementId);
        List<ObjectNode> rpc = List.of(sync(field.id, "value", JSON.getNodeFactory().stringNode(text)),
                event(field.id, "change", eventData(action, field, "change")));
        roundTrip(action, rpc, System.nanoTime());
    }

    /** Chooses the item with the given key in a select (keys are the select's own: "1" is its first item). */
    void choose(String action, String elementId, String itemKey) {
        Node select = element(action, elementId);
        roundTrip(action, List.of(sync(select.id, "value", JSON.getNodeFactory().stringNode(itemKey)),
                event(select.id, "value-changed", eventData(action, select, "value-changed"))), System.nanoTime());
    }

    /** Selects the tab at {@code index} of the first tab sheet on the page. */
    void selectTab(String action, int index) {
        Node tabs = nodes.values().stream().filter(n -> "vaadin-tabs".equals(n.tag)).findFirst()
                .orElseThrow(() -> new JourneyError(action, "no tabs on the page"));
        roundTrip(action, List.of(sync(tabs.id, "selected", JSON.getNodeFactory().numberNode(index)),
                event(tabs.id, "selected-changed", JSON.createObjectNode())), System.nanoTime());
    }

    /** Clicks a column's sorter: the grid asks the server to sort by it (then by the default order). */
    void sortGrid(String action, String gridId, String columnPath, boolean ascending) {
        Node grid = element(action, gridId);
        ArrayNode sorters = JSON.createArrayNode();
        sorters.addObject().put("path", columnPath).put("direction", ascending ? "asc" : "desc");
        ArrayNode args = JSON.createArrayNode();
        args.add(sorters);
        roundTrip(action, List.of(published(grid.id, "sortersChanged", args)), System.nanoTime());
    }

    /** The rows the grid has been sent, in order: each with its item {@code key} and its column values. */
    List<JsonNode> gridRows(String action, String gridId) {
        return gridRows.getOrDefault(element(action, gridId).id, List.of());
    }

    /** Clicks a row, as the browser does: select, details, then the item-click event with the row's key. */
    void clickRow(String action, String gridId, String itemKey) {
        Node grid = element(action, gridId);
        ArrayNode key = JSON.createArrayNode().add(itemKey);
        ObjectNode click = eventData(action, grid, "item-click");
        click.put("event.detail.itemKey", itemKey);
        click.put("event.detail.internalColumnId", "col0");
        roundTrip(action, List.of(published(grid.id, "select", key), published(grid.id, "setDetailsVisible", key),
                event(grid.id, "item-click", click)), System.nanoTime());
    }

    Recorder recorder() {
        return recorder;
    }

    /** What is on the page, for an error message: where the tab is and the element ids it knows of. */
    String pageSummary() {
        return "at " + location + ", page has ids " + nodes.values().stream().map(n -> n.attributes.get("id")).filter(java.util.Objects::nonNull)
                .sorted().limit(20).toList();
    }

    boolean has(String elementId) {
        return find(elementId).isPresent();
    }

    /**
     * A click whose answer is lost on a dropped link: the browser sends the same message again, unchanged (the same
     * {@code clientId}), before anything else. Returns the two answers; the page follows the second.
     */
    List<String> clickWithLostAnswer(String action, String elementId) {
        Node button = element(action, elementId);
        ObjectNode body = JSON.createObjectNode().put("csrfToken", csrfToken);
        body.putArray("rpc").add(event(button.id, "click", eventData(action, button, "click")));
        body.put("syncId", syncId).put("clientId", clientId);
        String first = post(action, body.toString());
        String second = post(action + " (sent again)", body.toString());
        lastResponse = second;
        apply(parse(action, second));
        return List.of(first, second);
    }

    private String post(String action, String body) {
        return postUidl(action, body).body();
    }

    /** One Vaadin round trip's request as the browser posts it; anything but 200 stops the journey. */
    private HttpResponse<String> postUidl(String action, String body) {
        URI uri = portal.resolve("/?v-r=uidl&v-uiId=" + uiId);
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)), uri);
        if (response.statusCode() != 200) {
            throw new JourneyError(action, "UIDL answered HTTP " + response.statusCode());
        }
        return response;
    }

    /** The raw text of the last response: what the server changed on the page in the last round trip. */
    String lastResponse() {
        return lastResponse;
    }

    // ---- protocol --------------------------------------------------------------------------------------------

    private void roundTrip(String action, List<ObjectNode> rpc, long started) {
        roundTrip(action, rpc, started, false);
    }

    /** @param endsSession the round trip signs out: the portal answers that the session has ended, as it should */
    private void roundTrip(String action, List<ObjectNode> rpc, long started, boolean endsSession) {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", csrfToken);
        ArrayNode calls = body.putArray("rpc");
        rpc.forEach(calls::add);
        body.put("syncId", syncId).put("clientId", clientId);
        long sent = System.nanoTime();
        HttpResponse<String> response = postUidl(action, body.toString());
        long received = System.nanoTime();
        JsonNode uidl = parse(action, response.body());
        JsonNode meta = uidl.path("meta");
        if (meta.has("appError") || meta.has("sessionExpired") && !endsSession) {
            throw new JourneyError(action, "the portal answered " + meta);
        }
        lastResponse = response.body();
        apply(uidl);
        double serverMillis = response.headers().firstValue("Server-Timing").map(SERVER_TIMING::matcher)
                .filter(Matcher::find).map(m -> Double.parseDouble(m.group(1))).orElse(-1.0);
        // Time to the answer; a full page load counts from its first request.
        recorder.record(action, received - Math.min(sent, started), serverMillis, response.body().length());
        if (!gridConfirmations.isEmpty()) {
            // The browser confirms each grid update it has rendered, in a round trip of its own.
            List<ObjectNode> confirms = new ArrayList<>();
            for (int[] confirmation : gridConfirmations) {
                confirms.add(published(confirmation[0], "confirmUpdate",
                        JSON.createArrayNode().add(confirmation[1])));
            }
            gridConfirmations.clear();
            roundTrip(action + " (grid confirms)", confirms, System.nanoTime());
        }
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.path("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.path("clientId").asInt();
        }
        for (Map.Entry<String, JsonNode> constant : uidl.path("constants").properties()) {
            constants.put(constant.getKey(), constant.getValue());
        }
        for (JsonNode change : uidl.path("changes")) {
            int id = change.path("node").asInt();
            switch (text(change.path("type"))) {
                case "attach" -> nodes.put(id, new Node(id));
                case "detach" -> {
                    nodes.remove(id);
                    gridRows.remove(id);
                }
                case "put" -> put(nodes.computeIfAbsent(id, Node::new), change);
                case "remove" -> {
                    Node node = nodes.get(id);
                    if (node != null && change.path("feat").asInt() == FEATURE_ATTRIBUTES) {
                        node.attributes.remove(text(change.path("key")));
                    }
                }
                default -> {
                    // Children order (splice, clear) does not matter to finding elements by id.
                }
            }
        }
        for (JsonNode execution : uidl.path("execute")) {
            readExecution(execution);
        }
    }

    private static void put(Node node, JsonNode change) {
        String key = text(change.path("key"));
        JsonNode value = change.path("value");
        switch (change.path("feat").asInt()) {
            case FEATURE_ELEMENT_DATA -> {
                if ("tag".equals(key)) {
                    node.tag = text(value);
                } else if ("visible".equals(key)) {
                    node.visible = value.asBoolean(true);
                }
            }
            case FEATURE_ATTRIBUTES -> node.attributes.put(key, text(value));
            case FEATURE_LISTENERS -> node.listeners.put(key, text(value));
            default -> {
            }
        }
    }

    /** Grid rows ({@code $connector.set}) and grid updates to confirm ({@code $connector.confirm}). */
    private void readExecution(JsonNode execution) {
        int size = execution.size();
        if (size < 2 || !execution.get(0).has("@v-node")) {
            return;
        }
        int node = execution.get(0).path("@v-node").asInt();
        String script = text(execution.get(size - 1));
        if (script.contains("$connector.confirm($1)") && size == 3) {
            gridConfirmations.add(new int[] {node, execution.get(1).asInt()});
            return;
        }
        if (script.contains("$connector.set(") && size == 4 && execution.get(2).isArray()) {
            int index = execution.get(1).asInt();
            List<JsonNode> rows = gridRows.computeIfAbsent(node, n -> new ArrayList<>());
            if (index == 0) {
                rows.clear();
            }
            execution.get(2).forEach(rows::add);
        }
    }

    /** A scalar's text; an object or array (a style, a payload) as JSON. */
    private static String text(JsonNode value) {
        return value.isValueNode() ? value.asString() : value.toString();
    }

    private ObjectNode eventData(String action, Node node, String event) {
        String constant = node.listeners.get(event);
        if (constant == null) {
            throw new JourneyError(action, "<" + node.tag + " id=" + node.attributes.get("id") + "> has no " + event
                    + " listener");
        }
        // The server lists the expressions it wants evaluated for the event; a synthetic event has no modifier
        // keys pressed, no coordinates and the primary button.
        ObjectNode data = JSON.createObjectNode();
        for (String expression : constants.getOrDefault(constant, JSON.createObjectNode()).propertyNames()) {
            if (!expression.startsWith("event.")) {
                continue;
            }
            if (expression.endsWith("Key")) {
                data.put(expression, false);
            } else {
                data.put(expression, 0);
            }
        }
        return data;
    }

    private static ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode rpc = JSON.createObjectNode().put("type", "event").put("node", node).put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    private static ObjectNode sync(int node, String property, JsonNode value) {
        ObjectNode rpc = JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", FEATURE_PROPERTIES)
                .put("property", property);
        rpc.set("value", value);
        return rpc;
    }

    private ObjectNode published(int node, String method, ArrayNode args) {
        ObjectNode rpc = JSON.createObjectNode().put("type", "publishedEventHandler").put("node", node)
                .put("templateEventMethodName", method);
        rpc.set("templateEventMethodArgs", args);
        rpc.put("promise", promise++);
        return rpc;
    }

    private Node element(String action, String elementId) {
        return find(elementId).orElseThrow(() -> new JourneyError(action, "no element #" + elementId + " on the page"));
    }

    private Optional<Node> find(String elementId) {
        // A re-rendered view attaches a new element with the same id: the newest node is the one on screen.
        return nodes.values().stream().filter(n -> elementId.equals(n.attributes.get("id")))
                .max((a, b) -> Integer.compare(a.id, b.id));
    }

    private static JsonNode parse(String action, String body) {
        try {
            return JSON.readTree(body);
        } catch (RuntimeException e) {
            throw new JourneyError(action, "not a UIDL answer: " + body.substring(0, Math.min(200, body.length())));
        }
    }

    // ---- HTTP with this tab's cookies ------------------------------------------------------------------------

    private record Page(URI uri, int status, String body) {
    }

    private HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET(), uri);
    }

    /** Follows redirects as a browser does, carrying this tab's cookies to each host. */
    private Page follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 15; hops++) {
            int status = current.statusCode();
            if (status < 300 || status >= 400) {
                return new Page(current.uri(), status, current.body());
            }
            URI next = current.uri().resolve(current.headers().firstValue("Location")
                    .orElseThrow(() -> new JourneyError("redirect", "a redirect without Location")));
            current = get(next);
        }
        throw new JourneyError("redirect", "more than 15 redirects from " + response.uri());
    }

    private HttpResponse<String> send(HttpRequest.Builder request, URI uri) {
        String cookies = cookieHeader(uri);
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        request.header("Accept-Language", "en-ZA,en;q=0.9").timeout(Duration.ofSeconds(60));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            keepCookies(uri, response);
            return response;
        } catch (IOException e) {
            throw new JourneyError("http", e.getClass().getSimpleName() + " " + e.getMessage() + " at " + uri.getPath());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JourneyError("http", "interrupted");
        }
    }

    private String cookieHeader(URI uri) {
        Map<String, String> cookies = cookiesByHost.getOrDefault(uri.getHost(), Map.of());
        StringBuilder header = new StringBuilder();
        cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
        return header.toString();
    }

    private void keepCookies(URI uri, HttpResponse<?> response) {
        Map<String, String> cookies = cookiesByHost.computeIfAbsent(uri.getHost(), h -> new LinkedHashMap<>());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String name = pair.substring(0, equals).trim();
            String value = pair.substring(equals + 1).trim();
            String lower = header.toLowerCase(java.util.Locale.ROOT);
            if (value.isEmpty() || lower.contains("max-age=0") || lower.contains("expires=thu, 01 jan 1970")
                    || lower.contains("expires=thu, 01-jan-1970")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** What this tab knows of one element of the page. */
    private static final class Node {
        final int id;
        String tag;
        boolean visible = true;
        final Map<String, String> attributes = new HashMap<>();
        final Map<String, String> listeners = new HashMap<>();

        Node(int id) {
            this.id = id;
        }
    }
}
