package org.guildhall.hr.onboarding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.guildhall.finance.chart.control.ChartOfAccounts;
import org.guildhall.finance.chart.entity.LedgerAccount;
import org.guildhall.hr.people.control.People;
import org.guildhall.hr.people.entity.EmployeeDetails;
import org.guildhall.platform.time.Nation;
import org.guildhall.hr.people.entity.NiNumber;
import org.guildhall.hr.people.entity.ReportingLine;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.problem.CellError;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.spreadsheet.WorkbookReader;
import org.guildhall.platform.spreadsheet.WorkbookReader.Row;

/** Checks an onboarding workbook against itself and the tenant, and loads it. */
@ApplicationScoped
public class OnboardingWorkbook {

    public static final String COST_CENTRES = "CostCentres";
    public static final String ORG_UNITS = "OrgUnits";
    public static final String EMPLOYEES = "Employees";
    public static final List<String> COST_CENTRE_COLUMNS = List.of("code", "name", "parentCode", "budgetHolder");
    public static final List<String> ORG_UNIT_COLUMNS = List.of("code", "name", "parentCode", "costCentre");
    public static final List<String> EMPLOYEE_COLUMNS = List.of("employeeNumber", "givenName", "familyName", "email", "niNumber",
            "dateOfBirth", "startDate", "endDate", "orgUnit", "costCentre", "managerNumber", "nation", "fte", "weeklyHours", "grade",
            "annualSalary");

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
        columns.put(COST_CENTRES, COST_CENTRE_COLUMNS);
        columns.put(ORG_UNITS, ORG_UNIT_COLUMNS);
        columns.put(EMPLOYEES, EMPLOYEE_COLUMNS);
        return WorkbookReader.read(workbook, columns);
    }

    /** Checks every row; with {@code load}, and only when all is well, stores it all (the caller's one transaction). */
    public Report run(Map<String, List<Row>> sheets, boolean load) {
        List<CellError> errors = new ArrayList<>();
        Map<String, Row> costCentres = unique(sheets.get(COST_CENTRES), COST_CENTRES, errors);
        Map<String, Row> orgUnits = unique(sheets.get(ORG_UNITS), ORG_UNITS, errors);
        Map<String, Row> employees = unique(sheets.get(EMPLOYEES), EMPLOYEES, errors);
        Set<String> knownCostCentres = new HashSet<>(costCentres.keySet());
        chart.costCentres().forEach(c -> knownCostCentres.add(c.code()));
        Set<String> knownOrgUnits = new HashSet<>(orgUnits.keySet());
        people.orgUnits().forEach(u -> knownOrgUnits.add(u.code()));

        for (Row row : costCentres.values()) {
            Cells cells = new Cells(COST_CENTRES, row, errors);
            String code = cells.text("code");
            if (code != null && !LedgerAccount.CODE.matcher(code).matches()) {
                cells.error("code", "Enter a code of capital letters, digits or hyphens, up to 16");
            }
            cells.required("name");
            cells.reference("parentCode", knownCostCentres::contains, "There is no cost centre %s in this sheet or the organisation");
        }
        for (Row row : orgUnits.values()) {
            Cells cells = new Cells(ORG_UNITS, row, errors);
            String code = cells.text("code");
            if (code != null && !code.matches("[A-Za-z0-9][A-Za-z0-9-]{0,31}")) {
                cells.error("code", "Enter a code of up to 32 letters, digits or hyphens");
            }
            cells.required("name");
            cells.reference("parentCode", knownOrgUnits::contains, "There is no organisation unit %s in this sheet or the organisation");
            cells.required("costCentre");
            cells.reference("costCentre", knownCostCentres::contains, "There is no cost centre %s in this sheet or the organisation");
        }

        Map<String, String> managers = people.managers();
        Set<String> existingEmployees = Set.copyOf(managers.keySet());
        Map<String, String> niHolders = people.niNumbers();
        Map<String, EmployeeDetails> details = new LinkedHashMap<>();
        for (Row row : employees.values()) {
            Cells cells = new Cells(EMPLOYEES, row, errors);
            EmployeeDetails employee = cells.employee();
            details.put(row.get("employeeNumber").text(), employee);
            managers.put(employee.employeeNumber(), employee.managerNumber());
        }
        Set<String> knownEmployees = new HashSet<>(managers.keySet());
        Map<String, String> niInSheet = new HashMap<>();
        for (Row row : employees.values()) {
            Cells cells = new Cells(EMPLOYEES, row, errors);
            EmployeeDetails employee = details.get(row.get("employeeNumber").text());
            cells.reference("orgUnit", knownOrgUnits::contains, "There is no organisation unit %s in this sheet or the organisation");
            cells.reference("costCentre", knownCostCentres::contains, "There is no cost centre %s in this sheet or the organisation");
            cells.reference("managerNumber", knownEmployees::contains, "There is no employee %s in this sheet or the organisation");
            String manager = employee.managerNumber();
            if (manager != null && knownEmployees.contains(manager) && !manager.equals(employee.employeeNumber())
                    && ReportingLine.wouldLoop(employee.employeeNumber(), manager, managers::get)) {
                cells.error("managerNumber", "Reporting lines through " + manager + " lead back to " + employee.employeeNumber());
            }
            String ni = NiNumber.normalise(employee.niNumber());
            if (NiNumber.isValid(ni)) {
                String holder = niHolders.get(ni);
                String earlier = niInSheet.putIfAbsent(ni, employee.employeeNumber());
                if (holder != null && !holder.equals(employee.employeeNumber()) && !details.containsKey(holder)
                        || earlier != null) {
                    cells.error("niNumber", "Another employee already has this National Insurance number");
                }
            }
        }

        errors.sort(java.util.Comparator.comparingInt((CellError e) -> List.of(COST_CENTRES, ORG_UNITS, EMPLOYEES).indexOf(e.sheet()))
                .thenComparingInt(CellError::row));
        Map<String, Integer> counts = Map.of(COST_CENTRES, costCentres.size(), ORG_UNITS, orgUnits.size(), EMPLOYEES, employees.size());
        if (!load || !errors.isEmpty()) {
            return new Report(counts, errors, Map.of());
        }
        int changedCostCentres = 0;
        for (Row row : parentsFirst(costCentres)) {
            changedCostCentres += chart.putCostCentre(row.get("code").text(), row.get("name").text(), row.get("parentCode").text(),
                    row.get("budgetHolder").text()) ? 1 : 0;
        }
        int changedOrgUnits = 0;
        for (Row row : parentsFirst(orgUnits)) {
            changedOrgUnits += people.putOrgUnit(row.get("code").text(), row.get("name").text(), row.get("parentCode").text(),
                    row.get("costCentre").text()) ? 1 : 0;
        }
        int changedEmployees = 0;
        for (EmployeeDetails employee : details.values()) {
            changedEmployees += people.putEmployee(employee, existingEmployees.contains(employee.employeeNumber())) ? 1 : 0;
        }
        return new Report(counts, errors, Map.of(COST_CENTRES, changedCostCentres, ORG_UNITS, changedOrgUnits, EMPLOYEES, changedEmployees));
    }

    /** The blank workbook: each sheet with its headers and an example row, and a drop-down for nation. */
    public static void template(java.io.OutputStream output) throws java.io.IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            templateSheet(book, COST_CENTRES, COST_CENTRE_COLUMNS, List.of("CC300", "Digital services", "CC000", ""));
            templateSheet(book, ORG_UNITS, ORG_UNIT_COLUMNS, List.of("DIG", "Digital directorate", "", "CC300"));
            XSSFSheet employees = templateSheet(book, EMPLOYEES, EMPLOYEE_COLUMNS,
                    List.of("E0100", "Ada", "Lovelace", "ada.lovelace@example.gov.uk", "AB123456C", "1990-12-10", "2026-04-01", "",
                            "DIG", "CC300", "", "ENGLAND", "1", "37", "HEO", "34500.00"));
            DataValidationHelper validation = employees.getDataValidationHelper();
            int nation = EMPLOYEE_COLUMNS.indexOf("nation");
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

    /** Rows by their key (first column); a key given twice is an error on the later row. */
    private static Map<String, Row> unique(List<Row> rows, String sheet, List<CellError> errors) {
        Map<String, Row> byKey = new LinkedHashMap<>();
        String key = EMPLOYEES.equals(sheet) ? "employeeNumber" : "code";
        for (Row row : rows) {
            Cells cells = new Cells(sheet, row, errors);
            String value = cells.text(key);
            if (value == null) {
                cells.required(key);
            } else if (byKey.putIfAbsent(value, row) != null) {
                cells.error(key, value + " is already on row " + byKey.get(value).number());
            }
        }
        return byKey;
    }

    /** Rows ordered so that each parent in the sheet comes before its children (cycles were refused by the check). */
    private static List<Row> parentsFirst(Map<String, Row> rows) {
        List<Row> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        List<Row> waiting = new ArrayList<>(rows.values());
        while (!waiting.isEmpty()) {
            int before = waiting.size();
            waiting.removeIf(row -> {
                String parent = row.get("parentCode").text();
                if (parent == null || !rows.containsKey(parent) || placed.contains(parent)) {
                    ordered.add(row);
                    placed.add(row.get("code").text());
                    return true;
                }
                return false;
            });
            if (waiting.size() == before) {
                ordered.addAll(waiting); // a loop of parents: the database refuses it and the load rolls back
                break;
            }
        }
        return ordered;
    }

    /** One row's cells of one sheet, reading values and recording problems against their cells. */
    private static final class Cells {
        private final String sheet;
        private final Row row;
        private final List<CellError> errors;

        Cells(String sheet, Row row, List<CellError> errors) {
            this.sheet = sheet;
            this.row = row;
            this.errors = errors;
        }

        String text(String column) {
            WorkbookReader.Value value = row.get(column);
            if (value.formula()) {
                error(column, "Enter a value, not a formula");
                return null;
            }
            return value.text();
        }

        void error(String column, String message) {
            CellError error = new CellError(sheet, row.number(), column, message);
            if (!errors.contains(error)) {
                errors.add(error);
            }
        }

        void required(String column) {
            if (row.get(column).text() == null && !row.get(column).formula()) {
                error(column, "Enter the " + column);
            }
        }

        void reference(String column, Predicate<String> exists, String message) {
            String value = row.get(column).text();
            if (value != null && !exists.test(value)) {
                error(column, message.formatted(value));
            }
        }

        LocalDate date(String column) {
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

        BigDecimal decimal(String column) {
            String text = text(column);
            try {
                return text == null ? null : new BigDecimal(text);
            } catch (NumberFormatException e) {
                error(column, "Enter a number");
                return null;
            }
        }

        EmployeeDetails employee() {
            String nation = text("nation");
            Nation parsedNation = null;
            if (nation != null) {
                try {
                    parsedNation = Nation.valueOf(nation.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '_'));
                } catch (IllegalArgumentException e) {
                    error("nation", "Enter ENGLAND, WALES, SCOTLAND or NORTHERN_IRELAND");
                }
            }
            Money salary = null;
            String salaryText = text("annualSalary");
            if (salaryText != null) {
                try {
                    salary = Money.parse(salaryText);
                } catch (IllegalArgumentException e) {
                    error("annualSalary", "Enter the annual salary in pounds and pence");
                }
            }
            EmployeeDetails details = new EmployeeDetails(text("employeeNumber"), text("givenName"), text("familyName"), text("email"),
                    text("niNumber"), date("dateOfBirth"), date("startDate"), date("endDate"), text("orgUnit"), text("costCentre"),
                    text("managerNumber"), parsedNation, decimal("fte"), decimal("weeklyHours"), text("grade"), salary);
            Set<String> alreadyWrong = new HashSet<>();
            errors.stream().filter(e -> e.sheet().equals(sheet) && e.row() == row.number()).forEach(e -> alreadyWrong.add(e.column()));
            for (FieldError problem : details.problems()) {
                if (!alreadyWrong.contains(problem.field())) {
                    error(problem.field(), problem.message());
                }
            }
            return details;
        }
    }
}
