package za.gov.dpsa.isdip.load;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The load driver on its own, against a portal that is already running (a staging instance, or
 * {@code ./mvnw spring-boot:run}): {@code LoadDriver <portal> <seconds> <think-ms> user:password ...}. It prints the
 * table the benchmark prints. See docs/load-testing.md.
 */
public final class LoadDriver {

    private LoadDriver() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 4) {
            System.err.println("usage: LoadDriver <portal url> <seconds> <think ms> <user:password>...");
            System.exit(2);
        }
        URI portal = URI.create(args[0]);
        List<LoadRun.Official> officials = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            String[] credentials = args[i].split(":", 2);
            officials.add(new LoadRun.Official(credentials[0], credentials[1], i - 3));
        }
        Recorder recorder = new Recorder();
        LoadRun.run(portal, officials, Duration.ofMillis(Long.parseLong(args[2])), Duration.ZERO, Duration.ZERO,
                Duration.ofSeconds(Long.parseLong(args[1])), recorder);
        System.out.print(recorder.table());
        System.out.println("rounds completed: " + recorder.journeys() + ", errors: " + recorder.errors().size());
        recorder.errors().stream().limit(20).forEach(e -> System.out.println("  ERROR " + e));
        System.exit(recorder.errors().isEmpty() ? 0 : 1);
    }
}
