package za.gov.dpsa.isdip.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every timed step of a load run: the time the simulated official waited (client) and the portal's own share of it
 * (from the {@code Server-Timing} header), per action, plus the errors. Thread-safe; a run's users share one.
 */
final class Recorder {

    /** One timed step. {@code serverMillis} is -1 where the portal reports none (sign-in, sign-out). */
    record Sample(String action, double clientMillis, double serverMillis, int bytes) {
    }

    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicInteger journeys = new AtomicInteger();
    private volatile boolean recording = true;

    void record(String action, long clientNanos, double serverMillis, int bytes) {
        if (recording) {
            samples.add(new Sample(action, clientNanos / 1_000_000.0, serverMillis, bytes));
        }
    }

    void error(JourneyError error) {
        errors.add(error.getMessage());
    }

    void journeyCompleted() {
        if (recording) {
            journeys.incrementAndGet();
        }
    }

    /** Warm-up steps are not counted. */
    void recording(boolean on) {
        recording = on;
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    int journeys() {
        return journeys.get();
    }

    List<Sample> samples() {
        return List.copyOf(samples);
    }

    /** UI round trips only: the steps the p95 goal is about (not the sign-in redirects and full page loads). */
    List<Sample> roundTrips() {
        return samples.stream().filter(s -> s.serverMillis() >= 0 && !s.action().startsWith("sign-in")
                && !s.action().startsWith("page ")).toList();
    }

    /** Percentile by the nearest-rank method; {@code p} in 0..100. */
    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** A table of p50/p95/p99 per action, client and server time, and the count of samples. */
    String table() {
        Map<String, List<Sample>> byAction = new TreeMap<>();
        for (Sample sample : samples) {
            byAction.computeIfAbsent(sample.action(), a -> new ArrayList<>()).add(sample);
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "  %-34s %6s | %8s %8s %8s | %8s %8s %8s | %8s%n", "action", "n", "p50 ms", "p95 ms", "p99 ms",
                "srv p50", "srv p95", "srv p99", "KB avg"));
        byAction.forEach((action, list) -> out.append(line(action, list)));
        out.append(line("ALL UI ROUND TRIPS", roundTrips()));
        return out.toString();
    }

    private static String line(String action, List<Sample> list) {
        List<Double> client = list.stream().map(Sample::clientMillis).toList();
        List<Double> server = list.stream().map(Sample::serverMillis).filter(s -> s >= 0).toList();
        double kilobytes = list.stream().mapToInt(Sample::bytes).average().orElse(0) / 1024.0;
        return String.format(Locale.ROOT, "  %-34s %6d | %8.1f %8.1f %8.1f | %8.1f %8.1f %8.1f | %8.1f%n", action,
                list.size(), percentile(client, 50), percentile(client, 95), percentile(client, 99),
                percentile(server, 50), percentile(server, 95), percentile(server, 99), kilobytes);
    }
}
