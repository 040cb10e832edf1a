package org.guildhall.platform.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.guildhall.platform.measure.control.ServiceMeasures;
import org.guildhall.platform.security.PasswordHasher;
import org.guildhall.platform.time.BusinessCalendar;

/**
 * Builds the demo centre's year: for each demo tenant, what every module needs first ({@link DemoActivity#prepare}),
 * then each month of the twelve before this one, oldest first, every tenant's activity in it module by module; then
 * the service measures of those months, as the monthly job would have kept them.
 */
@ApplicationScoped
public class DemoCentre {

    private static final Logger LOG = Logger.getLogger(DemoCentre.class.getName());

    /** The demo group: a department and two agencies. */
    public static final String GROUP = "demo-centre";
    /** The demo's tenants, the department first; {@code demo} is the one the README's demo users are in. */
    static final List<Member> MEMBERS = List.of(
            new Member("demo", "Demo Department", "DD", 146),
            new Member("demo-standards", "Demo Standards Agency", "SA", 90),
            new Member("demo-records", "Demo Records Agency", "RA", 60));

    record Member(String code, String name, String prefix, int employees) {
    }

    @Inject
    @Any
    Instance<DemoActivity> activities;

    @Inject
    DemoTransactions transactions;

    @Inject
    ServiceMeasures measures;

    @Inject
    Clock clock;

    /** The demo tenants as the modules see them, their year ending with the month before {@code today}'s. */
    public List<DemoTenant> tenants(LocalDate today) {
        YearMonth now = YearMonth.from(today);
        List<YearMonth> year = IntStream.rangeClosed(1, 12).mapToObj(i -> now.minusMonths(13 - i)).toList();
        return MEMBERS.stream().map(m -> new DemoTenant(m.code(), m.name(), m.prefix(), m.employees(), year, today, passwordHash(),
                transactions)).toList();
    }

    /** The demo password, which every demo user has; not for real use. */
    public static final String PASSWORD = "demo-password-not-for-real-use";
    private String passwordHash;

    private synchronized String passwordHash() {
        if (passwordHash == null) {
            passwordHash = PasswordHasher.hash(PASSWORD.toCharArray());
        }
        return passwordHash;
    }

    /** When the centre took the demo tenants on: {@link DemoTenant#joined}. */
    public Instant onboardedAt(LocalDate today) {
        return tenants(today).get(0).joined();
    }

    /** The agencies, which the caller onboards into {@link #GROUP} beside the department. */
    public List<DemoTenant> agencies(LocalDate today) {
        return tenants(today).subList(1, MEMBERS.size());
    }

    /** Builds the year for the demo tenants, which exist already; answers how many months' measures it kept. */
    public int buildYear() {
        LocalDate today = BusinessCalendar.today(clock);
        List<DemoTenant> tenants = tenants(today);
        List<DemoActivity> ordered = new ArrayList<>();
        activities.forEach(ordered::add);
        ordered.sort(Comparator.comparingInt(DemoActivity::order));
        for (DemoTenant tenant : tenants) {
            for (DemoActivity activity : ordered) {
                activity.prepare(tenant);
            }
        }
        for (YearMonth month : tenants.get(0).year()) {
            long started = System.nanoTime();
            for (DemoTenant tenant : tenants) {
                for (DemoActivity activity : ordered) {
                    activity.month(tenant, month);
                }
            }
            LOG.fine(() -> "Demo centre: " + month + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
        int kept = 0;
        for (DemoTenant tenant : tenants) {
            for (YearMonth month : tenant.year()) {
                measures.compute(tenant.code(), month);
                kept++;
            }
        }
        return kept;
    }
}
