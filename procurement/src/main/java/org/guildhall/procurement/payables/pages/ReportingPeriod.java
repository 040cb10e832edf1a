package org.guildhall.procurement.payables.pages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.time.IsoDate;

/**
 * The first and last day (both included) a report covers, as the address gives them in {@code from} and {@code to},
 * written {@code YYYY-MM-DD} like the API's {@code ?from=&to=} so that a page and its JSON share one address shape.
 * With neither given, the financial quarter to date: UK government quarters start in April, July, October and January,
 * so they are the calendar quarters.
 */
record ReportingPeriod(LocalDate from, LocalDate to) {

    /** What the form says: the period, or each field's problem (and then no period). */
    record Read(ReportingPeriod period, List<FieldError> errors) {
    }

    static ReportingPeriod quarterToDate(LocalDate today) {
        int firstMonth = (today.getMonthValue() - 1) / 3 * 3 + 1;
        return new ReportingPeriod(LocalDate.of(today.getYear(), firstMonth, 1), today);
    }

    /** Reads the two boxes; both blank (or absent) is the quarter to {@code today}. */
    static Read read(String from, String to, LocalDate today) {
        String first = from == null ? "" : from.strip();
        String last = to == null ? "" : to.strip();
        if (first.isEmpty() && last.isEmpty()) {
            return new Read(quarterToDate(today), List.of());
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = date(first, "from", "Enter the first day as a real date, for example 2026-10-01", errors);
        LocalDate end = date(last, "to", "Enter the last day as a real date, for example 2026-12-31", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new FieldError("to", "The last day must be the same as or after the first day"));
        }
        return errors.isEmpty() ? new Read(new ReportingPeriod(start, end), List.of()) : new Read(null, errors);
    }

    private static LocalDate date(String text, String field, String problem, List<FieldError> errors) {
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate date = LocalDate.parse(text);
                if (!date.isBefore(IsoDate.EARLIEST) && !date.isAfter(IsoDate.LATEST)) {
                    return date;
                }
            }
        } catch (DateTimeParseException notADay) {
            // an impossible day, such as 2026-02-30: the same problem as any other unreadable text
        }
        errors.add(new FieldError(field, problem));
        return null;
    }
}
