package org.guildhall.hr.leave.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.guildhall.hr.leave.entity.WorkingTime.Half;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.time.Nation;
import org.junit.jupiter.api.Test;

/** Every refusal of a booking, and how it is counted in the person's working time; always as on 15 May 2026. */
class BookingTest {

    static final LeavePolicy POLICY = AnnualLeaveTest.standard();
    static final LocalDate TODAY = LocalDate.of(2026, 5, 15);
    static final Instant NOW = Instant.parse("2026-05-15T09:00:00Z");
    static final Map<DayOfWeek, BigDecimal> FULL_TIME = WorkingTime.mondayToFriday(new BigDecimal("37"));

    /** Joined on 1 April 2026, the start of the leave year: 26 days in leave year 2026, nothing carried over. */
    static final Booking.Person ADA = person(LocalDate.of(2026, 4, 1), null, BigDecimal.ONE, Nation.ENGLAND, FULL_TIME, true);

    static Booking.Person person(LocalDate from, LocalDate to, BigDecimal fte, Nation nation, Map<DayOfWeek, BigDecimal> pattern,
                                 boolean self) {
        return new Booking.Person("E1", "Ada", new AnnualLeave.Employment(from, to, fte), nation, pattern, self);
    }

    static Booking booking(String type, String start, Half startHalf, String end, Half endHalf) {
        return new Booking(null, type, LocalDate.parse(start), startHalf, LocalDate.parse(end), endHalf, null);
    }

    static Booking annual(String start, String end) {
        return booking("ANNUAL", start, null, end, null);
    }

    static LeaveRequest existing(String type, String start, Half startHalf, String end, Half endHalf, String days, String hours) {
        Span span = new Span(LocalDate.parse(start), startHalf, LocalDate.parse(end), endHalf);
        return new LeaveRequest("E1", type, span, POLICY.leaveYearOf(span.start(), ADA.employment().start()),
                new WorkingTime.Taken(new BigDecimal(days), new BigDecimal(hours)), null, "ada", NOW, false);
    }

    static LeaveRequest existing(String start, String end, String days) {
        return existing("ANNUAL", start, null, end, null, days, new BigDecimal(days).multiply(new BigDecimal("7.4")).toPlainString());
    }

    static Booking.Assessment assess(Booking booking, Booking.Person person, LeaveRequest... requests) {
        return booking.assess(person, List.of(requests), POLICY, TODAY);
    }

    static List<InvalidInput.Field> refusal(Booking booking, Booking.Person person, LeaveRequest... requests) {
        RuleRefused refused = assertThrows(RuleRefused.class, () -> assess(booking, person, requests));
        assertEquals("The leave cannot be booked.", refused.getMessage());
        return refused.fields();
    }

    static InvalidInput.Field field(String name, String message) {
        return new InvalidInput.Field(name, message);
    }

    // ---- what cannot be read

    @Test
    void an_unknown_type_missing_dates_and_a_long_note_are_named_together() {
        Booking unreadable = new Booking(null, "HOLIDAY", null, null, null, null, "x".repeat(501));
        InvalidInput invalid = assertThrows(InvalidInput.class, () -> assess(unreadable, ADA));
        assertEquals("The leave request has invalid fields.", invalid.getMessage());
        assertEquals(List.of(field("leaveType", "Choose a type of leave: ANNUAL, SICK, SPECIAL, UNPAID"),
                field("start", "Enter the first day of leave"), field("end", "Enter the last day of leave"),
                field("note", "Keep the note to 500 characters or fewer")), invalid.fields());
    }

    @Test
    void a_note_of_500_characters_is_taken() {
        Booking noted = new Booking(null, "ANNUAL", LocalDate.of(2026, 6, 1), null, LocalDate.of(2026, 6, 1), null, "x".repeat(500));
        assertEquals(new BigDecimal("1.0"), assess(noted, ADA).taken().days());
    }

    // ---- the dates

    @Test
    void leave_that_ends_before_it_starts_is_refused() {
        assertEquals(List.of(field("end", "The leave must end on or after the day it starts")),
                refusal(annual("2026-06-05", "2026-06-01"), ADA));
        Booking afternoonToMidday = booking("ANNUAL", "2026-06-01", Half.AFTERNOON, "2026-06-01", Half.MORNING);
        assertEquals(List.of(field("end", "A one-day request cannot start in the afternoon and end at midday")), refusal(afternoonToMidday, ADA));
    }

    @Test
    void leave_outside_employment_is_refused() {
        assertEquals(List.of(field("start", "The leave starts before Ada's employment starts on 1 April 2026")),
                refusal(annual("2026-03-30", "2026-04-02"), ADA));
        Booking.Person leaving = person(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), BigDecimal.ONE, Nation.ENGLAND, FULL_TIME, true);
        assertEquals(List.of(field("end", "The leave ends after Ada's employment ends on 30 June 2026")),
                refusal(annual("2026-06-29", "2026-07-01"), leaving));
    }

    @Test
    void every_fault_in_the_dates_is_named_at_once() {
        assertEquals(List.of(field("end", "The leave must end on or after the day it starts"),
                        field("start", "The leave starts before Ada's employment starts on 1 April 2026")),
                refusal(annual("2026-03-20", "2026-03-18"), ADA));
    }

    @Test
    void leave_can_be_booked_only_two_years_either_side_of_today() {
        Booking.Person longServing = person(LocalDate.of(2010, 1, 4), null, BigDecimal.ONE, Nation.ENGLAND, FULL_TIME, true);
        assertEquals(List.of(field("start", "Leave can be booked from 15 May 2024 to 15 May 2028")),
                refusal(annual("2024-05-14", "2024-05-14"), longServing));
        assertEquals(List.of(field("end", "Leave can be booked from 15 May 2024 to 15 May 2028")),
                refusal(annual("2028-05-15", "2028-05-16"), longServing));
        assertEquals(new BigDecimal("1.0"), assess(annual("2028-05-15", "2028-05-15"), longServing).taken().days());
    }

    @Test
    void the_two_year_window_is_not_mentioned_beside_another_fault_in_the_dates() {
        assertEquals(List.of(field("end", "The leave must end on or after the day it starts")),
                refusal(annual("2029-06-05", "2029-06-01"), ADA));
    }

    @Test
    void leave_running_into_the_next_leave_year_is_refused() {
        assertEquals(List.of(field("end", "The leave runs into the next leave year, which starts on 1 April 2027. Book the days up to "
                        + "31 March 2027 and the days from 1 April 2027 as two requests")),
                refusal(annual("2027-03-29", "2027-04-02"), ADA));
    }

    @Test
    void an_anniversary_leave_year_ends_on_the_day_before_the_anniversary() {
        LeavePolicy anniversary = new LeavePolicy(true, POLICY.yearStart(), POLICY.standardWeeklyHours(), POLICY.types(), List.of());
        Booking.Person joined = person(LocalDate.of(2025, 9, 15), null, BigDecimal.ONE, Nation.ENGLAND, FULL_TIME, true);
        RuleRefused refused = assertThrows(RuleRefused.class,
                () -> annual("2026-09-14", "2026-09-15").assess(joined, List.of(), anniversary, TODAY));
        assertEquals(List.of(field("end", "The leave runs into the next leave year, which starts on 15 September 2026. Book the days up to "
                + "14 September 2026 and the days from 15 September 2026 as two requests")), refused.fields());
    }

    @Test
    void leave_covering_only_days_off_and_bank_holidays_is_refused() {
        assertEquals(List.of(field("start", "There are no working days for Ada from 6 June 2026 to 7 June 2026: they are days off or bank holidays")),
                refusal(annual("2026-06-06", "2026-06-07"), ADA));
        Booking springBankHoliday = annual("2026-05-25", "2026-05-25");
        assertEquals(List.of(field("start", "There are no working days for Ada from 25 May 2026 to 25 May 2026: they are days off or bank holidays")),
                refusal(springBankHoliday, ADA));
    }

    // ---- other leave

    @Test
    void leave_overlapping_pending_leave_is_refused() {
        LeaveRequest pending = existing("2026-06-01", "2026-06-03", "3.0");
        assertEquals(List.of(field("start", "This overlaps your pending leave from 1 June 2026 to 3 June 2026 (3 days)")),
                refusal(annual("2026-06-03", "2026-06-05"), ADA, pending));
    }

    @Test
    void booked_for_someone_else_the_overlap_names_them_and_the_first_clash() {
        Booking.Person byHr = new Booking.Person("E1", "Ada", ADA.employment(), Nation.ENGLAND, FULL_TIME, false);
        LeaveRequest later = existing("2026-06-04", "2026-06-04", "1.0");
        LeaveRequest earlier = existing("2026-06-02", "2026-06-02", "1.0");
        earlier.approve("manager", NOW, null);
        assertEquals(List.of(field("start", "This overlaps Ada's approved leave on 2 June 2026 (1 day)")),
                refusal(annual("2026-06-01", "2026-06-05"), byHr, later, earlier));
    }

    @Test
    void a_morning_off_and_an_afternoon_off_on_the_same_day_do_not_clash() {
        LeaveRequest morning = existing("ANNUAL", "2026-06-03", null, "2026-06-03", Half.MORNING, "0.5", "3.70");
        Booking afternoon = booking("ANNUAL", "2026-06-03", Half.AFTERNOON, "2026-06-03", null);
        assertEquals(new BigDecimal("0.5"), assess(afternoon, ADA, morning).taken().days());
        LeaveRequest wholeDay = existing("2026-06-03", "2026-06-03", "1.0");
        assertEquals(List.of(field("start", "This overlaps your pending leave on 3 June 2026 (1 day)")),
                refusal(afternoon, ADA, wholeDay));
    }

    @Test
    void the_clash_is_described_to_the_half_day() {
        LeaveRequest halves = existing("ANNUAL", "2026-06-01", Half.AFTERNOON, "2026-06-03", Half.MORNING, "2.0", "14.80");
        assertEquals(List.of(field("start", "This overlaps your pending leave from 1 June 2026 (afternoon) to 3 June 2026 (morning) (2 days)")),
                refusal(annual("2026-06-01", "2026-06-01"), ADA, halves));
    }

    @Test
    void rejected_and_cancelled_leave_neither_clashes_nor_counts() {
        LeaveRequest rejected = existing("2026-06-01", "2026-06-26", "20.0");
        rejected.reject("manager", NOW, "Busy");
        LeaveRequest cancelled = existing("2026-06-01", "2026-06-26", "20.0");
        cancelled.cancel("ada", NOW);
        Booking.Assessment assessed = assess(annual("2026-06-01", "2026-06-03"), ADA, rejected, cancelled);
        assertEquals(new BigDecimal("23.0"), assessed.balanceAfter().remaining());
    }

    // ---- the balance

    @Test
    void the_balance_after_the_booking_is_told() {
        AnnualLeave.Balance after = assess(annual("2026-06-01", "2026-06-03"), ADA).balanceAfter();
        assertEquals(new AnnualLeave.Balance("ANNUAL", AnnualLeave.Unit.DAYS, new BigDecimal("26.0"), new BigDecimal("0.0"),
                new BigDecimal("0.0"), new BigDecimal("3.0"), new BigDecimal("23.0")), after);
    }

    @Test
    void leave_overdrawing_the_balance_is_refused() {
        LeaveRequest booked = existing("2026-08-03", "2026-09-04", "24.0");
        assertEquals(List.of(field("end", "This needs 3 days of annual leave but only 2 days are left in the leave year starting 1 April 2026")),
                refusal(annual("2026-06-01", "2026-06-03"), ADA, booked));
        assertEquals(new BigDecimal("0.0"), assess(annual("2026-06-01", "2026-06-02"), ADA, booked).balanceAfter().remaining(),
                "the last two days can be taken");
    }

    @Test
    void leave_of_another_type_does_not_use_the_balance() {
        LeaveRequest sick = existing("SICK", "2026-08-03", null, "2026-09-04", null, "25.0", "185.00");
        assertEquals(new BigDecimal("23.0"), assess(annual("2026-06-01", "2026-06-03"), ADA, sick).balanceAfter().remaining());
    }

    @Test
    void sick_leave_has_no_balance_to_overdraw() {
        LeaveRequest booked = existing("2026-08-03", "2026-09-04", "26.0");
        Booking.Assessment sick = assess(booking("SICK", "2026-06-01", null, "2026-06-26", null), ADA, booked);
        assertEquals(new BigDecimal("20.0"), sick.taken().days());
        assertNull(sick.balanceAfter());
    }

    @Test
    void leave_spending_what_a_later_year_already_counts_on_carrying_over_is_refused() {
        // leave year 2027: 26 days, plus up to 10 carried from 2026, all 36 already booked
        LeaveRequest nextYear = existing("2027-06-01", "2027-07-21", "36.0");
        assertEquals(List.of(field("end", "This needs 17 days of annual leave but only 16 days are left in the leave year starting "
                        + "1 April 2027, counting what carries over into it")),
                refusal(annual("2026-06-01", "2026-06-23"), ADA, nextYear));
        assertEquals(new BigDecimal("10.0"), assess(annual("2026-06-01", "2026-06-22"), ADA, nextYear).balanceAfter().remaining(),
                "16 days leave 10 to carry over, just enough");
    }

    @Test
    void part_time_balances_are_in_hours() {
        // 26 days of 7.4 hours at 0.6 FTE: 115.44 hours
        Booking.Person partTime = person(LocalDate.of(2026, 4, 1), null, new BigDecimal("0.6"), Nation.ENGLAND, threeDays(), true);
        AnnualLeave.Balance after = assess(annual("2026-06-01", "2026-06-05"), partTime).balanceAfter();
        assertEquals(AnnualLeave.Unit.HOURS, after.unit());
        assertEquals(new BigDecimal("93.24"), after.remaining());
        LeaveRequest booked = existing("ANNUAL", "2026-08-03", null, "2026-09-04", null, "13.5", "100.00");
        assertEquals(List.of(field("end", "This needs 22.2 hours of annual leave but only 15.44 hours are left in the leave year starting "
                + "1 April 2026")), refusal(annual("2026-06-01", "2026-06-05"), partTime, booked));
    }

    // ---- counting working time

    @Test
    void half_days_at_either_end_count_half() {
        Booking.Assessment assessed = assess(booking("ANNUAL", "2026-06-01", Half.AFTERNOON, "2026-06-03", Half.MORNING), ADA);
        assertEquals(new WorkingTime.Taken(new BigDecimal("2.0"), new BigDecimal("14.80")), assessed.taken());
        assertEquals(new Span(LocalDate.of(2026, 6, 1), Half.AFTERNOON, LocalDate.of(2026, 6, 3), Half.MORNING), assessed.span());
        assertEquals(2026, assessed.leaveYear());
        assertEquals("ANNUAL", assessed.type().code());
    }

    @Test
    void a_single_half_day_counts_half() {
        assertEquals(new WorkingTime.Taken(new BigDecimal("0.5"), new BigDecimal("3.70")),
                assess(booking("ANNUAL", "2026-06-02", null, "2026-06-02", Half.MORNING), ADA).taken());
    }

    @Test
    void the_bank_holidays_of_the_persons_nation_are_skipped() {
        // Good Friday 3 April and Easter Monday 6 April 2026; Easter Monday is no bank holiday in Scotland
        assertEquals(new WorkingTime.Taken(new BigDecimal("6.0"), new BigDecimal("44.40")), assess(annual("2026-04-01", "2026-04-10"), ADA).taken());
        Booking.Person scot = person(LocalDate.of(2026, 4, 1), null, BigDecimal.ONE, Nation.SCOTLAND, FULL_TIME, true);
        assertEquals(new BigDecimal("7.0"), assess(annual("2026-04-01", "2026-04-10"), scot).taken().days());
    }

    @Test
    void leave_over_new_year_skips_the_bank_holidays_of_both_years() {
        // Christmas Day, Boxing Day's substitute (Monday 28 December) and New Year's Day 2027
        assertEquals(new BigDecimal("5.0"), assess(annual("2026-12-24", "2027-01-04"), ADA).taken().days());
    }

    @Test
    void the_policys_one_off_bank_holidays_are_skipped_where_they_apply() {
        LeavePolicy oneOff = new LeavePolicy(false, POLICY.yearStart(), POLICY.standardWeeklyHours(), POLICY.types(),
                List.of(new LeavePolicy.OneOff(LocalDate.of(2026, 6, 2), "Jubilee", List.of()),
                        new LeavePolicy.OneOff(LocalDate.of(2026, 6, 3), "Scottish holiday", List.of(Nation.SCOTLAND))));
        assertEquals(new BigDecimal("2.0"), annual("2026-06-01", "2026-06-03").assess(ADA, List.of(), oneOff, TODAY).taken().days());
    }

    @Test
    void a_part_time_pattern_counts_only_the_days_worked_at_their_hours() {
        Booking.Person partTime = person(LocalDate.of(2026, 4, 1), null, new BigDecimal("0.6"), Nation.ENGLAND, threeDays(), true);
        assertEquals(new WorkingTime.Taken(new BigDecimal("3.0"), new BigDecimal("22.20")), assess(annual("2026-06-01", "2026-06-05"), partTime).taken());
        assertEquals(new WorkingTime.Taken(new BigDecimal("0.5"), new BigDecimal("3.70")),
                assess(booking("ANNUAL", "2026-06-02", Half.AFTERNOON, "2026-06-02", null), partTime).taken());
        assertEquals(List.of(field("start", "There are no working days for Ada from 4 June 2026 to 5 June 2026: they are days off or bank holidays")),
                refusal(annual("2026-06-04", "2026-06-05"), partTime));
    }

    @Test
    void unequal_days_count_their_own_hours() {
        Map<DayOfWeek, BigDecimal> longMonday = new EnumMap<>(DayOfWeek.class);
        longMonday.put(DayOfWeek.MONDAY, new BigDecimal("10"));
        longMonday.put(DayOfWeek.SATURDAY, new BigDecimal("4.5"));
        Booking.Person weekend = person(LocalDate.of(2026, 4, 1), null, new BigDecimal("0.4"), Nation.ENGLAND, longMonday, true);
        assertEquals(new WorkingTime.Taken(new BigDecimal("2.0"), new BigDecimal("14.50")), assess(annual("2026-06-01", "2026-06-07"), weekend).taken());
    }

    static Map<DayOfWeek, BigDecimal> threeDays() {
        Map<DayOfWeek, BigDecimal> pattern = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY)) {
            pattern.put(day, new BigDecimal("7.4"));
        }
        return pattern;
    }
}
