package org.guildhall.payroll.run.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which salary held on which day of a period, from the latest salary and the changes with what held before them. */
class SalaryHistoryTest {

    static final LocalDate FIRST = LocalDate.of(2026, 6, 1);
    static final LocalDate LAST = LocalDate.of(2026, 6, 30);
    static final BigDecimal ONE = BigDecimal.ONE;

    static SalaryHistory.Change change(String from, String before, String after) {
        return new SalaryHistory.Change(LocalDate.parse(from), new BigDecimal(before), ONE, new BigDecimal(after), ONE);
    }

    static Payee.Salary salary(String from, String annual) {
        return new Payee.Salary(LocalDate.parse(from), new BigDecimal(annual), ONE);
    }

    @Test
    void withNoChangesTheLatestSalaryHoldsAllPeriod() {
        assertEquals(List.of(salary("2026-06-01", "30000")), SalaryHistory.between(FIRST, LAST, new BigDecimal("30000"), ONE, List.of()));
    }

    @Test
    void aChangeWithinThePeriodSplitsItAndTheDaysBeforeItTakeWhatHeldBefore() {
        assertEquals(List.of(salary("2026-06-01", "30000"), salary("2026-06-16", "33000")),
                SalaryHistory.between(FIRST, LAST, new BigDecimal("33000"), ONE, List.of(change("2026-06-16", "30000", "33000"))));
    }

    @Test
    void aChangeAfterThePeriodLeavesThePeriodOnWhatHeldBeforeIt() {
        assertEquals(List.of(salary("2026-06-01", "30000")),
                SalaryHistory.between(FIRST, LAST, new BigDecimal("33000"), ONE, List.of(change("2026-09-01", "30000", "33000"))));
    }

    @Test
    void changesBeforeAndWithinAndAfterAllCount() {
        List<SalaryHistory.Change> changes = List.of(change("2026-04-01", "28000", "30000"), change("2026-06-01", "30000", "31000"),
                change("2026-06-20", "31000", "32000"), change("2026-08-01", "32000", "35000"));
        assertEquals(List.of(salary("2026-06-01", "31000"), salary("2026-06-20", "32000")),
                SalaryHistory.between(FIRST, LAST, new BigDecimal("35000"), ONE, changes), "a change on the first day holds from it");
    }
}
