package org.guildhall.hr.leave.entity;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.guildhall.hr.leave.entity.LeaveRequest.Status;
import org.guildhall.hr.leave.entity.WorkingTime.Half;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.time.BankHolidays;
import org.guildhall.platform.time.Nation;

/**
 * What someone asks to book (a null employee number means the caller's own record), and the rules the booking must
 * pass: it is read ({@link InvalidInput}), then refused ({@link RuleRefused}) if it ends before it starts, falls
 * outside employment or the two years either side of today, runs into the next leave year, covers no working time,
 * overlaps pending or approved leave to the half day, or overdraws the balance of this year or of a later one it
 * shrinks the carry-over into. Otherwise it is counted in the person's working time.
 */
public record Booking(String employeeNumber, String leaveType, LocalDate start, Half startHalf, LocalDate end, Half endHalf,
                      String note) {

    private static final String REFUSED = "The leave cannot be booked.";

    /** Whom the leave is for; {@code self} when they book it themselves. */
    public record Person(String employeeNumber, String givenName, AnnualLeave.Employment employment, Nation nation,
                         Map<DayOfWeek, BigDecimal> pattern, boolean self) {
    }

    /** A booking checked and counted: the working time it takes and, for leave with a balance, what is left after it. */
    public record Assessment(LeavePolicy.LeaveType type, Span span, int leaveYear, WorkingTime.Taken taken,
                             AnnualLeave.Balance balanceAfter) {
    }

    /** Checks and counts the booking for {@code person}, whose other requests are {@code requests}. */
    public Assessment assess(Person person, List<LeaveRequest> requests, LeavePolicy policy, LocalDate today) {
        LeavePolicy.LeaveType type = readType(policy);
        Span span = new Span(start, startHalf, end, endHalf);
        refuseOutside(span, person, today);
        LocalDate employed = person.employment().start();
        int leaveYear = policy.leaveYearOf(span.start(), employed);
        if (policy.leaveYearOf(span.end(), employed) != leaveYear) {
            LocalDate next = policy.yearStart(leaveYear + 1, employed);
            throw refused("end", "The leave runs into the next leave year, which starts on " + LeaveRequest.DAY.format(next)
                    + ". Book the days up to " + LeaveRequest.DAY.format(next.minusDays(1)) + " and the days from "
                    + LeaveRequest.DAY.format(next) + " as two requests");
        }
        WorkingTime.Taken taken = WorkingTime.between(span.start(), span.startHalf(), span.end(), span.endHalf(), person.pattern(),
                bankHolidays(span, person.nation(), policy));
        if (taken.days().signum() == 0) {
            throw refused("start", "There are no working days for " + person.givenName() + " from " + LeaveRequest.DAY.format(span.start())
                    + " to " + LeaveRequest.DAY.format(span.end()) + ": they are days off or bank holidays");
        }
        List<LeaveRequest> live = requests.stream().filter(r -> r.status() == Status.PENDING || r.status() == Status.APPROVED).toList();
        Optional<LeaveRequest> clash = live.stream().filter(r -> r.span().overlaps(span)).min(Comparator.comparing(LeaveRequest::start));
        if (clash.isPresent()) {
            throw refused("start", "This overlaps " + (person.self() ? "your" : person.givenName() + "'s") + " "
                    + clash.get().status().name().toLowerCase(Locale.UK) + " leave " + clash.get().describe());
        }
        AnnualLeave.Balance after = type.hasBalance()
                ? balanceAfter(type, person, live, policy, new AnnualLeave.Use(leaveYear, false, span.start(), taken.days(), taken.hours()), today)
                : null;
        return new Assessment(type, span, leaveYear, taken, after);
    }

    private LeavePolicy.LeaveType readType(LeavePolicy policy) {
        List<InvalidInput.Field> malformed = new ArrayList<>();
        Optional<LeavePolicy.LeaveType> type = policy.type(leaveType);
        if (type.isEmpty()) {
            malformed.add(new InvalidInput.Field("leaveType", "Choose a type of leave: "
                    + String.join(", ", policy.types().stream().map(LeavePolicy.LeaveType::code).toList())));
        }
        if (start == null) {
            malformed.add(new InvalidInput.Field("start", "Enter the first day of leave"));
        }
        if (end == null) {
            malformed.add(new InvalidInput.Field("end", "Enter the last day of leave"));
        }
        if (note != null && note.length() > 500) {
            malformed.add(new InvalidInput.Field("note", "Keep the note to 500 characters or fewer"));
        }
        if (!malformed.isEmpty()) {
            throw new InvalidInput("The leave request has invalid fields.", malformed);
        }
        return type.get();
    }

    /** Every reason the dates themselves cannot be booked, together; the two-year window only when nothing else is wrong. */
    private static void refuseOutside(Span span, Person person, LocalDate today) {
        List<InvalidInput.Field> refused = new ArrayList<>();
        if (!span.isValid()) {
            refused.add(new InvalidInput.Field("end", span.end().isBefore(span.start()) ? "The leave must end on or after the day it starts"
                    : "A one-day request cannot start in the afternoon and end at midday"));
        }
        AnnualLeave.Employment employment = person.employment();
        if (span.start().isBefore(employment.start())) {
            refused.add(new InvalidInput.Field("start", "The leave starts before " + person.givenName() + "'s employment starts on "
                    + LeaveRequest.DAY.format(employment.start())));
        }
        if (employment.end() != null && span.end().isAfter(employment.end())) {
            refused.add(new InvalidInput.Field("end", "The leave ends after " + person.givenName() + "'s employment ends on "
                    + LeaveRequest.DAY.format(employment.end())));
        }
        LocalDate earliest = today.minusYears(2);
        LocalDate latest = today.plusYears(2);
        if (refused.isEmpty() && (span.start().isBefore(earliest) || span.end().isAfter(latest))) {
            refused.add(new InvalidInput.Field(span.start().isBefore(earliest) ? "start" : "end",
                    "Leave can be booked from " + LeaveRequest.DAY.format(earliest) + " to " + LeaveRequest.DAY.format(latest)));
        }
        if (!refused.isEmpty()) {
            throw new RuleRefused(REFUSED, refused);
        }
    }

    private static Set<LocalDate> bankHolidays(Span span, Nation nation, LeavePolicy policy) {
        Set<LocalDate> holidays = new HashSet<>();
        for (int year = span.start().getYear(); year <= span.end().getYear(); year++) {
            holidays.addAll(BankHolidays.of(nation, year, policy.oneOffsFor(nation)).keySet());
        }
        return holidays;
    }

    /** The balance of the booking's year after it; refused if that, or a later year with leave booked, would go below zero. */
    private static AnnualLeave.Balance balanceAfter(LeavePolicy.LeaveType type, Person person, List<LeaveRequest> live, LeavePolicy policy,
                                                    AnnualLeave.Use booked, LocalDate today) {
        List<AnnualLeave.Use> uses = new ArrayList<>(live.stream().filter(r -> r.leaveType().equals(type.code())).map(LeaveRequest::use).toList());
        uses.add(booked);
        int leaveYear = booked.leaveYear();
        // what is booked now also shrinks what carries over into later years, where leave may already be booked
        SortedSet<Integer> years = new TreeSet<>();
        uses.stream().map(AnnualLeave.Use::leaveYear).filter(y -> y >= leaveYear).forEach(years::add);
        AnnualLeave.Balance after = null;
        for (int year : years) {
            AnnualLeave.Balance balance = AnnualLeave.balance(policy, type, person.employment(), year, uses, today);
            if (year == leaveYear) {
                after = balance;
            }
            if (balance.remaining().signum() < 0) {
                BigDecimal needed = balance.unit() == AnnualLeave.Unit.DAYS ? booked.days() : booked.hours();
                String unit = balance.unit().name().toLowerCase(Locale.UK);
                throw refused("end", "This needs " + needed.stripTrailingZeros().toPlainString() + " " + unit + " of "
                        + type.name().toLowerCase(Locale.UK) + " but only " + balance.remaining().add(needed).stripTrailingZeros().toPlainString()
                        + " " + unit + " are left in the leave year starting "
                        + LeaveRequest.DAY.format(policy.yearStart(year, person.employment().start()))
                        + (year == leaveYear ? "" : ", counting what carries over into it"));
            }
        }
        return after;
    }

    private static RuleRefused refused(String field, String message) {
        return new RuleRefused(REFUSED, List.of(new InvalidInput.Field(field, message)));
    }
}
