package org.guildhall.hr.onboarding.control;

import org.guildhall.hr.onboarding.OnboardingSheet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.guildhall.hr.people.control.People;
import org.guildhall.hr.people.entity.EmployeeDetails;
import org.guildhall.platform.time.Nation;
import org.guildhall.hr.people.entity.NiNumber;
import org.guildhall.hr.people.entity.ReportingLine;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.spreadsheet.WorkbookReader.Row;

/**
 * The Employees sheet: each row an employee's record with its own rules, then checked against the workbook and the
 * tenant together: org unit, cost centre and manager exist (a manager may be further down the sheet), reporting lines
 * do not loop, and no National Insurance number belongs to two people.
 */
final class EmployeeSheet extends Sheet {

    static final String NAME = "Employees";
    static final List<String> COLUMNS = List.of("employeeNumber", "givenName", "familyName", "email", "niNumber",
            "dateOfBirth", "startDate", "endDate", "orgUnit", "costCentre", "managerNumber", "nation", "fte", "weeklyHours", "grade",
            "annualSalary");

    private final Map<String, EmployeeDetails> details = new LinkedHashMap<>();
    private Set<String> existing = Set.of();

    EmployeeSheet(List<Row> rows) {
        super(NAME, "employeeNumber", rows);
    }

    /**
     * {@code orgUnits} and {@code costCentres}: every code in the workbook or the tenant; {@code managers}: each employee
     * already here to their manager; {@code niHolders}: each NI number already here to its employee.
     */
    void check(Set<String> orgUnits, Set<String> costCentres, Map<String, String> managers, Map<String, String> niHolders) {
        existing = Set.copyOf(managers.keySet());
        Map<String, String> lines = new HashMap<>(managers);
        for (Row row : rows()) {
            EmployeeDetails employee = read(cells(row));
            details.put(row.get("employeeNumber").text(), employee);
            lines.put(employee.employeeNumber(), employee.managerNumber());
        }
        Set<String> known = new HashSet<>(lines.keySet());
        Map<String, String> niInSheet = new HashMap<>();
        for (Row row : rows()) {
            Cells cells = cells(row);
            EmployeeDetails employee = details.get(row.get("employeeNumber").text());
            cells.reference("orgUnit", orgUnits::contains, OrgUnitSheet.UNKNOWN);
            cells.reference("costCentre", costCentres::contains, CostCentreSheet.UNKNOWN);
            cells.reference("managerNumber", known::contains, "There is no employee %s in this sheet or the organisation");
            String manager = employee.managerNumber();
            if (manager != null && known.contains(manager) && !manager.equals(employee.employeeNumber())
                    && ReportingLine.wouldLoop(employee.employeeNumber(), manager, lines::get)) {
                cells.error("managerNumber", "Reporting lines through " + manager + " lead back to " + employee.employeeNumber());
            }
            String ni = NiNumber.normalise(employee.niNumber());
            if (NiNumber.isValid(ni)) {
                String holder = niHolders.get(ni);
                String earlier = niInSheet.putIfAbsent(ni, employee.employeeNumber());
                if (holder != null && !holder.equals(employee.employeeNumber()) && !details.containsKey(holder) || earlier != null) {
                    cells.error("niNumber", "Another employee already has this National Insurance number");
                }
            }
        }
    }

    /** The employees of this sheet as the other sheets see them (after {@link #check}). */
    Map<String, OnboardingSheet.Employee> employments() {
        Map<String, OnboardingSheet.Employee> employments = new LinkedHashMap<>();
        details.forEach((number, employee) -> employments.put(number,
                new OnboardingSheet.Employee(number, employee.startDate(), employee.endDate(), employee.fte())));
        return employments;
    }

    /** Stores every checked employee; answers how many were added or changed. */
    int load(People people) {
        int changed = 0;
        for (EmployeeDetails employee : details.values()) {
            changed += people.putEmployee(employee, existing.contains(employee.employeeNumber())) ? 1 : 0;
        }
        return changed;
    }

    /** A row's record; what cannot be read, and then what breaks the record's own rules, is a problem on its cell. */
    private static EmployeeDetails read(Cells cells) {
        String nation = cells.text("nation");
        Nation parsedNation = null;
        if (nation != null) {
            try {
                parsedNation = Nation.valueOf(nation.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                cells.error("nation", "Enter ENGLAND, WALES, SCOTLAND or NORTHERN_IRELAND");
            }
        }
        Money salary = null;
        String salaryText = cells.text("annualSalary");
        if (salaryText != null) {
            try {
                salary = Money.parse(salaryText);
            } catch (IllegalArgumentException e) {
                cells.error("annualSalary", "Enter the annual salary in pounds and pence");
            }
        }
        EmployeeDetails details = new EmployeeDetails(cells.text("employeeNumber"), cells.text("givenName"), cells.text("familyName"),
                cells.text("email"), cells.text("niNumber"), cells.date("dateOfBirth"), cells.date("startDate"), cells.date("endDate"),
                cells.text("orgUnit"), cells.text("costCentre"), cells.text("managerNumber"), parsedNation, cells.decimal("fte"),
                cells.decimal("weeklyHours"), cells.text("grade"), salary);
        Set<String> alreadyWrong = cells.wrong();
        for (FieldError problem : details.problems()) {
            if (!alreadyWrong.contains(problem.field())) {
                cells.error(problem.field(), problem.message());
            }
        }
        return details;
    }
}
