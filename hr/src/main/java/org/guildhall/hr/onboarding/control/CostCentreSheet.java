package org.guildhall.hr.onboarding.control;

import java.util.List;
import java.util.Set;
import org.guildhall.finance.chart.control.ChartOfAccounts;
import org.guildhall.finance.chart.entity.LedgerAccount;
import org.guildhall.platform.spreadsheet.WorkbookReader.Row;

/** The CostCentres sheet: a code the ledger accepts, a name, and a parent in the sheet (above or below) or in the chart. */
final class CostCentreSheet extends Sheet {

    static final String NAME = "CostCentres";
    static final List<String> COLUMNS = List.of("code", "name", "parentCode", "budgetHolder");
    static final String UNKNOWN = "There is no cost centre %s in this sheet or the organisation";

    CostCentreSheet(List<Row> rows) {
        super(NAME, "code", rows);
    }

    /** {@code known}: every cost centre code in this sheet or already in the chart. */
    void check(Set<String> known) {
        for (Row row : rows()) {
            Cells cells = cells(row);
            String code = cells.text("code");
            if (code != null && !LedgerAccount.CODE.matcher(code).matches()) {
                cells.error("code", "Enter a code of capital letters, digits or hyphens, up to 16");
            }
            cells.required("name");
            cells.reference("parentCode", known::contains, UNKNOWN);
        }
    }

    /** Stores every row, parents first; answers how many were added or changed. */
    int load(ChartOfAccounts chart) {
        return loadParentsFirst("budgetHolder", chart::putCostCentre);
    }
}
