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
    /** Beyond this many tracked names or addresses, the idle ones are forgotten. */
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

    /**
     * Admits one attempt for this username from this address, or answers how long to wait. Once a failure is on record,
     * checks in flight count against the limit too, so that guesses sent at once cannot all pass before the fifth
     * failure locks the username (the very first burst, before any failure has landed, is not held back: that would
     * stop honest integrations that sign in from many threads). Every admitted attempt must end in {@link #failed},
     * {@link #succeeded} or {@link #abandoned}.
     */
    public Optional<Duration> admit(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> account = reserve(accounts, key(username), ACCOUNT_FAILURES, now);
        if (account.isPresent()) {
            return account;
        }
        Optional<Duration> fromAddress = reserve(addresses, address, addressFailures, now);
        if (fromAddress.isPresent()) {
            release(accounts, key(username));
        }
        return fromAddress;
    }

    /** Ends an admitted attempt with a wrong password; answers the lock it starts, if it starts one (to be audited). */
    public Optional<Lock> failed(String username, String address) {
        Instant now = clock.instant();
        Optional<Lock> onAccount = count(accounts, key(username), ACCOUNT_FAILURES, now).map(r -> new Lock(true, key(username), r.until, r.lockedAfter, address));
        Optional<Lock> onAddress = count(addresses, address, addressFailures, now).map(r -> new Lock(false, address, r.until, r.lockedAfter, address));
        return onAccount.isPresent() ? onAccount : onAddress;
    }

    /**
     * Ends an admitted attempt with the right password. The doubling of later locks starts again, but the failures of
     * the last quarter of an hour still count: someone guessing between the owner's own sign-ins (an integration that
     * sends its password with every call) is locked all the same.
     */
    public void succeeded(String username, String address) {
        accounts.computeIfPresent(key(username), (k, record) -> record.succeeded());
        release(addresses, address);
    }

    /** Ends an admitted attempt that reached no verdict (the check itself failed). */
    public void abandoned(String username, String address) {
        release(accounts, key(username));
        release(addresses, address);
    }

    private Optional<Duration> reserve(Map<String, Record> records, String key, int threshold, Instant now) {
        if (records.size() >= TRACKED) {
            forgetIdle(records, now);
        }
        Instant[] wait = new Instant[1];
        records.compute(key, (k, current) -> {
            Record record = current == null ? new Record() : current;
            wait[0] = record.reserve(now, threshold);
            return record;
        });
        return wait[0] == null ? Optional.empty() : Optional.of(Duration.between(now, wait[0]));
    }

    private static void release(Map<String, Record> records, String key) {
        records.computeIfPresent(key, (k, record) -> record.release());
    }

    private Optional<Record> count(Map<String, Record> records, String key, int threshold, Instant now) {
        if (records.size() >= TRACKED) {
            forgetIdle(records, now);
        }
        Record record = records.compute(key, (k, current) -> (current == null ? new Record() : current).fail(now, threshold));
        return record.lockStarted ? Optional.of(record) : Optional.empty();
    }

    /** Forgets idle records; never a lock still running or an attempt in flight, even when that leaves the map full. */
    private static void forgetIdle(Map<String, Record> records, Instant now) {
        records.values().removeIf(r -> r.idleSince(now));
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

        int inFlight;

        /** Null when an attempt may go ahead (and is now in flight); else until when it must wait. */
        Instant reserve(Instant now, int threshold) {
            if (until != null && until.isAfter(now)) {
                return until;
            }
            int recent = firstFailure != null && Duration.between(firstFailure, now).compareTo(WINDOW) <= 0 ? failures : 0;
            // checks in flight count only once a failure is on record: an integration signing in from many threads at
            // once is never held up, while a guesser's later bursts cannot all pass before the lock
            if (recent > 0 && recent + inFlight >= threshold) {
                return now.plusSeconds(1);
            }
            inFlight++;
            return null;
        }

        Record release() {
            inFlight = Math.max(0, inFlight - 1);
            return this;
        }

        Record succeeded() {
            locks = 0;
            return release();
        }

        Record fail(Instant now, int threshold) {
            lockStarted = false;
            release();
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
            if (inFlight > 0) {
                return false;
            }
            if (lastFailure == null) {
                return true;
            }
            return Duration.between(until != null && until.isAfter(lastFailure) ? until : lastFailure, now).compareTo(WINDOW) > 0;
        }
    }
}
