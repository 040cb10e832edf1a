package org.guildhall.procurement.purchasing.pages;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.pages.DateInput;
import org.guildhall.procurement.purchasing.control.Requisitions;

/**
 * The requisition form as posted: the supplier, the date needed by, a reason for going over budget, and {@code count}
 * lines with their fields named {@code lines-N-field}. It keeps what was typed, so the form can be shown again with one
 * more line, or with its problems, or with the budget answer.
 */
public record RequisitionForm(Map<String, String> top, int count, List<Map<String, String>> lines) {

    static final List<String> TOP = List.of("supplier", "neededBy-day", "neededBy-month", "neededBy-year", "overBudgetReason");
    static final List<String> FIELDS = List.of("description", "quantity", "unitPrice", "vat", "account", "costCentre");
    /** A page form is kept to what a person types; the API takes up to 100 lines. */
    static final int MOST_LINES = 20;

    public static RequisitionForm of(Map<String, String[]> parameters) {
        int count = 1;
        try {
            count = Math.max(1, Math.min(MOST_LINES, Integer.parseInt(first(parameters, "count"))));
        } catch (NumberFormatException absent) {
            // a first visit: one line
        }
        Map<String, String> top = new HashMap<>();
        TOP.forEach(field -> top.put(field, first(parameters, field).strip()));
        List<Map<String, String>> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, String> line = new HashMap<>();
            for (String field : FIELDS) {
                line.put(field, first(parameters, "lines-" + i + "-" + field).strip());
            }
            if (line.get("vat").isEmpty()) {
                line.put("vat", "20");
            }
            lines.add(line);
        }
        return new RequisitionForm(top, count, lines);
    }

    private static String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? "" : values[0];
    }

    public boolean canAdd() {
        return count < MOST_LINES;
    }

    public RequisitionForm withAnotherLine() {
        if (!canAdd()) {
            return this;
        }
        List<Map<String, String>> more = new ArrayList<>(lines);
        Map<String, String> blank = new HashMap<>();
        FIELDS.forEach(f -> blank.put(f, ""));
        blank.put("vat", "20");
        more.add(blank);
        return new RequisitionForm(top, count + 1, more);
    }

    /** The requisition as the use case takes it; what cannot be read goes into {@code errors} under the API's field names. */
    public Requisitions.Request request(List<InvalidInput.Field> errors) {
        List<Requisitions.LineRequest> requested = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Map<String, String> line = lines.get(i);
            String at = "lines[" + i + "].";
            requested.add(new Requisitions.LineRequest(line.get("description"), quantity(line, at, errors), money(line, at, errors),
                    line.get("vat"), line.get("account"), line.get("costCentre")));
        }
        Long supplier = null;
        try {
            supplier = top.get("supplier").isEmpty() ? null : Long.valueOf(top.get("supplier"));
        } catch (NumberFormatException e) {
            errors.add(new InvalidInput.Field("supplier", "Choose a supplier from the list"));
        }
        return new Requisitions.Request(supplier, requested, neededBy(errors), top.get("overBudgetReason"));
    }

    private LocalDate neededBy(List<InvalidInput.Field> errors) {
        String day = top.get("neededBy-day");
        String month = top.get("neededBy-month");
        String year = top.get("neededBy-year");
        if (DateInput.blank(day, month, year)) {
            return null;
        }
        try {
            return DateInput.of(day, month, year);
        } catch (DateTimeException e) {
            errors.add(new InvalidInput.Field("neededBy", "The date must be a real date, such as 14 1 2027"));
            return null;
        }
    }

    private static BigDecimal quantity(Map<String, String> line, String at, List<InvalidInput.Field> errors) {
        String text = line.get("quantity").replace(",", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            errors.add(new InvalidInput.Field(at + "quantity", "Enter the quantity as a number, such as 3"));
            return null;
        }
    }

    private static Money money(Map<String, String> line, String at, List<InvalidInput.Field> errors) {
        String text = line.get("unitPrice").replace("£", "").replace(",", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Money.parse(text.contains(".") ? text : text + ".00");
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidInput.Field(at + "unitPrice", "Enter the price in pounds and pence, such as 12.50"));
            return null;
        }
    }

    /** Where on the form a problem with an API field is shown: {@code lines[2].quantity} is {@code lines-2-quantity}. */
    public static String anchor(String field) {
        String anchor = field.replaceAll("lines\\[(\\d+)\\]\\.", "lines-$1-");
        return switch (anchor) {
            case "neededBy" -> "neededBy-day";
            case "lines" -> "lines-0-description";
            default -> anchor;
        };
    }
}
