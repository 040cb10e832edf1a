package org.guildhall.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-11-16T10:00:00Z");

        void pass(Duration time) {
            now = now.plus(time);
        }

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    private final HandClock clock = new HandClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    /** Up to {@code times} wrong passwords, each admitted first; stops at the first one refused. */
    private Optional<SignInThrottle.Lock> fail(String username, int times) {
        Optional<SignInThrottle.Lock> last = Optional.empty();
        for (int i = 0; i < times; i++) {
            if (throttle.admit(username, "192.0.2.1").isPresent()) {
                return Optional.empty();
            }
            last = throttle.failed(username, "192.0.2.1");
        }
        return last;
    }

    private Optional<Duration> wait(String username, String address) {
        Optional<Duration> wait = throttle.admit(username, address);
        if (wait.isEmpty()) {
            throttle.abandoned(username, address);
        }
        return wait;
    }

    @Test
    void the_fifth_wrong_password_in_a_row_locks_the_username_for_a_minute() {
        assertTrue(fail("alice", SignInThrottle.ACCOUNT_FAILURES - 1).isEmpty());
        assertEquals(Optional.empty(), wait("alice", "192.0.2.1"));
        SignInThrottle.Lock lock = fail("alice", 1).orElseThrow();
        assertTrue(lock.onAccount());
        assertEquals(SignInThrottle.ACCOUNT_FAILURES, lock.failures());
        assertEquals(Duration.ofMinutes(1), Duration.between(clock.now, lock.until()));
        assertEquals(Optional.of(Duration.ofMinutes(1)), wait("ALICE ", "198.51.100.7"), "any address, any spelling");
        assertEquals(Optional.empty(), wait("bob", "198.51.100.7"), "other usernames are untouched");
        clock.pass(Duration.ofSeconds(61));
        assertEquals(Optional.empty(), wait("alice", "192.0.2.1"));
    }

    @Test
    void each_later_lock_doubles_until_a_right_password_and_is_at_most_half_an_hour() {
        long[] minutes = {1, 2, 4, 8, 16, 30, 30};
        for (long expected : minutes) {
            SignInThrottle.Lock lock = fail("alice", SignInThrottle.ACCOUNT_FAILURES).orElseThrow();
            assertEquals(Duration.ofMinutes(expected), Duration.between(clock.now, lock.until()));
            clock.pass(Duration.ofMinutes(expected).plusSeconds(1));
        }
        assertTrue(throttle.admit("alice", "192.0.2.1").isEmpty());
        throttle.succeeded("alice", "192.0.2.1");
        assertEquals(Duration.ofMinutes(1), Duration.between(clock.now, fail("alice", SignInThrottle.ACCOUNT_FAILURES).orElseThrow().until()));
    }

    @Test
    void attempts_while_locked_are_not_counted_and_old_failures_are_forgotten() {
        fail("alice", SignInThrottle.ACCOUNT_FAILURES);
        assertTrue(fail("alice", 100).isEmpty(), "refused before checking; no new lock");
        assertTrue(throttle.admit("alice", "192.0.2.1").isPresent());
        clock.pass(Duration.ofMinutes(2));
        fail("bob", SignInThrottle.ACCOUNT_FAILURES - 1);
        clock.pass(Duration.ofMinutes(16));
        assertTrue(fail("bob", 1).isEmpty(), "four failures a quarter of an hour ago no longer count");
        clock.pass(Duration.ofHours(25));
        SignInThrottle.Lock again = fail("alice", SignInThrottle.ACCOUNT_FAILURES).orElseThrow();
        assertEquals(Duration.ofMinutes(1), Duration.between(clock.now, again.until()), "a quiet day starts the doubling again");
    }

    @Test
    void an_address_trying_many_usernames_is_locked_whichever_it_tries_next() {
        Optional<SignInThrottle.Lock> lock = Optional.empty();
        for (int i = 0; i < SignInThrottle.ADDRESS_FAILURES; i++) {
            assertTrue(throttle.admit("user" + i, "203.0.113.9").isEmpty());
            lock = throttle.failed("user" + i, "203.0.113.9");
        }
        assertTrue(lock.isPresent() && !lock.get().onAccount());
        assertTrue(wait("someone-else", "203.0.113.9").isPresent());
        assertEquals(Optional.empty(), wait("someone-else", "192.0.2.1"));
    }

    @Test
    void a_username_no_account_has_is_counted_the_same_so_answers_do_not_tell() {
        assertTrue(fail("no-such-person", SignInThrottle.ACCOUNT_FAILURES).isPresent());
        assertTrue(wait("no-such-person", "192.0.2.1").isPresent());
    }

    @Test
    void once_a_failure_is_on_record_guesses_sent_at_once_cannot_all_pass_before_the_lock() {
        fail("alice", 1);
        for (int i = 1; i < SignInThrottle.ACCOUNT_FAILURES; i++) {
            assertTrue(throttle.admit("alice", "192.0.2.1").isEmpty(), "four more are checked");
        }
        assertTrue(throttle.admit("alice", "192.0.2.1").isPresent(), "the next waits while those are in flight");
        for (int i = 1; i < SignInThrottle.ACCOUNT_FAILURES; i++) {
            throttle.failed("alice", "192.0.2.1");
        }
        assertEquals(Optional.of(Duration.ofMinutes(1)), wait("alice", "192.0.2.1"));
    }

    @Test
    void an_integration_signing_in_from_many_threads_at_once_is_not_held_up() {
        for (int i = 0; i < 50; i++) {
            assertTrue(throttle.admit("service", "192.0.2.1").isEmpty());
        }
    }

    @Test
    void the_owners_right_password_does_not_wipe_a_guessers_failures() {
        fail("alice", SignInThrottle.ACCOUNT_FAILURES - 1);
        assertTrue(throttle.admit("alice", "198.51.100.7").isEmpty());
        throttle.succeeded("alice", "198.51.100.7");
        assertTrue(fail("alice", 1).isPresent(), "the fifth failure in the quarter hour locks, right password or not between");
    }

    @Test
    void an_attempt_that_reaches_no_verdict_frees_its_place() {
        for (int i = 0; i < 10; i++) {
            assertTrue(throttle.admit("alice", "192.0.2.1").isEmpty());
            throttle.abandoned("alice", "192.0.2.1");
        }
    }
}
