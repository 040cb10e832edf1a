package org.guildhall.hr.leave.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.guildhall.platform.time.BankHolidays;
import org.junit.jupiter.api.Test;

class AnnualLeaveTest {

    static final LeavePolicy POLICY = standard();
    static final LeavePolicy.LeaveType ANNUAL = POLICY.type("ANNUAL").orElseThrow();

    static LeavePolicy standard() {
        try (InputStream in = AnnualLeaveTest.class.getResourceAsStream("/hr/central-government/leave-policy.json")) {
            JsonObject document = Json.createReader(in).readObject();
            return LeavePolicy.of(document);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static AnnualLeave.Employment fullTime(String start) {
        return new AnnualLeave.Employment(LocalDate.parse(start), null, BigDecimal.ONE);
    }

    @Test
    void the_leave_year_starts_on_1_april() {
        assertEquals(2025, POLICY.leaveYearOf(LocalDate.of(2026, 3, 31), LocalDate.of(2020, 1, 1)));
        assertEquals(2026, POLICY.leaveYearOf(LocalDate.of(2026, 4, 1), LocalDate.of(2020, 1, 1)));
        assertEquals(LocalDate.of(2027, 3, 31), POLICY.yearEnd(2026, LocalDate.of(2020, 1, 1)));
    }

    @Test
    void an_anniversary_leave_year_starts_on_the_employment_anniversary() {
        LeavePolicy anniversary = new LeavePolicy(true, POLICY.yearStart(), POLICY.standardWeeklyHours(), POLICY.types(), List.of());
        LocalDate started = LocalDate.of(2019, 9, 16);
        assertEquals(2025, anniversary.leaveYearOf(LocalDate.of(2026, 9, 15), started));
        assertEquals(2026, anniversary.leaveYearOf(LocalDate.of(2026, 9, 16), started));
        assertEquals(new BigDecimal("31.0"), AnnualLeave.entitlement(anniversary, ANNUAL, fullTime("2019-09-16"), 2026));
    }

    @Test
    void full_time_entitlement_is_25_days_and_a_privilege_day_rising_to_30_after_five_years() {
        assertEquals(new BigDecimal("26.0"), AnnualLeave.entitlement(POLICY, ANNUAL, fullTime("2023-06-01"), 2026));
        assertEquals(new BigDecimal("26.0"), AnnualLeave.entitlement(POLICY, ANNUAL, fullTime("2021-04-02"), 2026),
                "a day short of five years at the start of the leave year");
        assertEquals(new BigDecimal("31.0"), AnnualLeave.entitlement(POLICY, ANNUAL, fullTime("2021-04-01"), 2026));
        assertEquals(new BigDecimal("31.0"), AnnualLeave.entitlement(POLICY, ANNUAL, fullTime("2001-01-01"), 2026));
    }

    @Test
    void a_joiner_gets_a_pro_rata_share_rounded_up_to_the_half_day() {
        // 1 October 2026 to 31 March 2027 is 182 of the leave year's 365 days: 26 x 182 / 365 = 12.96 -> 13.0
        assertEquals(new BigDecimal("13.0"), AnnualLeave.entitlement(POLICY, ANNUAL, fullTime("2026-10-01"), 2026));
        // from 2 January 2027: 89 days, 26 x 89 / 365 = 6.34 -> 6.5
        assertEquals(new BigDecimal("6.5"), AnnualLeave.entitlement(POLICY, ANNUAL, fullTime("2027-01-02"), 2026));
        assertEquals(new BigDecimal("0.0"), AnnualLeave.entitlement(POLICY, ANNUAL, fullTime("2027-04-01"), 2026));
    }

    @Test
    void a_leaver_gets_a_pro_rata_share_too() {
        AnnualLeave.Employment leaving = new AnnualLeave.Employment(LocalDate.of(2010, 1, 1), LocalDate.of(2026, 6, 30), BigDecimal.ONE);
        // 1 April to 30 June: 91 of 365 days of 31: 7.73 -> 8.0
        assertEquals(new BigDecimal("8.0"), AnnualLeave.entitlement(POLICY, ANNUAL, leaving, 2026));
    }

    @Test
    void part_time_entitlement_is_held_in_hours_pro_rata_to_fte() {
        AnnualLeave.Employment threeDays = new AnnualLeave.Employment(LocalDate.of(2024, 1, 1), null, new BigDecimal("0.6"));
        assertEquals(AnnualLeave.Unit.HOURS, threeDays.unit());
        // 26 days of 7.4 hours (37 / 5) at 0.6 FTE
        assertEquals(new BigDecimal("115.44"), AnnualLeave.entitlement(POLICY, ANNUAL, threeDays, 2026));
        assertEquals(new BigDecimal("44.40"), AnnualLeave.carryOverCap(POLICY, ANNUAL, threeDays));
    }

    @Test
    void unused_approved_leave_carries_over_up_to_the_cap() {
        AnnualLeave.Employment since2024 = fullTime("2024-04-01");
        LocalDate today = LocalDate.of(2026, 5, 1);
        List<AnnualLeave.Use> uses = List.of(
                new AnnualLeave.Use(2024, true, LocalDate.of(2024, 8, 1), new BigDecimal("24.0"), new BigDecimal("177.60")),
                new AnnualLeave.Use(2025, true, LocalDate.of(2025, 8, 1), new BigDecimal("10.0"), new BigDecimal("74.00")),
                new AnnualLeave.Use(2025, false, LocalDate.of(2026, 3, 2), new BigDecimal("5.0"), new BigDecimal("37.00")),
                new AnnualLeave.Use(2026, true, LocalDate.of(2026, 4, 20), new BigDecimal("2.5"), new BigDecimal("18.50")),
                new AnnualLeave.Use(2026, true, LocalDate.of(2026, 7, 20), new BigDecimal("5.0"), new BigDecimal("37.00")),
                new AnnualLeave.Use(2026, false, LocalDate.of(2026, 8, 20), new BigDecimal("1.0"), new BigDecimal("7.40")));
        // 2024: 26 - 24 = 2 carried; 2025: 26 + 2 - 10 = 18, capped at 10 (the pending request never happened)
        AnnualLeave.Balance balance = AnnualLeave.balance(POLICY, ANNUAL, since2024, 2026, uses, today);
        assertEquals(new AnnualLeave.Balance("ANNUAL", AnnualLeave.Unit.DAYS, new BigDecimal("26.0"), new BigDecimal("10.0"),
                new BigDecimal("2.5"), new BigDecimal("6.0"), new BigDecimal("27.5")), balance);
        AnnualLeave.Balance last = AnnualLeave.balance(POLICY, ANNUAL, since2024, 2025, uses, today);
        assertEquals(new BigDecimal("2.0"), last.carriedOver());
        assertEquals(new BigDecimal("10.0"), last.taken());
        assertEquals(new BigDecimal("13.0"), last.remaining());
    }

    @Test
    void an_opening_balance_replaces_the_rebuilt_carry_over_from_its_year_on() {
        // since 2010: rebuilt, nothing booked here would carry the full 10 days into 2026
        AnnualLeave.Employment rebuilt = fullTime("2010-06-01");
        LocalDate today = LocalDate.of(2026, 11, 2);
        assertEquals(new BigDecimal("10.0"), AnnualLeave.balance(POLICY, ANNUAL, rebuilt, 2026, List.of(), today).carriedOver());
        // brought in: 3 days carried into 2026, 12.5 taken before Guildhall; 1 day taken here and 2 booked
        AnnualLeave.Employment migrated = new AnnualLeave.Employment(rebuilt.start(), null, BigDecimal.ONE,
                Map.of("ANNUAL", new AnnualLeave.Opening(2026, AnnualLeave.Unit.DAYS, new BigDecimal("3"), new BigDecimal("12.5"))));
        List<AnnualLeave.Use> uses = List.of(
                new AnnualLeave.Use(2026, true, LocalDate.of(2026, 10, 5), new BigDecimal("1.0"), new BigDecimal("7.40")),
                new AnnualLeave.Use(2026, true, LocalDate.of(2026, 12, 21), new BigDecimal("2.0"), new BigDecimal("14.80")));
        // 31 (long service) + 3 - (12.5 + 1) - 2 = 18.5
        assertEquals(new AnnualLeave.Balance("ANNUAL", AnnualLeave.Unit.DAYS, new BigDecimal("31.0"), new BigDecimal("3.0"),
                new BigDecimal("13.5"), new BigDecimal("2.0"), new BigDecimal("18.5")), AnnualLeave.balance(POLICY, ANNUAL, migrated, 2026, uses, today));
        // 2027 rolls on from it: 18.5 left, capped at 10; before the opening's year the rebuild stands
        assertEquals(new BigDecimal("10.0"), AnnualLeave.balance(POLICY, ANNUAL, migrated, 2027, uses, today).carriedOver());
        assertEquals(new BigDecimal("10.0"), AnnualLeave.balance(POLICY, ANNUAL, migrated, 2025, uses, today).carriedOver());
        // a year with 30 used leaves 4 to carry: 31 + 3 - 12.5 - 17.5
        List<AnnualLeave.Use> more = List.of(new AnnualLeave.Use(2026, true, LocalDate.of(2026, 8, 3), new BigDecimal("17.5"),
                new BigDecimal("129.50")));
        assertEquals(new BigDecimal("4.0"), AnnualLeave.balance(POLICY, ANNUAL, migrated, 2027, more, today).carriedOver());
    }

    @Test
    void an_opening_kept_in_days_is_read_in_hours_once_the_employee_is_part_time() {
        AnnualLeave.Employment partTime = new AnnualLeave.Employment(LocalDate.of(2015, 4, 1), null, new BigDecimal("0.6"),
                Map.of("ANNUAL", new AnnualLeave.Opening(2026, AnnualLeave.Unit.DAYS, new BigDecimal("5"), BigDecimal.ZERO)));
        // 5 days of 7.4 hours at 0.6 FTE
        assertEquals(new BigDecimal("22.20"), AnnualLeave.balance(POLICY, ANNUAL, partTime, 2026, List.of(), LocalDate.of(2026, 5, 1)).carriedOver());
    }

    @Test
    void an_overdrawn_year_carries_nothing() {
        List<AnnualLeave.Use> uses = List.of(new AnnualLeave.Use(2025, true, LocalDate.of(2025, 8, 1), new BigDecimal("30.0"),
                new BigDecimal("222.00")));
        assertEquals(new BigDecimal("0.0"),
                AnnualLeave.balance(POLICY, ANNUAL, fullTime("2025-04-01"), 2026, uses, LocalDate.of(2026, 5, 1)).carriedOver());
    }

    @Test
    void spans_overlap_by_half_days() {
        LocalDate day = LocalDate.of(2026, 6, 10);
        Span morning = new Span(day, null, day, WorkingTime.Half.MORNING);
        Span afternoon = new Span(day, WorkingTime.Half.AFTERNOON, day, null);
        Span wholeDay = new Span(day, null, day, null);
        assertFalse(morning.overlaps(afternoon));
        assertTrue(morning.overlaps(wholeDay));
        assertTrue(afternoon.overlaps(wholeDay));
        assertTrue(new Span(day.minusDays(3), null, day, WorkingTime.Half.MORNING).overlaps(morning));
        assertFalse(new Span(day, WorkingTime.Half.AFTERNOON, day, WorkingTime.Half.MORNING).isValid());
        assertFalse(new Span(day, null, day.minusDays(1), null).isValid());
    }

    @Test
    void one_off_bank_holidays_apply_to_the_nations_they_name() {
        JsonObject document = Json.createObjectBuilder()
                .add("types", Json.createArrayBuilder())
                .add("bankHolidays", Json.createObjectBuilder().add("additionalDays", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("date", "2026-06-15").add("name", "A state occasion"))
                        .add(Json.createObjectBuilder().add("date", "2026-06-16").add("name", "A Scottish occasion")
                                .add("nations", Json.createArrayBuilder().add("SCOTLAND")))))
                .build();
        LeavePolicy policy = LeavePolicy.of(document);
        assertEquals(1, policy.oneOffsFor(org.guildhall.platform.time.Nation.ENGLAND).size());
        assertEquals(2, policy.oneOffsFor(org.guildhall.platform.time.Nation.SCOTLAND).size());
        assertTrue(BankHolidays.of(org.guildhall.platform.time.Nation.WALES, 2026, policy.oneOffsFor(
                org.guildhall.platform.time.Nation.WALES)).containsKey(LocalDate.of(2026, 6, 15)));
    }
}
