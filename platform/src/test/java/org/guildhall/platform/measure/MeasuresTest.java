package org.guildhall.platform.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.guildhall.platform.time.Nation;
import org.guildhall.platform.time.WorkingDays;
import org.junit.jupiter.api.Test;

class MeasuresTest {

    private static List<BigDecimal> values(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void percentilesInterpolateAsPostgresPercentileContDoes() {
        // 1..10: p10 at position 0.9 (1.9), p50 at 4.5 (5.5), p90 at 8.1 (9.1); checked against
        // select percentile_cont(array[0.1, 0.5, 0.9]) within group (order by g) from generate_series(1, 10) g
        Distribution d = Distribution.of(IntStream.rangeClosed(1, 10).mapToObj(BigDecimal::valueOf).toList());
        assertEquals(List.of("1.90", "5.50", "9.10", "10.00", "10"), List.of(d.p10().toPlainString(), d.p50().toPlainString(),
                d.p90().toPlainString(), d.max().toPlainString(), String.valueOf(d.count())));
        Distribution one = Distribution.of(values("7.25"));
        assertEquals(List.of("7.25", "7.25", "7.25"), List.of(one.p10().toPlainString(), one.p50().toPlainString(), one.p90().toPlainString()));
        assertNull(Distribution.of(List.of()));
        // order does not matter
        assertEquals(Distribution.of(values("3", "1", "2")), Distribution.of(values("1", "2", "3")));
    }

    @Test
    void workingHoursCountNineToFiveOnWorkingDaysOnly() {
        WorkingDays england = WorkingDays.in(Nation.ENGLAND);
        // Friday 2026-11-20 16:00 to Monday 2026-11-23 10:30 (GMT): one hour on Friday, an hour and a half on Monday
        assertEquals(new BigDecimal("2.50"), WorkingHours.between(Instant.parse("2026-11-20T16:00:00Z"), Instant.parse("2026-11-23T10:30:00Z"),
                england));
        // before opening to after closing on one day: the whole eight hours
        assertEquals(new BigDecimal("8.00"), WorkingHours.between(Instant.parse("2026-11-24T06:00:00Z"), Instant.parse("2026-11-24T20:00:00Z"),
                england));
        // across Christmas: 24 December 16:00 to 29 December 10:00 (25, 26 and 28 December are not working days; 27th a Sunday)
        assertEquals(new BigDecimal("2.00"), WorkingHours.between(Instant.parse("2026-12-24T16:00:00Z"), Instant.parse("2026-12-29T10:00:00Z"),
                england));
        // in British Summer Time, 09:00 in London is 08:00 UTC
        assertEquals(new BigDecimal("1.00"), WorkingHours.between(Instant.parse("2026-06-01T07:00:00Z"), Instant.parse("2026-06-01T09:00:00Z"),
                england));
        assertEquals(new BigDecimal("0.00"), WorkingHours.between(Instant.parse("2026-06-02T09:00:00Z"), Instant.parse("2026-06-01T09:00:00Z"),
                england));
    }

    @Test
    void workingMinutesAfterAnInstantSkipEveningsWeekendsAndBankHolidaysAsTheHoursBetweenCountThem() {
        WorkingDays england = WorkingDays.in(Nation.ENGLAND);
        // Friday 20 November 2026 16:00 (UTC is UK time in winter) plus 150 minutes: one hour on Friday, 90 on Monday
        assertEquals(Instant.parse("2026-11-23T10:30:00Z"), WorkingHours.after(Instant.parse("2026-11-20T16:00:00Z"), 150, england));
        // from 06:00 the clock starts at 09:00; exactly a day's eight hours ends at 17:00 the same day
        assertEquals(Instant.parse("2026-11-24T17:00:00Z"), WorkingHours.after(Instant.parse("2026-11-24T06:00:00Z"), 480, england));
        // Christmas Eve 16:00 plus two hours: 25, 26 (Saturday) and 28 December (the Boxing Day substitute) are not worked
        assertEquals(Instant.parse("2026-12-29T10:00:00Z"), WorkingHours.after(Instant.parse("2026-12-24T16:00:00Z"), 120, england));
        for (long minutes : new long[] {0, 1, 59, 479, 481, 2_000, 10_000}) {
            Instant from = Instant.parse("2026-03-27T14:23:00Z");
            assertEquals(BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP),
                    WorkingHours.between(from, WorkingHours.after(from, minutes, england), england), minutes + " minutes");
        }
    }

    @Test
    void ranksPutTheShortestTimeAndTheHighestShareFirstAndShareTies() {
        Map<String, BigDecimal> hours = new LinkedHashMap<>();
        hours.put("a", new BigDecimal("4.00"));
        hours.put("b", new BigDecimal("2.00"));
        hours.put("c", new BigDecimal("4.00"));
        hours.put("d", null);
        assertEquals(new Peers.Position(2, 3), Peers.position(hours, "a", Measured.Unit.WORKING_HOURS));
        assertEquals(new Peers.Position(1, 3), Peers.position(hours, "b", Measured.Unit.WORKING_HOURS));
        assertNull(Peers.position(hours, "d", Measured.Unit.WORKING_HOURS));
        assertEquals(new Peers.Position(1, 3), Peers.position(hours, "a", Measured.Unit.PERCENT));
        assertEquals(new Peers.Position(3, 3), Peers.position(hours, "b", Measured.Unit.PERCENT));
    }

    @Test
    void othersAreShownOnlyAsADistributionAndOnlyWhenThereAreEnoughOfThem() {
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        shares.put("me", new BigDecimal("50"));
        shares.put("x", new BigDecimal("10"));
        shares.put("y", new BigDecimal("20"));
        shares.put("z", new BigDecimal("30"));
        shares.put("w", new BigDecimal("40"));
        assertNull(Peers.others(shares, "me"), "four others' percentiles could be solved for their figures");
        shares.put("v", new BigDecimal("60"));
        Distribution others = Peers.others(shares, "me");
        assertEquals(List.of("14.00", "30.00", "52.00", "5"), List.of(others.p10().toPlainString(), others.p50().toPlainString(),
                others.p90().toPlainString(), String.valueOf(others.count())));
    }
}
