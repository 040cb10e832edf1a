package org.guildhall.payroll.run.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.guildhall.payroll.run.entity.PayPolicy;
import org.guildhall.platform.domain.CellError;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.spreadsheet.WorkbookReader;

/**
 * The {@code PayItems} sheet of a workbook of variable items for a run: one item a row, with the columns of the API's
 * item (employeeNumber, kind, amount, or hours and rate, description). Every bad cell is listed; an item is made only
 * from a row with none.
 */
final class PayItemSheet {

    static final String NAME = "PayItems";
    static final List<String> COLUMNS = List.of("employeeNumber", "kind", "amount", "hours", "rate", "description");

    private PayItemSheet() {
    }

    /** What the rows ask for, checked against the tenant's employees and pay elements; problems go into {@code errors}. */
    static List<PayrollRuns.ItemRequest> read(List<WorkbookReader.Row> rows, Set<String> employees, PayPolicy policy, List<CellError> errors) {
        List<PayrollRuns.ItemRequest> items = new ArrayList<>();
        for (WorkbookReader.Row row : rows) {
            int before = errors.size();
            String number = text(row, "employeeNumber", 32, true, errors);
            if (number != null && !employees.contains(number)) {
                errors.add(new CellError(NAME, row.number(), "employeeNumber", "There is no employee " + number));
            }
            String kind = text(row, "kind", 24, true, errors);
            if (kind != null && policy.element(kind).isEmpty()) {
                errors.add(new CellError(NAME, row.number(), "kind", "Choose one of the pay policy's elements: "
                        + String.join(", ", new java.util.TreeSet<>(policy.elements().keySet()))));
            }
            BigDecimal amount = decimal(row, "amount", 2, errors);
            BigDecimal hours = decimal(row, "hours", 2, errors);
            BigDecimal rate = decimal(row, "rate", 4, errors);
            String description = text(row, "description", 200, false, errors);
            boolean byHours = hours != null || rate != null;
            if (before == errors.size()) {
                if (byHours == (amount != null)) {
                    errors.add(new CellError(NAME, row.number(), "amount", "Give either an amount or hours and a rate"));
                } else if (byHours && (hours == null || rate == null)) {
                    errors.add(new CellError(NAME, row.number(), hours == null ? "hours" : "rate", "Give both the hours and the rate"));
                } else if (byHours && !Money.ofRounded(hours.multiply(rate)).isPositive()) {
                    errors.add(new CellError(NAME, row.number(), "hours", "The hours at the rate come to less than a penny"));
                }
            }
            if (before == errors.size()) {
                items.add(new PayrollRuns.ItemRequest(number, kind, amount == null ? null : Money.of(amount), hours, rate, description));
            }
        }
        return items;
    }

    private static String text(WorkbookReader.Row row, String column, int most, boolean required, List<CellError> errors) {
        WorkbookReader.Value value = row.get(column);
        if (value.formula()) {
            errors.add(new CellError(NAME, row.number(), column, "Enter the value itself, not a formula"));
            return null;
        }
        String text = value.text() == null ? null : value.text().strip();
        if (text == null || text.isEmpty()) {
            if (required) {
                errors.add(new CellError(NAME, row.number(), column, "Enter the " + column));
            }
            return null;
        }
        if (text.length() > most || text.chars().anyMatch(c -> c < 0x20)) {
            errors.add(new CellError(NAME, row.number(), column, "Keep it to " + most + " characters of plain text"));
            return null;
        }
        return text;
    }

    private static BigDecimal decimal(WorkbookReader.Row row, String column, int places, List<CellError> errors) {
        String text = text(row, column, 20, false, errors);
        if (text == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() <= 0 || value.stripTrailingZeros().scale() > places || value.compareTo(new BigDecimal("1000000000")) >= 0) {
                errors.add(new CellError(NAME, row.number(), column, "Enter a number more than 0, below a billion, with at most " + places + " decimals"));
                return null;
            }
            return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value;
        } catch (NumberFormatException e) {
            errors.add(new CellError(NAME, row.number(), column, "Enter a number, such as 12.50"));
            return null;
        }
    }
}
