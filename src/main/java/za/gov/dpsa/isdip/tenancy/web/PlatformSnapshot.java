package za.gov.dpsa.isdip.tenancy.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A copy of something the platform database holds for every portal instance (accounts disabled, roles changed),
 * read again at most every {@code refresh}, and at once after this instance changed it. Reading a small table
 * every few seconds is what lets every instance act on another's change without a message bus.
 */
final class PlatformSnapshot<T> {

    private final Supplier<T> load;
    private final Clock clock;
    private final Duration refresh;
    private volatile T value;
    private volatile Instant loadedAt = Instant.MIN;

    PlatformSnapshot(Supplier<T> load, T empty, Clock clock, Duration refresh) {
        this.load = load;
        this.clock = clock;
        this.refresh = refresh;
        this.value = empty;
    }

    T current() {
        if (loadedAt.plus(refresh).isBefore(clock.instant())) {
            reload();
        }
        return value;
    }

    void reload() {
        value = load.get();
        loadedAt = clock.instant();
    }
}
