package org.guildhall.platform.pages;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.time.BusinessCalendar;
import org.guildhall.platform.time.IsoDate;
import org.guildhall.platform.web.Inputs;

/**
 * A month box of a GET form, written {@code YYYY-MM} as the API's {@code ?month=} is, so that a page and its JSON share
 * one address shape. Blank is the month the page shows by default; anything else that is not a month from
 * {@link IsoDate#EARLIEST} to {@link IsoDate#LATEST} is the field's problem, for the error summary.
 */
public record MonthInput(YearMonth month, List<FieldError> errors) {

    /** The month just ended by {@code clock} in the business calendar: the latest the measures job has worked out by itself. */
    public static YearMonth lastMonth(Clock clock) {
        return YearMonth.from(BusinessCalendar.today(clock)).minusMonths(1);
    }

    /**
     * Reads a page's {@code month} box into {@code scope}, as the console pages show it: the month and {@code shown}
     * when it is one, else what was typed with the error summary and the field's message. Answers the month, or null.
     */
    public static YearMonth intoScope(String text, Clock clock, java.util.Map<String, Object> scope) {
        MonthInput read = read("month", text, lastMonth(clock));
        FormErrors problems = FormErrors.of(read.errors(), field -> field);
        problems.into(scope);
        scope.put("monthError", problems.at("month"));
        scope.put("month", read.month() == null ? text : read.month().toString());
        if (read.month() != null) {
            scope.put("shown", true);
        }
        return read.month();
    }

    /** Reads {@code text} (null or blank is {@code otherwise}); on a problem, no month and the problem named by {@code field}. */
    public static MonthInput read(String field, String text, YearMonth otherwise) {
        if (text == null || text.isBlank()) {
            return new MonthInput(otherwise, List.of());
        }
        try {
            YearMonth month = Inputs.month(field, text.strip());
            if (!month.atDay(1).isBefore(IsoDate.EARLIEST) && !month.atEndOfMonth().isAfter(IsoDate.LATEST)) {
                return new MonthInput(month, List.of());
            }
        } catch (Problem.BadRequest notAMonth) {
            // answered below, in the page's own words
        }
        return new MonthInput(null, List.of(new FieldError(field, "Enter a month as YYYY-MM, for example 2026-11")));
    }
}
