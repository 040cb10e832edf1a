package org.guildhall.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClocksTest {

    private static final Clock REAL = Clock.fixed(Instant.parse("2031-07-09T08:15:00Z"), ZoneOffset.UTC);

    @Test
    void withoutAStartTheClockIsTheRealOne() {
        assertSame(REAL, Clocks.startingFrom(Optional.empty(), REAL));
        assertSame(REAL, Clocks.startingFrom(Optional.of(" "), REAL));
    }

    @Test
    void aStartMovesTheClockToItAndTimeRunsOnFromThere() {
        Instant[] now = {Instant.parse("2031-07-09T08:15:00Z")};
        Clock real = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        Clock shifted = Clocks.startingFrom(Optional.of("2026-11-16T10:00:00Z"), real);
        assertEquals(Instant.parse("2026-11-16T10:00:00Z"), shifted.instant());
        now[0] = now[0].plus(Duration.ofMinutes(5));
        assertEquals(Instant.parse("2026-11-16T10:05:00Z"), shifted.instant());
    }

    @Test
    void aStartThatIsNotAnInstantIsRefusedNamingTheSetting() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Clocks.startingFrom(Optional.of("16/11/2026"), REAL));
        assertTrue(refused.getMessage().contains("GUILDHALL_CLOCK_START"), refused.getMessage());
    }

    @Test
    void aThreadActsAtTheInstantItWasGivenOnlyWhileItsWorkRunsAndOtherThreadsKeepTheRunningTime() throws Exception {
        Instant running = Instant.parse("2026-11-16T10:00:00Z");
        Clock clock = new Clocks.ActingClock(Clock.fixed(running, ZoneOffset.UTC));
        Instant past = Instant.parse("2026-03-02T09:30:00Z");
        Instant[] elsewhere = new Instant[1];
        Instant seen = Clocks.actingAt(past, () -> {
            Thread other = new Thread(() -> elsewhere[0] = clock.instant());
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            Instant inner = Clocks.actingAt(past.plusSeconds(60), clock::instant);
            assertEquals(past.plusSeconds(60), inner);
            return clock.instant(); // the outer instant again once the inner work is done
        });
        assertEquals(past, seen);
        assertEquals(running, elsewhere[0]);
        assertEquals(running, clock.instant());
        assertThrows(IllegalStateException.class, () -> Clocks.actingAt(past, (Runnable) () -> {
            throw new IllegalStateException("refused");
        }));
        assertEquals(running, clock.instant(), "a failed piece of work leaves the running time behind it");
    }
}
