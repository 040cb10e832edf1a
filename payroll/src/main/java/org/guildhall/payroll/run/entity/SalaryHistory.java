package org.guildhall.payroll.run.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which salary was in force when, from the employee's latest salary and their changes (each with what held before
 * it): for a period, the salary on its first day and every change within it.
 */
public final class SalaryHistory {

    /** A recorded change, as the run reads it. */
    public record Change(LocalDate from, BigDecimal salaryBefore, BigDecimal fteBefore, BigDecimal salary, BigDecimal fte) {
    }

    private SalaryHistory() {
    }

    /**
     * The salaries in force from {@code first} to {@code last}: the first from {@code first}, then one from each change
     * within. {@code changes} in date order; {@code latest} and {@code latestFte} are the employee record's.
     */
    public static List<Payee.Salary> between(LocalDate first, LocalDate last, BigDecimal latest, BigDecimal latestFte, List<Change> changes) {
        List<Payee.Salary> salaries = new ArrayList<>();
        if (changes.isEmpty()) {
            salaries.add(new Payee.Salary(first, latest, latestFte));
            return salaries;
        }
        // on the first day: the latest change by then, or what held before the earliest change after it
        Change before = null;
        Change after = null;
        for (Change change : changes) {
            if (!change.from().isAfter(first)) {
                before = change;
            } else if (after == null) {
                after = change;
            }
        }
        salaries.add(before != null ? new Payee.Salary(first, before.salary(), before.fte())
                : new Payee.Salary(first, after.salaryBefore(), after.fteBefore()));
        for (Change change : changes) {
            if (change.from().isAfter(first) && !change.from().isAfter(last)) {
                salaries.add(new Payee.Salary(change.from(), change.salary(), change.fte()));
            }
        }
        return salaries;
    }
}
