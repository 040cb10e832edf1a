package org.guildhall.platform.measure.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import org.guildhall.platform.measure.Measured;

/** The measures and their units in words for the pages; a measure a module adds later reads as its name in lower case. */
final class MeasureNames {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("LEAVE_DECISION", "Time to decide leave requests"),
            Map.entry("EXPENSE_DECISION", "Time to decide expense claims"),
            Map.entry("PAYROLL_RUNS_ON_TIME", "Payroll runs approved on time"),
            Map.entry("PAYSLIPS", "Payslips"),
            Map.entry("INVOICE_CYCLE", "Invoice cycle, receipt to payment"),
            Map.entry("PAID_WITHIN_5_DAYS", "Invoices paid within 5 days"),
            Map.entry("PAID_WITHIN_30_DAYS", "Invoices paid within 30 days"),
            Map.entry("EXCEPTION_AGE", "Age of invoices in the exception queue"),
            Map.entry("ACTIVE_USERS", "Active users"),
            Map.entry("ONBOARDING_ERRORS", "Onboarding problems per 1,000 rows checked"),
            Map.entry("EMPLOYEES_PAID", "Employees paid"),
            Map.entry("EXPENSE_CLAIMS", "Expense claims submitted"),
            Map.entry("INVOICES_PROCESSED", "Invoices received"),
            Map.entry("PURCHASE_ORDERS", "Purchase orders raised"));

    private MeasureNames() {
    }

    static String name(String measure) {
        String known = NAMES.get(measure);
        if (known != null) {
            return known;
        }
        String lower = measure.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** What a tenant's headline figure is, in words: "median working hours", "percent", "count". */
    static String headline(Measured.Unit unit) {
        return switch (unit) {
            case WORKING_HOURS -> "median working hours";
            case DAYS -> "median days";
            case WORKING_DAYS -> "median working days";
            case PERCENT -> "percent";
            case COUNT -> "count";
            case PER_THOUSAND -> "per 1,000";
        };
    }

    /** A figure as the pages show it: to two decimals, as it is kept. */
    static String figure(BigDecimal figure) {
        return figure.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
