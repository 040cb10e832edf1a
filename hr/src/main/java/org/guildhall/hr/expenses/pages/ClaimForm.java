package org.guildhall.hr.expenses.pages;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guildhall.hr.expenses.entity.ClaimLine;
import org.guildhall.hr.expenses.entity.ClaimRules;
import org.guildhall.hr.expenses.entity.Mileage;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.pages.DateInput;

/**
 * The claim form as posted: {@code count} lines, each with its fields named {@code lines-N-field} (dates as day, month
 * and year boxes). It keeps what was typed so the form can be shown again with one more line or with its problems.
 */
public record ClaimForm(int count, List<Map<String, String>> lines) {

    static final List<String> FIELDS = List.of("date-day", "date-month", "date-year", "category", "amount", "vat", "miles", "vehicle",
            "london", "description");
    public static final int MOST_LINES = ClaimRules.MOST_LINES;

    public static ClaimForm of(Map<String, String[]> parameters) {
        int count = 1;
        try {
            count = Math.max(1, Math.min(MOST_LINES, Integer.parseInt(first(parameters, "count"))));
        } catch (NumberFormatException absent) {
            // a first visit: one line
        }
        List<Map<String, String>> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, String> line = new HashMap<>();
            for (String field : FIELDS) {
                line.put(field, first(parameters, "lines-" + i + "-" + field).strip());
            }
            lines.add(line);
        }
        return new ClaimForm(count, lines);
    }

    private static String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? "" : values[0];
    }

    public ClaimForm withAnotherLine() {
        List<Map<String, String>> more = new ArrayList<>(lines);
        Map<String, String> blank = new HashMap<>();
        FIELDS.forEach(f -> blank.put(f, ""));
        more.add(blank);
        return new ClaimForm(Math.min(MOST_LINES, count + 1), more.subList(0, Math.min(MOST_LINES, more.size())));
    }

    /** The lines as the claim takes them; what cannot be read goes into {@code errors} under the API's field names. */
    public List<ClaimLine> inputs(List<InvalidInput.Field> errors) {
        List<ClaimLine> inputs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Map<String, String> line = lines.get(i);
            String at = "lines[" + i + "].";
            boolean mileage = "MILEAGE".equals(line.get("category"));
            inputs.add(new ClaimLine(date(line, at, errors), line.get("category").isEmpty() ? null : line.get("category"),
                    mileage ? null : money(line, "amount", at, errors), mileage ? null : money(line, "vat", at, errors),
                    mileage ? miles(line, at, errors) : null, mileage ? vehicle(line) : null, "yes".equals(line.get("london")),
                    line.get("description")));
        }
        return inputs;
    }

    private static LocalDate date(Map<String, String> line, String at, List<InvalidInput.Field> errors) {
        String day = line.get("date-day");
        String month = line.get("date-month");
        String year = line.get("date-year");
        if (DateInput.blank(day, month, year)) {
            return null;
        }
        try {
            return DateInput.of(day, month, year);
        } catch (DateTimeException e) {
            errors.add(new InvalidInput.Field(at + "date", "The date must be a real date, such as 14 11 2026"));
            return null;
        }
    }

    private static Money money(Map<String, String> line, String field, String at, List<InvalidInput.Field> errors) {
        String text = line.get(field).replace("£", "").replace(",", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Money.parse(text.contains(".") ? text : text + ".00");
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidInput.Field(at + field, "Enter an amount in pounds and pence, such as 12.50"));
            return null;
        }
    }

    private static BigDecimal miles(Map<String, String> line, String at, List<InvalidInput.Field> errors) {
        String text = line.get("miles").replace(",", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            errors.add(new InvalidInput.Field(at + "miles", "Enter the miles as a number, such as 42.5"));
            return null;
        }
    }

    private static Mileage.Vehicle vehicle(Map<String, String> line) {
        try {
            return line.get("vehicle").isEmpty() ? null : Mileage.Vehicle.valueOf(line.get("vehicle"));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Where on the form a problem with an API field is shown: {@code lines[2].date} is {@code lines-2-date-day}. */
    public static String anchor(String field) {
        String anchor = field.replaceAll("lines\\[(\\d+)\\]\\.", "lines-$1-");
        return anchor.endsWith("-date") ? anchor + "-day" : anchor;
    }
}
