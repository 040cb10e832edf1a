package org.guildhall.hr.onboarding.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guildhall.platform.domain.CellError;
import org.guildhall.platform.spreadsheet.WorkbookReader.Row;
import org.guildhall.platform.spreadsheet.WorkbookReader.Value;

/** Sheet rows as the workbook reader gives them, for the checkers' tests. */
final class Rows {

    /** A formula cell's text, to put in a row where a formula stands. */
    static final String FORMULA = "=SUM(A1)";

    private Rows() {
    }

    /** Row {@code number} with {@code columns} set to {@code texts} in order; null is an empty cell, {@link #FORMULA} a formula. */
    static Row row(int number, List<String> columns, String... texts) {
        Map<String, Value> values = new HashMap<>();
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null) {
                values.put(columns.get(i), FORMULA.equals(texts[i]) ? new Value(null, true) : new Value(texts[i], false));
            }
        }
        return new Row(number, values);
    }

    /** Each problem as {@code "row column: message"}. */
    static List<String> problems(Sheet sheet) {
        return sheet.errors().stream().map(Rows::describe).toList();
    }

    static String describe(CellError e) {
        return e.row() + " " + e.column() + ": " + e.message();
    }
}
