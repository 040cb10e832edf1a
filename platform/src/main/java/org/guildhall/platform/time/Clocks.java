package org.guildhall.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

@ApplicationScoped
public class Clocks {

    /** Instants are UTC; business dates are derived from them in the business calendar where needed. */
    @Produces
    @ApplicationScoped
    public Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000)); // microseconds, as PostgreSQL keeps them
    }
}
