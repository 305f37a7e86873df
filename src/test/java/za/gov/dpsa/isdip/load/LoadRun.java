package za.gov.dpsa.isdip.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * N simulated officials at once, each on a virtual thread with a tab of their own: they sign in spread over the
 * ramp-up, work round after round until the run's time is up, and sign out. An error ends that official's round
 * (it is counted, they start a new round in a fresh tab, signing in again), so one failure does not hide others.
 */
final class LoadRun {

    /** A load user's credentials and their number within their department. */
    record Official(String username, String password, int ordinal) {
    }

    private LoadRun() {
    }

    /**
     * @param warmUp rounds are not recorded until this much of the run has passed (after the ramp-up)
     */
    static void run(URI portal, List<Official> officials, Duration think, Duration rampUp, Duration warmUp,
                    Duration duration, Recorder recorder) throws InterruptedException {
        HttpClient http = VaadinTab.sharedClient();
        long start = System.nanoTime();
        long recordFrom = start + rampUp.plus(warmUp).toNanos();
        long end = start + rampUp.plus(warmUp).plus(duration).toNanos();
        recorder.recording(warmUp.isZero() && rampUp.isZero());
        try (ExecutorService users = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < officials.size(); i++) {
                Official official = officials.get(i);
                long delay = rampUp.toNanos() * i / Math.max(1, officials.size());
                users.submit(() -> {
                    TimeUnit.NANOSECONDS.sleep(delay);
                    work(portal, http, official, think, end, recorder);
                    return null;
                });
            }
            users.submit(() -> {
                TimeUnit.NANOSECONDS.sleep(Math.max(0, recordFrom - System.nanoTime()));
                recorder.recording(true);
                // Rounds still under way at the end finish, but what they do after it is not part of the run.
                TimeUnit.NANOSECONDS.sleep(Math.max(0, end - System.nanoTime()));
                recorder.recording(false);
                return null;
            });
            users.shutdown();
            if (!users.awaitTermination(duration.plus(rampUp).plus(warmUp).toSeconds() + 600, TimeUnit.SECONDS)) {
                throw new IllegalStateException("simulated officials did not finish 10 minutes after the run's end");
            }
        }
    }

    private static void work(URI portal, HttpClient http, Official official, Duration think, long end,
                             Recorder recorder) throws InterruptedException {
        while (System.nanoTime() < end) {
            VaadinTab tab = new VaadinTab(http, portal, recorder);
            OfficialJourney journey = new OfficialJourney(tab, official.username(), official.password(),
                    official.ordinal(), think);
            try {
                journey.signInToHome();
                while (System.nanoTime() < end) {
                    journey.workRound();
                    recorder.journeyCompleted();
                }
                journey.signOut();
            } catch (JourneyError error) {
                recorder.error(error);
                Thread.sleep(think.toMillis());
            } catch (RuntimeException bug) {
                // A failure of the driver itself counts too: a run must never look clean because its client broke.
                recorder.error(new JourneyError("driver", bug.toString()));
                Thread.sleep(Math.max(1000, think.toMillis()));
            }
        }
    }
}
