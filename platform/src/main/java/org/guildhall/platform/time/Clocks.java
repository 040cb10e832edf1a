package org.guildhall.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class Clocks {

    /**
     * {@code GUILDHALL_CLOCK_START}: an ISO-8601 instant the application's time starts from when it boots, running on
     * from there at the normal rate. For a training or rehearsal deployment that must act on a given day (a year end,
     * a pay day), and for the integration tests, which pin the date so that nothing they check depends on the day or
     * the hour they run. Unset (always in production): the real time.
     */
    @Inject
    @ConfigProperty(name = "guildhall.clock.start")
    Optional<String> start;

    /** Instants are UTC; business dates are derived from them in the business calendar where needed. */
    @Produces
    @ApplicationScoped
    public Clock clock() {
        // microseconds, as PostgreSQL keeps them
        return new ActingClock(Clock.tick(startingFrom(start, Clock.systemUTC()), Duration.ofNanos(1_000)));
    }

    /**
     * Runs {@code work} on this thread with the application's clock reading {@code at}: for the demo centre, which
     * builds a year of activity through the services at the times it happened, on first start before anything is
     * served. Other threads keep the real time; the instant is dropped afterwards even when {@code work} fails.
     */
    public static <T> T actingAt(Instant at, java.util.function.Supplier<T> work) {
        Instant before = ActingClock.ACTING.get();
        ActingClock.ACTING.set(java.util.Objects.requireNonNull(at));
        try {
            return work.get();
        } finally {
            if (before == null) {
                ActingClock.ACTING.remove();
            } else {
                ActingClock.ACTING.set(before);
            }
        }
    }

    /** Whether this thread acts at a set instant ({@link #actingAt}): its work happened in the past, and tells no one now. */
    public static boolean acting() {
        return ActingClock.ACTING.get() != null;
    }

    /** {@link #actingAt(Instant, java.util.function.Supplier)} for work that answers nothing. */
    public static void actingAt(Instant at, Runnable work) {
        actingAt(at, () -> {
            work.run();
            return null;
        });
    }

    /** The application's clock: the instant this thread acts at, if {@link #actingAt} set one, else the running one. */
    static final class ActingClock extends Clock {

        static final ThreadLocal<Instant> ACTING = new ThreadLocal<>();
        private final Clock running;

        ActingClock(Clock running) {
            this.running = running;
        }

        @Override
        public Instant instant() {
            Instant acting = ACTING.get();
            return acting != null ? acting : running.instant();
        }

        @Override
        public java.time.ZoneId getZone() {
            return running.getZone();
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return new ActingClock(running.withZone(zone));
        }
    }

    static Clock startingFrom(Optional<String> start, Clock real) {
        if (start.isEmpty() || start.get().isBlank()) {
            return real;
        }
        try {
            Instant from = Instant.parse(start.get().strip());
            return Clock.offset(real, Duration.between(real.instant(), from));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("GUILDHALL_CLOCK_START must be an ISO-8601 instant such as 2026-11-16T10:00:00Z, not '"
                    + start.get() + "'", e);
        }
    }
}
