package org.guildhall.payroll.calculation.entity;

import java.time.LocalDate;

/** A UK tax year, 6 April to 5 April, written as HMRC does: {@code 2025-26}. */
public record TaxYear(int firstYear) implements Comparable<TaxYear> {

    public TaxYear {
        if (firstYear < 1990 || firstYear > 2200) {
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
        return new TaxYear(first);
    }

    public LocalDate start() {
        return LocalDate.of(firstYear, 4, 6);
    }

    public LocalDate end() {
        return LocalDate.of(firstYear + 1, 4, 5);
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
