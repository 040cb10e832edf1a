package org.guildhall.hr.onboarding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guildhall.finance.chart.control.ChartOfAccounts;
import org.guildhall.hr.onboarding.OnboardingSheet;
import org.guildhall.hr.people.control.People;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.guildhall.platform.domain.CellError;
import org.guildhall.platform.security.Caller;
import org.guildhall.platform.spreadsheet.WorkbookReader;
import org.guildhall.platform.spreadsheet.WorkbookReader.Row;
import org.guildhall.platform.tenancy.TenantSession;

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

    @Inject
    Instance<OnboardingSheet> optional;

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    TenantSession session;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** What a check found: rows per sheet and every problem; {@link #valid()} when there are none. */
    public record Report(Map<String, Integer> rows, List<CellError> errors, Map<String, Integer> changed) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /**
     * The rows of the workbook's three sheets and of each optional sheet it has, or 400 when it is not a workbook with
     * them.
     */
    public Map<String, List<Row>> read(InputStream workbook) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        columns.put(CostCentreSheet.NAME, CostCentreSheet.COLUMNS);
        columns.put(OrgUnitSheet.NAME, OrgUnitSheet.COLUMNS);
        columns.put(EmployeeSheet.NAME, EmployeeSheet.COLUMNS);
        Map<String, List<String>> others = new LinkedHashMap<>();
        for (OnboardingSheet sheet : optionalSheets()) {
            others.put(sheet.name(), sheet.columns());
        }
        return WorkbookReader.read(workbook, columns, others);
    }

    /** The optional sheets in a steady order: by name. */
    private List<OnboardingSheet> optionalSheets() {
        return optional.stream().sorted(Comparator.comparing(OnboardingSheet::name)).toList();
    }

    /** A workbook's sheets as {@link #run} takes them, from rows made some other way than by reading a file. */
    public static Map<String, List<Row>> sheets(List<Row> costCentres, List<Row> orgUnits, List<Row> employees) {
        Map<String, List<Row>> sheets = new LinkedHashMap<>();
        sheets.put(CostCentreSheet.NAME, costCentres);
        sheets.put(OrgUnitSheet.NAME, orgUnits);
        sheets.put(EmployeeSheet.NAME, employees);
        return sheets;
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
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put(costCentres.name(), costCentres.size());
        counts.put(orgUnits.name(), orgUnits.size());
        counts.put(employees.name(), employees.size());
        List<OnboardingSheet> present = optionalSheets().stream().filter(sheet -> sheets.containsKey(sheet.name())).toList();
        if (!present.isEmpty()) {
            Map<String, OnboardingSheet.Employee> employments = people.employments();
            employments.putAll(employees.employments());
            for (OnboardingSheet sheet : present) {
                List<Row> rows = sheets.get(sheet.name());
                counts.put(sheet.name(), rows.size());
                errors.addAll(sheet.check(rows, employments));
            }
        }
        if (!load || !errors.isEmpty()) {
            if (!load) {
                record(counts, errors.size(), false);
            }
            return new Report(counts, errors, Map.of());
        }
        record(counts, 0, true);
        Map<String, Integer> changed = new LinkedHashMap<>();
        changed.put(costCentres.name(), costCentres.load(chart));
        changed.put(orgUnits.name(), orgUnits.load(people));
        changed.put(employees.name(), employees.load(people));
        em.flush(); // the optional sheets may write with JDBC, referring to the employees just stored
        for (OnboardingSheet sheet : present) {
            changed.put(sheet.name(), sheet.load(sheets.get(sheet.name())));
        }
        return new Report(counts, errors, changed);
    }

    /**
     * Keeps what a check or a load found, for the service measure of problems per 1,000 rows (HrMeasures). A load
     * refused for its problems keeps nothing, this included: the whole of it is undone.
     */
    private void record(Map<String, Integer> counts, int problems, boolean loaded) {
        try (PreparedStatement insert = session.connection().prepareStatement("""
                insert into onboarding_check (tenant_id, checked_at, checked_by, loaded, row_count, errors) values (?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, session.current());
            insert.setTimestamp(2, Timestamp.from(clock.instant()));
            insert.setString(3, caller.name());
            insert.setBoolean(4, loaded);
            insert.setInt(5, counts.values().stream().mapToInt(Integer::intValue).sum());
            insert.setInt(6, problems);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the onboarding check", e);
        }
    }

    /**
     * The blank workbook: each sheet with its headers and an example row, and a drop-down for nation; the optional sheets
     * follow (a workbook may leave any of them out).
     */
    public void template(OutputStream output) throws IOException {
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
            for (OnboardingSheet sheet : optionalSheets()) {
                List<String> headers = new java.util.ArrayList<>(sheet.columns());
                headers.addAll(sheet.optionalColumns());
                templateSheet(book, sheet.name(), headers, sheet.example());
            }
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
