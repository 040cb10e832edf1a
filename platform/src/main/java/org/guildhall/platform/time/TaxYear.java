package org.guildhall.platform.time;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A UK tax year, 6 April to 5 April, written as HMRC does: {@code 2025-26}. Payroll's rates are kept by it and
 * expenses count mileage within it.
 */
public record TaxYear(int firstYear) implements Comparable<TaxYear> {

    private static final MonthDay FIRST_DAY = MonthDay.of(4, 6);
    /** The earliest tax year a request may name; older dates (a long-serving employee's) still have their year. */
    private static final int FIRST_NAMEABLE = 1990;

    public TaxYear {
        if (firstYear < 1900 || firstYear > 2200) {
            throw new IllegalArgumentException("is not a tax year we can work with");
        }
    }

    /** {@code 2025-26}; the second part must be the year after the first. */
    public static TaxYear parse(String text) {
        if (text == null || !text.matches("[0-9]{4}-[0-9]{2}")) {
            throw new IllegalArgumentException("Write the tax year as 2025-26");
        }
        int first = Integer.parseInt(text.substring(0, 4));
        int second = Integer.parseInt(text.substring(5));
        if ((first + 1) % 100 != second) {
            throw new IllegalArgumentException(text + " is not a tax year: after " + first + " comes " + String.format("%02d", (first + 1) % 100));
        }
        if (first < FIRST_NAMEABLE) {
            throw new IllegalArgumentException("is not a tax year we can work with");
        }
        return new TaxYear(first);
    }

    /** The tax year {@code day} falls in: 5 April 2026 is in 2025-26, 6 April 2026 in 2026-27. */
    public static TaxYear of(LocalDate day) {
        return new TaxYear(day.isBefore(FIRST_DAY.atYear(day.getYear())) ? day.getYear() - 1 : day.getYear());
    }

    public LocalDate start() {
        return FIRST_DAY.atYear(firstYear);
    }

    public LocalDate end() {
        return FIRST_DAY.atYear(firstYear + 1).minusDays(1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    @Override
    public int compareTo(TaxYear other) {
        return Integer.compare(firstYear, other.firstYear);
    }

    @Override
    public String toString() {
        return firstYear + "-" + String.format("%02d", (firstYear + 1) % 100);
    }
}
