package org.guildhall.payroll.run.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guildhall.hr.onboarding.OnboardingSheet;
import org.guildhall.hr.onboarding.control.Cells;
import org.guildhall.payroll.calculation.control.RateTables;
import org.guildhall.payroll.calculation.entity.TaxYearRates;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.CellError;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.spreadsheet.WorkbookReader.Row;
import org.guildhall.platform.tenancy.TenantSession;
import org.guildhall.platform.time.TaxYear;

/**
 * The onboarding workbook's optional {@code Payroll} sheet: a department joining mid-year brings each employee's
 * figures to date from its old payroll, so that their first run here goes on with cumulative tax where the old one
 * stopped. A row per employee, tax year and NI letter holds that letter's NI-able earnings and both NIs to date; the
 * employee's taxable pay, tax paid (negative after refunds) and loans to date go on their first row of the year only.
 * Optional columns split a letter's NI-able earnings into its bands to date (at the LEL, from it to the PT, from the
 * PT to the UEL), which P60s and the FPS report; left out, they start at nothing.
 * Loading replaces the employee's figures for the year (taken as their gross to date too, having nothing better);
 * an employee already paid by an approved run here that year is refused, since their figures come from the runs.
 */
@ApplicationScoped
public class PayrollFiguresSheet implements OnboardingSheet {

    static final String NAME = "Payroll";
    static final List<String> COLUMNS = List.of("employeeNumber", "taxYear", "niLetter", "niableEarnings", "employeeNi", "employerNi",
            "taxablePay", "taxPaid", "studentLoan", "postgraduateLoan");
    static final List<String> BANDS = List.of("niAtLel", "niLelToPt", "niPtToUel");
    private static final List<String> ONCE = List.of("taxablePay", "taxPaid", "studentLoan", "postgraduateLoan");

    @Inject
    TenantSession session;

    @Inject
    AuditTrail audit;

    /** One row as read: the employee's year figures are present on their first row of the year only. */
    record Figures(String employee, TaxYear year, char letter, Money niable, Money employeeNi, Money employerNi, List<Money> bands,
                   Map<String, Money> once) {
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
    public List<String> optionalColumns() {
        return BANDS;
    }

    /** Six months of 2,875.00 on letter A: 6 x 559 at the LEL, 6 x 489 to the PT, 6 x 1,827 to the UEL. */
    @Override
    public List<String> example() {
        return List.of("E0100", "2026-27", "A", "17250.00", "1104.00", "2070.00", "17250.00", "1936.40", "", "", "3354.00", "2934.00", "10962.00");
    }

    @Override
    public List<CellError> check(List<Row> rows, Map<String, Employee> employees) {
        List<CellError> errors = new ArrayList<>();
        read(rows, employees, paidThisYear(), errors);
        return errors;
    }

    @Override
    public int load(List<Row> rows) {
        Map<String, List<Figures>> byYear = new LinkedHashMap<>();
        for (Figures row : read(rows, null, Set.of(), new ArrayList<>())) {
            byYear.computeIfAbsent(row.employee() + "/" + row.year(), key -> new ArrayList<>()).add(row);
        }
        String tenant = session.current();
        Connection connection = session.connection();
        try {
            Map<String, JsonObject> before = before(connection, tenant);
            try (PreparedStatement ytd = connection.prepareStatement("""
                    insert into payroll_ytd as y (tenant_id, employee_number, tax_year, gross, taxable_pay, tax, employee_ni, employer_ni,
                      student_loan, postgraduate_loan) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (tenant_id, employee_number, tax_year) do update set gross = excluded.gross,
                      taxable_pay = excluded.taxable_pay, tax = excluded.tax, employee_ni = excluded.employee_ni,
                      employer_ni = excluded.employer_ni, student_loan = excluded.student_loan,
                      postgraduate_loan = excluded.postgraduate_loan""");
                 PreparedStatement clear = connection.prepareStatement(
                         "delete from payroll_ytd_ni where tenant_id = ? and employee_number = ? and tax_year = ?");
                 PreparedStatement ni = connection.prepareStatement("""
                         insert into payroll_ytd_ni (tenant_id, employee_number, tax_year, ni_letter, niable_earnings, employee_ni, employer_ni,
                           at_lel, lel_to_pt, pt_to_uel)
                         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (List<Figures> year : byYear.values()) {
                    Figures row = year.get(0);
                    ytd.setString(1, tenant);
                    ytd.setString(2, row.employee());
                    ytd.setString(3, row.year().toString());
                    ytd.setBigDecimal(4, row.once().get("taxablePay").amount());
                    ytd.setBigDecimal(5, row.once().get("taxablePay").amount());
                    ytd.setBigDecimal(6, row.once().get("taxPaid").amount());
                    ytd.setBigDecimal(7, year.stream().map(Figures::employeeNi).reduce(Money.ZERO, Money::plus).amount());
                    ytd.setBigDecimal(8, year.stream().map(Figures::employerNi).reduce(Money.ZERO, Money::plus).amount());
                    ytd.setBigDecimal(9, row.once().get("studentLoan").amount());
                    ytd.setBigDecimal(10, row.once().get("postgraduateLoan").amount());
                    ytd.addBatch();
                    clear.setString(1, tenant);
                    clear.setString(2, row.employee());
                    clear.setString(3, row.year().toString());
                    clear.addBatch();
                    for (Figures letter : year) {
                        ni.setString(1, tenant);
                        ni.setString(2, letter.employee());
                        ni.setString(3, letter.year().toString());
                        ni.setString(4, String.valueOf(letter.letter()));
                        ni.setBigDecimal(5, letter.niable().amount());
                        ni.setBigDecimal(6, letter.employeeNi().amount());
                        ni.setBigDecimal(7, letter.employerNi().amount());
                        for (int band = 0; band < BANDS.size(); band++) {
                            ni.setBigDecimal(8 + band, letter.bands().get(band).amount());
                        }
                        ni.addBatch();
                    }
                }
                ytd.executeBatch();
                clear.executeBatch();
                ni.executeBatch();
            }
            for (Map.Entry<String, List<Figures>> year : byYear.entrySet()) {
                audit.record("PayrollFiguresToDate", year.getKey(), "LOAD", before.get(year.getKey()), state(year.getValue()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the payroll figures to date", e);
        }
        return byYear.size();
    }

    /**
     * Reads and checks every row; {@code employees} null skips the checks against the workbook and the tenant (a load
     * after a clean check). Answers the rows with no problem.
     */
    private static List<Figures> read(List<Row> rows, Map<String, Employee> employees, Set<String> paid, List<CellError> errors) {
        List<Figures> figures = new ArrayList<>();
        Map<String, Integer> firstRows = new HashMap<>();
        Set<String> letters = new HashSet<>();
        for (Row row : rows) {
            Cells cells = new Cells(NAME, row, errors);
            int before = errors.size();
            String employee = cells.text("employeeNumber");
            cells.required("employeeNumber");
            if (employee != null && employees != null && !employees.containsKey(employee)) {
                cells.error("employeeNumber", "There is no employee " + employee + " in the Employees sheet or the organisation");
            }
            TaxYear year = taxYear(cells);
            if (employee != null && year != null && paid.contains(employee + "/" + year)) {
                cells.error("employeeNumber", employee + " was paid by an approved run here in " + year
                        + ": their figures to date come from the runs");
            }
            Character letter = year == null ? null : letter(cells, year);
            Money niable = money(cells, "niableEarnings", true, false);
            Money employeeNi = money(cells, "employeeNi", true, false);
            Money employerNi = money(cells, "employerNi", true, false);
            List<Money> bands = new ArrayList<>();
            Money banded = Money.ZERO;
            for (String band : BANDS) {
                Money amount = orZero(money(cells, band, false, false));
                bands.add(amount);
                banded = banded.plus(amount);
            }
            if (niable != null && banded.compareTo(niable) > 0) {
                cells.error(BANDS.get(BANDS.size() - 1), "The bands come to " + banded + ", more than the NI-able earnings of " + niable);
            }
            Map<String, Money> once = new HashMap<>();
            if (employee != null && year != null) {
                String key = employee + "/" + year;
                Integer first = firstRows.putIfAbsent(key, row.number());
                if (first == null) {
                    once.put("taxablePay", money(cells, "taxablePay", true, false));
                    once.put("taxPaid", money(cells, "taxPaid", true, true));
                    once.put("studentLoan", orZero(money(cells, "studentLoan", false, false)));
                    once.put("postgraduateLoan", orZero(money(cells, "postgraduateLoan", false, false)));
                } else {
                    for (String column : ONCE) {
                        if (cells.text(column) != null) {
                            cells.error(column, "Give " + employee + "'s " + column + " once, on their first row for " + year
                                    + " (row " + first + ")");
                        }
                    }
                }
                if (letter != null && !letters.add(key + "/" + letter)) {
                    cells.error("niLetter", employee + " already has a row for letter " + letter + " in " + year);
                }
            }
            if (errors.size() == before) {
                figures.add(new Figures(employee, year, letter, niable, employeeNi, employerNi, bands, once));
            }
        }
        return figures;
    }

    private static TaxYear taxYear(Cells cells) {
        String text = cells.text("taxYear");
        if (text == null) {
            cells.required("taxYear");
            return null;
        }
        try {
            TaxYear year = TaxYear.parse(text);
            if (RateTables.standard().year(year).isEmpty()) {
                cells.error("taxYear", "Guildhall has no rates for " + year + "; it has " + RateTables.standard().years());
                return null;
            }
            return year;
        } catch (IllegalArgumentException e) {
            cells.error("taxYear", "Enter a tax year such as 2026-27");
            return null;
        }
    }

    private static Character letter(Cells cells, TaxYear year) {
        String text = cells.text("niLetter");
        if (text == null) {
            cells.required("niLetter");
            return null;
        }
        Optional<TaxYearRates> rates = RateTables.standard().year(year);
        String letter = text.strip().toUpperCase(Locale.ROOT);
        if (letter.length() != 1 || rates.isEmpty() || !rates.get().nationalInsurance().categories().containsKey(letter.charAt(0))) {
            cells.error("niLetter", "Enter an NI category letter for " + year + ", such as A");
            return null;
        }
        return letter.charAt(0);
    }

    private static Money money(Cells cells, String column, boolean required, boolean negative) {
        String text = cells.text(column);
        if (text == null) {
            if (required) {
                cells.required(column);
            }
            return null;
        }
        try {
            Money amount = Money.parse(text);
            if (!negative && amount.amount().signum() < 0) {
                cells.error(column, "Enter an amount of 0 or more");
                return null;
            }
            return amount;
        } catch (IllegalArgumentException e) {
            cells.error(column, "Enter an amount in pounds and pence, such as 1234.50");
            return null;
        }
    }

    private static Money orZero(Money amount) {
        return amount == null ? Money.ZERO : amount;
    }

    /** Employee and tax year ({@code E1/2026-27}) of everyone an approved run here has paid: one query. */
    private Set<String> paidThisYear() {
        Set<String> paid = new HashSet<>();
        try (PreparedStatement query = session.connection().prepareStatement("""
                select distinct s.employee_number, r.tax_year from payslip s
                join payroll_run r on r.tenant_id = s.tenant_id and r.id = s.run_id
                where s.tenant_id = ? and r.status = 'APPROVED'""")) {
            query.setString(1, session.current());
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    paid.add(row.getString(1) + "/" + row.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read who has been paid", e);
        }
        return paid;
    }

    /** The figures to date already here, by employee and year, for the audit's before. */
    private static Map<String, JsonObject> before(Connection connection, String tenant) throws SQLException {
        Map<String, JsonObject> before = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select employee_number, tax_year, taxable_pay, tax, employee_ni, employer_ni, student_loan, postgraduate_loan
                from payroll_ytd where tenant_id = ?""")) {
            query.setString(1, tenant);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    before.put(row.getString(1) + "/" + row.getString(2), Json.createObjectBuilder()
                            .add("taxablePay", row.getBigDecimal(3).toPlainString()).add("taxPaid", row.getBigDecimal(4).toPlainString())
                            .add("employeeNi", row.getBigDecimal(5).toPlainString()).add("employerNi", row.getBigDecimal(6).toPlainString())
                            .add("studentLoan", row.getBigDecimal(7).toPlainString())
                            .add("postgraduateLoan", row.getBigDecimal(8).toPlainString()).build());
                }
            }
        }
        return before;
    }

    /** An employee's figures for a year as the audit keeps them: the year's, and each letter's. */
    private static JsonObject state(List<Figures> year) {
        JsonObjectBuilder state = Json.createObjectBuilder();
        year.get(0).once().forEach((column, amount) -> state.add(column, amount.toString()));
        JsonObjectBuilder letters = Json.createObjectBuilder();
        for (Figures row : year) {
            JsonObjectBuilder letter = Json.createObjectBuilder().add("niableEarnings", row.niable().toString())
                    .add("employeeNi", row.employeeNi().toString()).add("employerNi", row.employerNi().toString());
            for (int band = 0; band < BANDS.size(); band++) {
                letter.add(BANDS.get(band), row.bands().get(band).toString());
            }
            letters.add(String.valueOf(row.letter()), letter);
        }
        return state.add("niLetters", letters).build();
    }
}
