package org.guildhall.platform.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.time.BusinessCalendar;
import org.guildhall.platform.time.Clocks;
import org.guildhall.platform.time.Nation;
import org.guildhall.platform.time.WorkingDays;

/**
 * A demo tenant as the modules see it: its code, how many people it employs (their numbers are
 * {@link #employeeNumber}), the months of its demo year, and a way to run work in a transaction scoped to it.
 *
 * @param code       the tenant
 * @param name       what it is called
 * @param prefix     two letters that make its people's numbers, NI numbers and names its own
 * @param employees  how many people the demo gives it (beside the demo users' own records in {@code demo})
 * @param year       the twelve months before the one the demo was built in, oldest first
 * @param today      the business date the demo was built on: nothing is made after it
 * @param passwordHash the demo password, hashed once, for the accounts of the demo's people
 */
public record DemoTenant(String code, String name, String prefix, int employees, List<YearMonth> year, LocalDate today,
                         String passwordHash, DemoTransactions transactions) {

    /**
     * Who does what among the demo's people, by index: the head, then HR, finance, payroll, purchasing and a second
     * accounts payable clerk (bank details and price variances are confirmed by someone other than who entered them).
     */
    public static final int HEAD = 0, HR = 1, FINANCE = 2, PAYROLL = 3, BUYER = 4, PAYABLES = 5;

    /** How many line managers report to the head; everyone else reports to one of them. */
    public int managers() {
        return Math.max(BUYER, employees / 10);
    }

    /**
     * When the centre took the tenant on: 08:30 on the first working day 120 days before its demo year, so that what
     * must be settled long before the year (suppliers' bank details) can be, and its fiscal years are opened then.
     */
    public Instant joined() {
        return at(WorkingDays.in(Nation.ENGLAND).onOrAfter(year.get(0).atDay(1).minusDays(120)), LocalTime.of(8, 30));
    }

    /** The index of person {@code index}'s line manager, or -1 for the head, who has none. */
    public int managerOf(int index) {
        if (index == HEAD) {
            return -1;
        }
        return index <= managers() ? HEAD : 1 + (index - managers() - 1) % managers();
    }

    /** The roles person {@code index} holds; everyone is an employee. */
    public Set<TenantRole> roles(int index) {
        var roles = EnumSet.of(TenantRole.EMPLOYEE);
        switch (index) {
            case HEAD -> roles.addAll(List.of(TenantRole.BUDGET_HOLDER,
                    TenantRole.PAYROLL_APPROVER, TenantRole.AP_APPROVER));
            case HR -> roles.add(TenantRole.HR_ADMIN);
            case PAYABLES -> roles.add(TenantRole.AP_CLERK);
            case FINANCE -> roles.add(TenantRole.FINANCE);
            case PAYROLL -> roles.add(TenantRole.PAYROLL_ADMIN);
            case BUYER -> roles.addAll(List.of(TenantRole.PROCUREMENT,
                    TenantRole.AP_CLERK));
            default -> {
            }
        }
        return roles;
    }

    /** The username of person {@code index}: their employee number in lower case. They sign in with the demo password. */
    public String username(int index) {
        return employeeNumber(index).toLowerCase(Locale.ROOT);
    }

    /** The number of the {@code index}th (from 0) person the demo gives this tenant: its prefix and four digits from 1001. */
    public String employeeNumber(int index) {
        return prefix + (1001 + index);
    }

    /**
     * A generator for one purpose in one month: the same seed on every first start, and a different one for each
     * tenant, purpose and month, so that one module drawing more numbers never changes what another gets.
     */
    public Random random(String purpose, YearMonth month) {
        long seed = ((long) (code + "/" + purpose).hashCode() << 20) ^ (month == null ? 0 : month.hashCode());
        // mixed: seeds this close give java.util.Random first draws that move together (the same parity, month after month)
        return new Random(new java.util.SplittableRandom(seed).nextLong());
    }

    /** The instant of {@code time} on {@code day} in the business calendar (UK). */
    public static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(BusinessCalendar.ZONE).toInstant();
    }

    /**
     * Runs {@code work} as the tenant's user {@code username} at {@code at}, in a transaction of its own scoped to the
     * tenant, as a request of theirs made then would: see {@link DemoTransactions#as}.
     */
    public <T> T act(String username, Instant at, Supplier<T> work) {
        return Clocks.actingAt(at, () -> transactions.as(code, username, work));
    }

    /** {@link #act(String, Instant, Supplier)} for work that answers nothing. */
    public void act(String username, Instant at, Runnable work) {
        act(username, at, () -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} in a transaction of its own scoped to this tenant, and answers what it answers. */
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.in(code, work);
    }

    /** {@link #inTransaction(Supplier)} for work that answers nothing. */
    public void inTransaction(Runnable work) {
        transactions.in(code, () -> {
            work.run();
            return null;
        });
    }
}
