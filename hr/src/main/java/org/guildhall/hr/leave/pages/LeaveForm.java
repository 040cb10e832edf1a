package org.guildhall.hr.leave.pages;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guildhall.hr.leave.entity.Booking;
import org.guildhall.hr.leave.entity.WorkingTime;
import org.guildhall.platform.pages.DateInput;
import org.guildhall.platform.problem.FieldError;

/**
 * The book-leave form as posted: dates as separate day, month and year boxes (the GOV.UK date input), halves as
 * radios. Reading it answers the booking, or the problems with each field, in the form's own words.
 */
public record LeaveForm(Map<String, String> values) {

    public static final List<String> FIELDS = List.of("leaveType", "start-day", "start-month", "start-year", "startHalf",
            "end-day", "end-month", "end-year", "endHalf", "note");

    public static LeaveForm of(Map<String, String[]> parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String[] given = parameters.get(field);
            values.put(field, given == null || given.length == 0 ? "" : given[0].strip());
        }
        return new LeaveForm(values);
    }

    public String get(String field) {
        return values.getOrDefault(field, "");
    }

    /** The booking, with problems added to {@code errors} (then null). */
    public Booking booking(List<FieldError> errors) {
        List<FieldError> found = new ArrayList<>();
        if (get("leaveType").isEmpty()) {
            found.add(new FieldError("leaveType", "Select the type of leave"));
        }
        LocalDate start = date("start", "first day of leave", found);
        LocalDate end = date("end", "last day of leave", found);
        errors.addAll(found);
        if (!found.isEmpty()) {
            return null;
        }
        return new Booking(null, get("leaveType"), start, "AFTERNOON".equals(get("startHalf")) ? WorkingTime.Half.AFTERNOON : null,
                end, "MORNING".equals(get("endHalf")) ? WorkingTime.Half.MORNING : null, get("note").isEmpty() ? null : get("note"));
    }

    private LocalDate date(String prefix, String what, List<FieldError> errors) {
        String day = get(prefix + "-day");
        String month = get(prefix + "-month");
        String year = get(prefix + "-year");
        if (DateInput.blank(day, month, year)) {
            errors.add(new FieldError(prefix + "-day", "Enter the " + what));
            return null;
        }
        if (day.isEmpty() || month.isEmpty() || year.isEmpty()) {
            errors.add(new FieldError(prefix + "-" + (day.isEmpty() ? "day" : month.isEmpty() ? "month" : "year"),
                    "The " + what + " must include a day, month and year"));
            return null;
        }
        try {
            return DateInput.of(day, month, year);
        } catch (DateTimeException e) {
            errors.add(new FieldError(prefix + "-day", "The " + what + " must be a real date, such as 27 3 2027"));
            return null;
        }
    }

    /** Where an error the rules found about a field is shown on this form. */
    public static String anchor(String field) {
        return switch (field) {
            case "start", "end" -> field + "-day";
            default -> field;
        };
    }
}
