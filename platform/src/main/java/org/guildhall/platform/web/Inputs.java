package org.guildhall.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.problem.Problem;

/**
 * Turning the strings of a request into values: query parameters, with a 400 that names the field when one will not do,
 * and the fields of a request record its constraints ({@code @IsoDate}, {@code @Amount}) have checked.
 */
public final class Inputs {

    private Inputs() {
    }

    /** A {@code YYYY-MM-DD} date; required. */
    public static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            throw invalid(field, "Enter a date");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw invalid(field, "Enter a real date as YYYY-MM-DD, for example 2026-04-30");
        }
    }

    /** A month written YYYY-MM, such as 2026-11; anything else is a 400 on {@code field}. */
    public static java.time.YearMonth month(String field, String text) {
        try {
            if (text != null && text.matches("\\d{4}-\\d{2}")) {
                return java.time.YearMonth.parse(text);
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw invalid(field, "Give the month as YYYY-MM, such as 2026-11");
    }

    /** A text field as the use cases take it: stripped, and null when absent or blank. */
    public static String text(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A date a request record has checked with {@code @IsoDate}; null when absent or blank. */
    public static LocalDate dateOrNull(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }

    /** An amount a request record has checked with {@code @Amount}; null when absent. */
    public static Money moneyOrNull(String text) {
        return text == null ? null : Money.parse(text);
    }

    public static Problem.BadRequest invalid(String field, String message) {
        return Problem.BadRequest.invalid(field, message);
    }
}
