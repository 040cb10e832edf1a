package org.guildhall.hr.leave.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.guildhall.hr.leave.entity.AnnualLeave;
import org.guildhall.hr.leave.entity.LeaveOpeningBalance;
import org.guildhall.hr.leave.entity.LeavePolicy;
import org.guildhall.hr.onboarding.OnboardingSheet;
import org.guildhall.hr.onboarding.control.Cells;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.CellError;
import org.guildhall.platform.spreadsheet.WorkbookReader.Row;

/**
 * The onboarding workbook's optional {@code Leave} sheet: where each employee's leave stood when their department
 * joined, so that long-serving staff do not all start with the full carry-over rebuilt from their start date. A row
 * per employee and leave type with a balance (ANNUAL when left blank): the first day of the leave year it is for,
 * what carried into that year and what was taken in it before Guildhall, in the employee's unit (days full time,
 * hours part time). Nothing carries into the year an employee started in, and no more than the policy's cap; no more
 * can have been taken than the year's entitlement and carry-over. Loading again replaces the employee's opening.
 */
@ApplicationScoped
public class OpeningBalanceSheet implements OnboardingSheet {

    static final String NAME = "Leave";
    static final List<String> COLUMNS = List.of("employeeNumber", "leaveType", "leaveYearStart", "carriedOver", "takenSoFar");
    private static final BigDecimal MOST = new BigDecimal("10000");

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    LeaveQueries queries;

    @Inject
    AuditTrail audit;

    /** One checked row. */
    record Opening(String employee, String leaveType, AnnualLeave.Opening opening) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> example() {
        return List.of("E0100", "ANNUAL", "2026-04-01", "0", "2.5");
    }

    @Override
    public List<CellError> check(List<Row> rows, Map<String, Employee> employees) {
        List<CellError> errors = new ArrayList<>();
        read(rows, employees, errors);
        return errors;
    }

    @Override
    public int load(List<Row> rows) {
        Map<String, Employee> employees = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("select e.employeeNumber, e.startDate, e.endDate, e.fte from Employee e", Object[].class)
                .getResultList()) {
            employees.put((String) row[0], new Employee((String) row[0], (LocalDate) row[1], (LocalDate) row[2], (BigDecimal) row[3]));
        }
        int changed = 0;
        for (Opening row : read(rows, employees, new ArrayList<>())) {
            LeaveOpeningBalance stored = em.find(LeaveOpeningBalance.class, new LeaveOpeningBalance.Key(row.employee(), row.leaveType()));
            JsonObject before = stored == null ? null : stored.state();
            if (stored == null) {
                stored = new LeaveOpeningBalance(row.employee(), row.leaveType(), row.opening());
                em.persist(stored);
            } else {
                stored.replace(row.opening());
            }
            JsonObject after = stored.state();
            if (!after.equals(before)) {
                audit.record("LeaveOpeningBalance", row.employee() + "/" + row.leaveType(), before == null ? "CREATE" : "UPDATE", before, after);
                changed++;
            }
        }
        return changed;
    }

    /** Reads and checks every row; answers those with no problem. */
    private List<Opening> read(List<Row> rows, Map<String, Employee> employees, List<CellError> errors) {
        LeavePolicy policy = queries.policy();
        List<Opening> openings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Row row : rows) {
            Cells cells = new Cells(NAME, row, errors);
            int before = errors.size();
            String number = cells.text("employeeNumber");
            cells.required("employeeNumber");
            Employee employee = number == null ? null : employees.get(number);
            if (number != null && employee == null) {
                cells.error("employeeNumber", "There is no employee " + number + " in the Employees sheet or the organisation");
            }
            String code = cells.text("leaveType") == null ? "ANNUAL" : cells.text("leaveType").strip().toUpperCase(Locale.ROOT);
            LeavePolicy.LeaveType type = policy.type(code).filter(LeavePolicy.LeaveType::hasBalance).orElse(null);
            if (type == null) {
                cells.error("leaveType", "Enter a leave type with a balance in the leave policy, such as ANNUAL");
            } else if (number != null && !seen.add(number + "/" + code)) {
                cells.error("leaveType", number + " already has a row for " + code);
            }
            LocalDate yearStart = cells.date("leaveYearStart");
            cells.required("leaveYearStart");
            BigDecimal carried = amount(cells, "carriedOver");
            BigDecimal taken = amount(cells, "takenSoFar");
            if (employee == null || type == null || yearStart == null || carried == null || taken == null || errors.size() != before) {
                continue;
            }
            int year = policy.leaveYearOf(yearStart, employee.startDate());
            if (!policy.yearStart(year, employee.startDate()).equals(yearStart)) {
                cells.error("leaveYearStart", "Enter the first day of a leave year of " + number + "'s, such as "
                        + policy.yearStart(year, employee.startDate()));
                continue;
            }
            AnnualLeave.Employment employment = new AnnualLeave.Employment(employee.startDate(), employee.endDate(),
                    employee.fte() == null ? BigDecimal.ONE : employee.fte());
            String unit = employment.unit().name().toLowerCase(Locale.ROOT);
            BigDecimal cap = AnnualLeave.carryOverCap(policy, type, employment);
            if (carried.signum() > 0 && !employee.startDate().isBefore(yearStart)) {
                cells.error("carriedOver", number + " started in this leave year, so nothing carries into it: enter 0");
            } else if (carried.compareTo(cap) > 0) {
                cells.error("carriedOver", "The leave policy carries at most " + cap.stripTrailingZeros().toPlainString() + " " + unit
                        + " into a year");
            }
            BigDecimal most = AnnualLeave.entitlement(policy, type, employment, year).add(carried);
            if (taken.compareTo(most) > 0) {
                cells.error("takenSoFar", "More than the year's entitlement and carry-over of " + most.stripTrailingZeros().toPlainString()
                        + " " + unit);
            }
            if (errors.size() == before) {
                openings.add(new Opening(number, code, new AnnualLeave.Opening(year, employment.unit(), carried, taken)));
            }
        }
        return openings;
    }

    /** A number of days or hours: 0 or more, below 10,000, to the hundredth at most. */
    private static BigDecimal amount(Cells cells, String column) {
        cells.required(column);
        BigDecimal amount = cells.decimal(column);
        if (amount != null && (amount.signum() < 0 || amount.compareTo(MOST) >= 0 || amount.stripTrailingZeros().scale() > 2)) {
            cells.error(column, "Enter days or hours of 0 or more, below 10000, with at most two decimals");
            return null;
        }
        return amount;
    }
}
