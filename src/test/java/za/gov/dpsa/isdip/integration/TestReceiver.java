package za.gov.dpsa.isdip.integration;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/** A webhook receiver on a free loopback port: records what arrives and answers with the status it is told. */
public final class TestReceiver implements AutoCloseable {

    /** One request as it arrived. */
    public record Received(Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int answer = 204;
    private HttpServer server;
    private int port;

    public TestReceiver() {
        start(0);
    }

    private void start(int wanted) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Map<String, String> headers = new java.util.HashMap<>();
                exchange.getRequestHeaders().forEach((name, values) ->
                        headers.put(name.toLowerCase(java.util.Locale.ROOT), values.getFirst()));
                int status = answer;
                if (status >= 200 && status < 300) {
                    received.add(new Received(headers, body));
                }
                exchange.sendResponseHeaders(status, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
        port = server.getAddress().getPort();
    }

    /** The URL to subscribe. */
    public String url() {
        return "http://127.0.0.1:" + port + "/hook";
    }

    /** From now on, answers with this status (and records only what it accepts with a 2xx). */
    public void answer(int status) {
        this.answer = status;
    }

    /** Stops listening: the port refuses connections. */
    public void stop() {
        server.stop(0);
    }

    /** Listens again on the same port. */
    public void restart() {
        start(port);
    }

    /** The requests accepted so far whose body mentions the text (a case reference, say), in arrival order. */
    public List<Received> about(String text) {
        return received.stream().filter(r -> r.body().contains(text)).toList();
    }

    public List<Received> all() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
