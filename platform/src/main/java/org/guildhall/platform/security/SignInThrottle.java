package org.guildhall.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing down, per username and per client address. Failures are counted in a rolling window; the
 * {@value #ACCOUNT_FAILURES}th wrong password for a username in a row locks it for a minute, and each later lock
 * doubles (to at most {@link #LONGEST_LOCK}) until a right password is given after a lock has run out, or a day passes
 * without failures. An address is locked the same way after {@value #ADDRESS_FAILURES} failures, for someone trying many
 * usernames; the number is high because a whole office may sign in from one address. While locked, every
 * attempt is refused without checking the password, so guessing costs the server nothing.
 * <p>
 * The username is counted whether or not an account has it, so the answers cannot tell which usernames exist. The
 * counts live in this instance's memory: a restart forgets them, and in a cluster each instance counts alone.
 */
@ApplicationScoped
public class SignInThrottle {

    public static final int ACCOUNT_FAILURES = 5;
    public static final int ADDRESS_FAILURES = 50;
    /** Where a deployment sets its own address threshold (the tests, whose every request comes from one address). */
    public static final String ADDRESS_FAILURES_SETTING = "guildhall.signin.address.failures";
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(30);
    /** A day without failures and the doubling starts again from a minute. */
    static final Duration FORGIVEN_AFTER = Duration.ofHours(24);
    /** Beyond this many tracked names or addresses, the idle ones are forgotten first. */
    private static final int TRACKED = 100_000;

    private Clock clock;
    private int addressFailures = ADDRESS_FAILURES;
    private final Map<String, Record> accounts = new ConcurrentHashMap<>();
    private final Map<String, Record> addresses = new ConcurrentHashMap<>();

    @Inject
    public SignInThrottle(Clock clock, Config config) {
        this(clock);
        this.addressFailures = config.getOptionalValue(ADDRESS_FAILURES_SETTING, Integer.class).orElse(ADDRESS_FAILURES);
    }

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** For the container's proxy only. */
    protected SignInThrottle() {
    }

    /** A lock that has started: on the username or on the address, until when, after how many failures, from where. */
    public record Lock(boolean onAccount, String key, Instant until, int failures, String address) {
    }

    /** How long until this username may try again from this address; empty when it may try now. */
    public Optional<Duration> wait(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(lockedUntil(accounts.get(key(username)), now), lockedUntil(addresses.get(address), now));
        return until == null ? Optional.empty() : Optional.of(Duration.between(now, until));
    }

    /** Counts a wrong password; answers the lock it starts, if it starts one (to be audited). */
    public Optional<Lock> failed(String username, String address) {
        Instant now = clock.instant();
        Optional<Lock> onAccount = count(accounts, key(username), ACCOUNT_FAILURES, now).map(r -> new Lock(true, key(username), r.until, r.lockedAfter, address));
        Optional<Lock> onAddress = count(addresses, address, addressFailures, now).map(r -> new Lock(false, address, r.until, r.lockedAfter, address));
        return onAccount.isPresent() ? onAccount : onAddress;
    }

    /** A right password: the username's count starts again (the address's does not; it may be guessing others). */
    public void succeeded(String username) {
        accounts.remove(key(username));
    }

    private Optional<Record> count(Map<String, Record> records, String key, int threshold, Instant now) {
        if (records.size() >= TRACKED) {
            forgetIdle(records, now);
        }
        Record record = records.compute(key, (k, current) -> (current == null ? new Record() : current).fail(now, threshold));
        return record.lockStarted ? Optional.of(record) : Optional.empty();
    }

    private static void forgetIdle(Map<String, Record> records, Instant now) {
        records.values().removeIf(r -> r.idleSince(now));
        if (records.size() >= TRACKED) {
            records.clear();
        }
    }

    private static Instant lockedUntil(Record record, Instant now) {
        return record != null && record.until != null && record.until.isAfter(now) ? record.until : null;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** Failures of one username or address; mutated only inside the map's compute, one key at a time. */
    private static final class Record {
        int failures;
        Instant firstFailure;
        Instant lastFailure;
        Instant until;
        int locks;
        int lockedAfter;
        boolean lockStarted;

        Record fail(Instant now, int threshold) {
            lockStarted = false;
            if (until != null && until.isAfter(now)) {
                return this;
            }
            if (lastFailure != null && Duration.between(lastFailure, now).compareTo(FORGIVEN_AFTER) > 0) {
                locks = 0;
                until = null;
            }
            if (firstFailure == null || Duration.between(firstFailure, now).compareTo(WINDOW) > 0) {
                firstFailure = now;
                failures = 0;
            }
            lastFailure = now;
            failures++;
            if (failures >= threshold) {
                Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(locks, 10));
                until = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
                locks++;
                lockedAfter = failures;
                failures = 0;
                firstFailure = now;
                lockStarted = true;
            }
            return this;
        }

        boolean idleSince(Instant now) {
            return Duration.between(until != null && until.isAfter(lastFailure) ? until : lastFailure, now).compareTo(WINDOW) > 0;
        }
    }
}
