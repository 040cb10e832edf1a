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
        return Clock.tick(startingFrom(start, Clock.systemUTC()), Duration.ofNanos(1_000)); // microseconds, as PostgreSQL keeps them
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
