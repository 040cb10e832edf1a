package org.guildhall.hr.onboarding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guildhall.finance.chart.control.ChartOfAccounts;
import org.guildhall.hr.people.control.People;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.guildhall.platform.domain.CellError;
import org.guildhall.platform.spreadsheet.WorkbookReader;
import org.guildhall.platform.spreadsheet.WorkbookReader.Row;

/**
 * Checks an onboarding workbook against itself and the tenant, and loads it: each sheet has its own checker, and this
 * gives them what the tenant already holds (read once, never a query per row), gathers their problems and loads only
 * when there are none.
 */
@ApplicationScoped
public class OnboardingWorkbook {

    @Inject
    ChartOfAccounts chart;

    @Inject
    People people;

    /** What a check found: rows per sheet and every problem; {@link #valid()} when there are none. */
    public record Report(Map<String, Integer> rows, List<CellError> errors, Map<String, Integer> changed) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** The rows of the workbook's three sheets, or 400 when it is not a workbook with them. */
    public Map<String, List<Row>> read(InputStream workbook) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        columns.put(CostCentreSheet.NAME, CostCentreSheet.COLUMNS);
        columns.put(OrgUnitSheet.NAME, OrgUnitSheet.COLUMNS);
        columns.put(EmployeeSheet.NAME, EmployeeSheet.COLUMNS);
        return WorkbookReader.read(workbook, columns);
    }

    /** Checks every row; with {@code load}, and only when all is well, stores it all (the caller's one transaction). */
    public Report run(Map<String, List<Row>> sheets, boolean load) {
        CostCentreSheet costCentres = new CostCentreSheet(sheets.get(CostCentreSheet.NAME));
        OrgUnitSheet orgUnits = new OrgUnitSheet(sheets.get(OrgUnitSheet.NAME));
        EmployeeSheet employees = new EmployeeSheet(sheets.get(EmployeeSheet.NAME));
        Set<String> knownCostCentres = new HashSet<>(costCentres.keys());
        chart.costCentres().forEach(c -> knownCostCentres.add(c.code()));
        Set<String> knownOrgUnits = new HashSet<>(orgUnits.keys());
        people.orgUnits().forEach(u -> knownOrgUnits.add(u.code()));

        costCentres.check(knownCostCentres);
        orgUnits.check(knownOrgUnits, knownCostCentres);
        employees.check(knownOrgUnits, knownCostCentres, people.managers(), people.niNumbers());

        List<CellError> errors = new ArrayList<>();
        for (Sheet sheet : List.of(costCentres, orgUnits, employees)) {
            errors.addAll(sheet.errors());
        }
        Map<String, Integer> counts = Map.of(costCentres.name(), costCentres.size(), orgUnits.name(), orgUnits.size(),
                employees.name(), employees.size());
        if (!load || !errors.isEmpty()) {
            return new Report(counts, errors, Map.of());
        }
        return new Report(counts, errors, Map.of(costCentres.name(), costCentres.load(chart), orgUnits.name(), orgUnits.load(people),
                employees.name(), employees.load(people)));
    }

    /** The blank workbook: each sheet with its headers and an example row, and a drop-down for nation. */
    public static void template(OutputStream output) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            templateSheet(book, CostCentreSheet.NAME, CostCentreSheet.COLUMNS, List.of("CC300", "Digital services", "CC000", ""));
            templateSheet(book, OrgUnitSheet.NAME, OrgUnitSheet.COLUMNS, List.of("DIG", "Digital directorate", "", "CC300"));
            XSSFSheet employees = templateSheet(book, EmployeeSheet.NAME, EmployeeSheet.COLUMNS,
                    List.of("E0100", "Ada", "Lovelace", "ada.lovelace@example.gov.uk", "AB123456C", "1990-12-10", "2026-04-01", "",
                            "DIG", "CC300", "", "ENGLAND", "1", "37", "HEO", "34500.00"));
            DataValidationHelper validation = employees.getDataValidationHelper();
            int nation = EmployeeSheet.COLUMNS.indexOf("nation");
            DataValidation rule = validation.createValidation(validation.createExplicitListConstraint(
                    new String[] {"ENGLAND", "WALES", "SCOTLAND", "NORTHERN_IRELAND"}),
                    new CellRangeAddressList(1, WorkbookReader.MAX_ROWS, nation, nation));
            rule.setShowErrorBox(true);
            employees.addValidationData(rule);
            book.write(output);
        }
    }

    private static XSSFSheet templateSheet(XSSFWorkbook book, String name, List<String> headers, List<String> example) {
        XSSFSheet sheet = book.createSheet(name);
        org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(1);
        for (int i = 0; i < headers.size(); i++) {
            header.createCell(i).setCellValue(headers.get(i));
            if (!example.get(i).isEmpty()) {
                row.createCell(i).setCellValue(example.get(i));
            }
            sheet.setColumnWidth(i, 18 * 256);
        }
        return sheet;
    }
}
