package org.guildhall.hr.onboarding.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.guildhall.platform.domain.CellError;
import org.guildhall.platform.spreadsheet.WorkbookReader;
import org.guildhall.platform.spreadsheet.WorkbookReader.Row;

/** One row's cells of one sheet, reading values and recording problems against their cells. */
public final class Cells {

    private final String sheet;
    private final Row row;
    private final List<CellError> errors;

    public Cells(String sheet, Row row, List<CellError> errors) {
        this.sheet = sheet;
        this.row = row;
        this.errors = errors;
    }

    public String text(String column) {
        WorkbookReader.Value value = row.get(column);
        if (value.formula()) {
            error(column, "Enter a value, not a formula");
            return null;
        }
        return value.text();
    }

    public void error(String column, String message) {
        CellError error = new CellError(sheet, row.number(), column, message);
        if (!errors.contains(error)) {
            errors.add(error);
        }
    }

    public void required(String column) {
        if (row.get(column).text() == null && !row.get(column).formula()) {
            error(column, "Enter the " + column);
        }
    }

    public void reference(String column, Predicate<String> exists, String message) {
        String value = row.get(column).text();
        if (value != null && !exists.test(value)) {
            error(column, message.formatted(value));
        }
    }

    public LocalDate date(String column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            error(column, "Enter a date as a date cell or as YYYY-MM-DD");
            return null;
        }
    }

    public BigDecimal decimal(String column) {
        String text = text(column);
        try {
            return text == null ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            error(column, "Enter a number");
            return null;
        }
    }

    /** The columns of this row that already have a problem. */
    public Set<String> wrong() {
        Set<String> columns = new HashSet<>();
        errors.stream().filter(e -> e.sheet().equals(sheet) && e.row() == row.number()).forEach(e -> columns.add(e.column()));
        return columns;
    }
}
