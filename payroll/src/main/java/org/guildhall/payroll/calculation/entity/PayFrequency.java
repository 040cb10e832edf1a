package org.guildhall.payroll.calculation.entity;

import java.util.Locale;

/**
 * How often an employee is paid. PAYE counts weekly, fortnightly and four-weekly payrolls in weeks of a 52-week
 * year and monthly payrolls in months; a fortnightly period 3 is week 6. The payment after the last regular one
 * (week 53, or the 27th fortnightly or 14th four-weekly payment, HMRC's weeks 54 and 56) is allowed.
 */
public enum PayFrequency {
    WEEKLY(1, 52),
    FORTNIGHTLY(2, 26),
    FOUR_WEEKLY(4, 13),
    MONTHLY(1, 12);

    private final int unitsPerPeriod;
    private final int regularPeriods;

    PayFrequency(int unitsPerPeriod, int regularPeriods) {
        this.unitsPerPeriod = unitsPerPeriod;
        this.regularPeriods = regularPeriods;
    }

    /** Weeks for a weekly-based payroll, months for a monthly one. */
    public boolean weekBased() {
        return this != MONTHLY;
    }

    /** The weeks (or the one month) a period covers. */
    public int unitsPerPeriod() {
        return unitsPerPeriod;
    }

    /** 52 weeks or 12 months: what annual figures are divided by. */
    public int unitsPerYear() {
        return weekBased() ? 52 : 12;
    }

    public int regularPeriods() {
        return regularPeriods;
    }

    /** The highest period number: one more than the regular ones for weekly-based payrolls (week 53, 54, 56). */
    public int lastPeriod() {
        return weekBased() ? regularPeriods + 1 : regularPeriods;
    }

    public String described() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
