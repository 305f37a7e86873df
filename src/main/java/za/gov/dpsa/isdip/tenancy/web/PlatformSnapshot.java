package za.gov.dpsa.isdip.tenancy.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A copy of something the platform database holds for every portal instance (accounts disabled, roles changed),
 * read again at most every {@code refresh}, and at once after this instance changed it. Reading a small table
 * every few seconds is what lets every instance act on another's change without a message bus.
 */
final class PlatformSnapshot<T> {

    private static final Logger log = LoggerFactory.getLogger(PlatformSnapshot.class);

    private final Supplier<T> load;
    private final Clock clock;
    private final Duration refresh;
    private volatile T value;
    private volatile Instant loadedAt = Instant.MIN;
    private final ReentrantLock refreshing = new ReentrantLock();

    PlatformSnapshot(Supplier<T> load, T empty, Clock clock, Duration refresh) {
        this.load = load;
        this.clock = clock;
        this.refresh = refresh;
        this.value = empty;
    }

    /** The copy, read again first when it is due; a failed read keeps the last copy rather than fail the request. */
    T current() {
        if (loadedAt.equals(Instant.MIN)) {
            reload(); // The first read: nothing to go on with yet.
        } else if (loadedAt.plus(refresh).isBefore(clock.instant()) && refreshing.tryLock()) {
            // One thread reads; the others go on with the copy they have.
            try {
                if (loadedAt.plus(refresh).isBefore(clock.instant())) {
                    reload();
                }
            } catch (RuntimeException e) {
                log.warn("Could not read the platform's copy again, keeping the last one: {}", e.toString());
            } finally {
                refreshing.unlock();
            }
        }
        return value;
    }

    /**
     * Reads the table now. Serialised, so that a read begun before this instance's own change can never replace,
     * after it, the copy read since.
     */
    synchronized void reload() {
        value = load.get();
        loadedAt = clock.instant();
    }
}
