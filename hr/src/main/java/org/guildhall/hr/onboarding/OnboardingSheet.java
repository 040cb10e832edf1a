package org.guildhall.hr.onboarding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.guildhall.platform.domain.CellError;
import org.guildhall.platform.spreadsheet.WorkbookReader.Row;

/**
 * An optional sheet of the onboarding workbook, owned by the module that reads it (hr's {@code Leave}, payroll's
 * {@code Payroll}): a bean implementing this is offered in the template, read when the workbook has a sheet of its
 * name, checked with the rest and loaded in the same transaction after the employees, only when nothing in the whole
 * workbook is wrong.
 */
public interface OnboardingSheet {

    /** An employee a row may name: one in the workbook's Employees sheet or one already in the tenant. */
    record Employee(String number, LocalDate startDate, LocalDate endDate, BigDecimal fte) {
    }

    /** The sheet's name in the workbook. */
    String name();

    /** Its column headers, all required in the header row when the sheet is there. */
    List<String> columns();

    /** Headers the sheet may have after its required ones, each read when it is there; the template has them too. */
    default List<String> optionalColumns() {
        return List.of();
    }

    /** The template's example row, a value per column and then per optional column ("" for none). */
    List<String> example();

    /** Checks every row against {@code employees} (by number), answering each problem against its cell. */
    List<CellError> check(List<Row> rows, Map<String, Employee> employees);

    /**
     * Stores the rows, called only when the whole workbook checked clean, after its employees are stored, in the same
     * transaction; answers how many rows added or changed something.
     */
    int load(List<Row> rows);
}
