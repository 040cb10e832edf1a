package org.guildhall.hr.leave.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Entitlement and balance for a leave type with a balance, by the tenant's policy: the full-year entitlement (higher
 * after the long-service years completed by the start of the leave year) plus privilege days, pro rata to the part of
 * the year employed (rounded up to the half day, as the civil service does), held in days for full-time staff and in
 * hours, pro rata to FTE, for part-time staff. Unused leave carries into the next year up to the cap. Where an
 * opening balance was brought in for the type (an employee whose department joined mid-year), the years from its
 * year on start from it instead: what it says carried into that year, and what it says was taken in that year before
 * Guildhall, on top of the leave booked here.
 */
public final class AnnualLeave {

    public enum Unit { DAYS, HOURS }

    /** Who the balance is for: when they were employed, their FTE, and any opening balances by leave type. */
    public record Employment(LocalDate start, LocalDate end, BigDecimal fte, Map<String, Opening> openings) {
        public Employment(LocalDate start, LocalDate end, BigDecimal fte) {
            this(start, end, fte, Map.of());
        }

        public Unit unit() {
            return fte.compareTo(BigDecimal.ONE) >= 0 ? Unit.DAYS : Unit.HOURS;
        }
    }

    /** Where a leave type's balance stood in leave year {@code leaveYear}, in {@code unit}: carried into it, taken in it. */
    public record Opening(int leaveYear, Unit unit, BigDecimal carriedOver, BigDecimal taken) {
    }

    /** One request's use of the balance. */
    public record Use(int leaveYear, boolean approved, LocalDate start, BigDecimal days, BigDecimal hours) {
        BigDecimal in(Unit unit) {
            return unit == Unit.DAYS ? days : hours;
        }
    }

    /** A leave year's figures, in {@code unit}: remaining = entitlement + carried over - taken - booked. */
    public record Balance(String leaveType, Unit unit, BigDecimal entitlement, BigDecimal carriedOver, BigDecimal taken,
                          BigDecimal booked, BigDecimal remaining) {
    }

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private AnnualLeave() {
    }

    /** The entitlement for leave year {@code year}, in the employee's unit; zero when not employed in it. */
    public static BigDecimal entitlement(LeavePolicy policy, LeavePolicy.LeaveType type, Employment employment, int year) {
        LocalDate yearStart = policy.yearStart(year, employment.start());
        LocalDate yearEnd = policy.yearEnd(year, employment.start());
        LocalDate from = employment.start().isAfter(yearStart) ? employment.start() : yearStart;
        LocalDate to = employment.end() != null && employment.end().isBefore(yearEnd) ? employment.end() : yearEnd;
        if (to.isBefore(from)) {
            return scale(BigDecimal.ZERO, employment.unit());
        }
        int serviceYears = yearStart.isAfter(employment.start()) ? Period.between(employment.start(), yearStart).getYears() : 0;
        BigDecimal fullYear = (type.longServiceYears() > 0 && serviceYears >= type.longServiceYears()
                ? type.longServiceEntitlementDays() : type.entitlementDays()).add(type.privilegeDays());
        long employed = ChronoUnit.DAYS.between(from, to) + 1;
        long inYear = ChronoUnit.DAYS.between(yearStart, yearEnd) + 1;
        BigDecimal days = employed == inYear ? fullYear
                : roundUpToHalf(fullYear.multiply(BigDecimal.valueOf(employed)).divide(BigDecimal.valueOf(inYear), 6, RoundingMode.HALF_UP));
        return inUnit(policy, employment, days);
    }

    /** The most that may be carried into a year. */
    public static BigDecimal carryOverCap(LeavePolicy policy, LeavePolicy.LeaveType type, Employment employment) {
        return inUnit(policy, employment, type.carryOverCapDays());
    }

    /**
     * The balance of leave year {@code year}, from every use of this leave type by the employee (pending and approved;
     * rejected and cancelled requests are not uses). Leave approved and started by {@code today} is taken; the rest is
     * booked. Pending leave counts against earlier years when working out what carries over, as approved leave does: it
     * will be taken or cancelled, and counting it keeps a later year from spending days an earlier one may still use.
     */
    public static Balance balance(LeavePolicy policy, LeavePolicy.LeaveType type, Employment employment, int year,
                                  List<Use> uses, LocalDate today) {
        Unit unit = employment.unit();
        BigDecimal cap = carryOverCap(policy, type, employment);
        Opening opening = employment.openings().get(type.code());
        boolean opened = opening != null && opening.leaveYear() <= year;
        int first = opened ? opening.leaveYear() : policy.leaveYearOf(employment.start(), employment.start());
        BigDecimal carried = scale(opened ? in(opening.carriedOver(), opening.unit(), policy, employment) : BigDecimal.ZERO, unit);
        BigDecimal takenBefore = opened ? in(opening.taken(), opening.unit(), policy, employment) : BigDecimal.ZERO;
        for (int y = first; y < year; y++) {
            int leaveYear = y;
            BigDecimal used = uses.stream().filter(u -> u.leaveYear() == leaveYear).map(u -> u.in(unit))
                    .reduce(y == first ? takenBefore : BigDecimal.ZERO, BigDecimal::add);
            BigDecimal left = entitlement(policy, type, employment, y).add(carried).subtract(used);
            carried = scale(left.signum() < 0 ? BigDecimal.ZERO : left.min(cap), unit);
        }
        BigDecimal taken = year == first ? takenBefore : BigDecimal.ZERO;
        BigDecimal booked = BigDecimal.ZERO;
        for (Use use : uses) {
            if (use.leaveYear() != year) {
                continue;
            }
            if (use.approved() && !use.start().isAfter(today)) {
                taken = taken.add(use.in(unit));
            } else {
                booked = booked.add(use.in(unit));
            }
        }
        BigDecimal entitlement = entitlement(policy, type, employment, year);
        return new Balance(type.code(), unit, entitlement, carried, scale(taken, unit), scale(booked, unit),
                scale(entitlement.add(carried).subtract(taken).subtract(booked), unit));
    }

    /** {@code amount} in {@code from} as the employee's unit now (an opening kept in days before they went part time, say). */
    private static BigDecimal in(BigDecimal amount, Unit from, LeavePolicy policy, Employment employment) {
        if (from == employment.unit()) {
            return amount;
        }
        BigDecimal day = policy.standardDayHours().multiply(employment.fte());
        return from == Unit.DAYS ? amount.multiply(day) : amount.divide(policy.standardDayHours(), 6, RoundingMode.HALF_UP);
    }

    private static BigDecimal inUnit(LeavePolicy policy, Employment employment, BigDecimal days) {
        if (employment.unit() == Unit.DAYS) {
            return scale(days, Unit.DAYS);
        }
        return days.multiply(policy.standardDayHours()).multiply(employment.fte()).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal roundUpToHalf(BigDecimal days) {
        return days.multiply(TWO).setScale(0, RoundingMode.CEILING).divide(TWO, 1, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal scale(BigDecimal amount, Unit unit) {
        return amount.setScale(unit == Unit.DAYS ? 1 : 2, RoundingMode.HALF_UP);
    }
}
